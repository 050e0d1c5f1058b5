import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumBinary, type DrawnChart, drawPage, openBrowser } from '../support/chromium.js';
import { demoReport, evaluationSection, plain, planSection } from './fixtures.js';

const browser = chromiumBinary();

/** Charts drawn by mermaid 11 in Debian's Chromium, as a reader in each time zone sees them. */
describe.skipIf(!browser.available)('charts drawn in Chromium', () => {
  const zones = ['UTC', 'America/Los_Angeles', 'Asia/Kolkata'];
  const drawn = new Map<string, DrawnChart[]>();
  let all: DrawnChart[] = [];
  let close: () => Promise<void> = async () => {};
  const gantts = [planSection(plain).markdown, demoReport(plain)].join('\n\n');

  beforeAll(async () => {
    const b = await openBrowser();
    close = b.close;
    for (const zone of zones)
      drawn.set(zone, (await drawPage(await b.context({ timezoneId: zone }), gantts)).charts);
    const others = [planSection(plain, 180, 1, 1).markdown, evaluationSection(plain, 20, true).markdown].join(
      '\n\n',
    );
    all = [...drawn.get('UTC')!, ...(await drawPage(await b.context(), others)).charts];
  });
  afterAll(async () => {
    await close();
  });

  it('every chart draws, none is a hairline', () => {
    expect(all.length).toBeGreaterThanOrEqual(7);
    for (const c of all) {
      expect(c.error).toBeUndefined();
      expect(c.width).toBeGreaterThan(100);
      expect(c.height).toBeGreaterThan(60);
    }
  });

  it('gantt axes read the same elapsed time in every time zone', () => {
    const axes = (zone: string) => drawn.get(zone)!.map((c) => c.ticks.join(' '));
    expect(axes('America/Los_Angeles')).toEqual(axes('UTC'));
    expect(axes('Asia/Kolkata')).toEqual(axes('UTC'));
    // the first gantt (the plan's schedule) starts at zero elapsed time
    expect(drawn.get('UTC')![0]!.ticks[0]).toBe('00:00');
  });
});
