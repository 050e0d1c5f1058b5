import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assess,
  compileMetrics,
  evaluateResult,
  type Measurement,
  worst,
} from '../../src/rollout/analysis.js';
import { ConditionError, parseCondition } from '../../src/rollout/condition.js';
import { pick, toNumbers } from '../../src/rollout/pick.js';
import { prometheusProvider } from '../../src/rollout/providers/prometheus.js';
import { renderQuery } from '../../src/rollout/providers/provider.js';
import { prometheusComponent, startPrometheus, type TestPrometheus } from '../support/prometheus.js';

describe('condition language', () => {
  it.each([
    ['result < 0.01', 0.005, true],
    ['result < 0.01', 0.02, false],
    ['result[0] >= 0.9 && result[1] < 2', [0.95, 1.5], true],
    ['result[0] >= 0.9 && result[1] < 2', [0.95, 2.5], false],
    ['len(result) > 0', [1, 2], true],
    ['len(result) == 0 || result[0] < 1', [], true],
    ['isNaN(result)', Number.NaN, true],
    ['!isNaN(result) and result <= 3', 3, true],
    ['not (result > 1) or false', 5, false],
    ['isInf(result)', Number.POSITIVE_INFINITY, true],
    ['default(result, 0) < 1', [], true],
    ['abs(result - 10) < 0.5', 10.2, true],
    ['max(result) - min(result) < 1', [3, 3.5, 3.9], true],
    ['result * 100 % 7 == 2', 0.3, true],
    ['-result > -2', 1, true],
    ['result == "ok"', 'ok' as never, true],
  ])('%s with %j → %s', (source, value, expected) => {
    expect(parseCondition(source).evaluate(value as never)).toBe(expected);
  });

  it.each([
    ['result <', /ends too early/],
    ['result < 0.01)', /unexpected "\)"/],
    ['process.exit(1)', /unexpected character "\."/],
    ['process', /unknown name "process"/],
    ['result ; 1', /unexpected character ";"/],
    ['eval("1")', /unknown name "eval"/],
    ['len(result', /expected "\)"/],
  ])('rejects %s', (source, message) => {
    expect(() => parseCondition(source)).toThrow(ConditionError);
    expect(() => parseCondition(source)).toThrow(message);
  });

  it.each([
    ['result < 1', [1, 2], /needs an index/],
    ['result[3] < 1', [1, 2], /index 3 is out of range/],
    ['result', 1, /not true or false/],
  ])('%s on %j is an evaluation error', (source, value, message) => {
    expect(() => parseCondition(source).evaluate(value)).toThrow(message);
  });

  it('agrees with JS comparison on random numbers', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        (a, b) => {
          expect(parseCondition(`result < ${b.toExponential()}`).evaluate(a)).toBe(
            a < Number(b.toExponential()),
          );
        },
      ),
    );
  });
});

const rule = (over: Record<string, unknown> = {}) => ({
  success: parseCondition('result < 0.01'),
  failure: undefined,
  noData: 'fail' as const,
  ...over,
});

describe('evaluateResult (Argo semantics)', () => {
  it.each([
    ['success only, true', rule(), [0.001], 'Successful'],
    ['success only, false', rule(), [0.5], 'Failed'],
    ['both, neither holds', rule({ failure: parseCondition('result > 0.1') }), [0.05], 'Inconclusive'],
    ['both, failure holds', rule({ failure: parseCondition('result > 0.1') }), [0.5], 'Failed'],
    [
      'failure only, false',
      rule({ success: undefined, failure: parseCondition('result > 0.1') }),
      [0.05],
      'Successful',
    ],
    ['no data fails by default', rule(), [], 'Failed'],
    ['no data inconclusive when configured', rule({ noData: 'inconclusive' }), null, 'Inconclusive'],
    ['no data passes when configured', rule({ noData: 'pass' }), [], 'Successful'],
    [
      'condition cannot be evaluated: Error',
      rule({ success: parseCondition('result[2] < 1') }),
      [1],
      'Error',
    ],
  ])('%s', (_n, r, values, phase) => {
    expect(evaluateResult(r as never, values).phase).toBe(phase);
  });
});

const m = (...phases: Measurement['phase'][]): Measurement[] => phases.map((phase, i) => ({ phase, at: i }));
const limits = { failureLimit: 0, inconclusiveLimit: 0, consecutiveErrorLimit: 4 };

describe('a value that is not a finite number is never a success', () => {
  const failureOnly = rule({ success: undefined, failure: parseCondition('result > 0.1') });
  it.each([
    ['NaN under a lone failure condition', failureOnly, [Number.NaN]],
    ['-Inf under a lone failure condition', failureOnly, [Number.NEGATIVE_INFINITY]],
    [
      '+Inf under a lone failure condition',
      rule({ success: undefined, failure: parseCondition('result < 0') }),
      [Number.POSITIVE_INFINITY],
    ],
    [
      'NaN among several series',
      rule({ success: undefined, failure: parseCondition('max(result) > 0.1') }),
      [0.01, Number.NaN],
    ],
    ['NaN under a success condition', rule(), [Number.NaN]],
    [
      'NaN under a success condition that would take it',
      rule({ success: parseCondition('!(result > 0.1)') }),
      [Number.NaN],
    ],
    ['NaN with no condition', rule({ success: undefined }), [Number.NaN]],
  ])('%s: Error', (_n, r, values) => {
    const e = evaluateResult(r as never, values);
    expect(e.phase).toBe('Error');
    expect(e.message).toMatch(/not a finite number, never a success/);
  });

  it('a failure condition written for NaN still fails at once', () => {
    expect(
      evaluateResult(rule({ success: undefined, failure: parseCondition('isNaN(result)') }) as never, [
        Number.NaN,
      ]).phase,
    ).toBe('Failed');
  });

  it('NaN measurements never complete a count: the analysis fails closed after the error limit', () => {
    const nan = m('Error', 'Error', 'Error', 'Error', 'Error');
    expect(assess(limits, nan.slice(0, 1), { count: 1 }).phase).toBe('Running');
    expect(assess(limits, nan, { count: 1 }).phase).toBe('Error');
    expect(assess(limits, nan.slice(0, 1), { terminating: true }).phase).toBe('Error');
  });
});

describe.skipIf(!prometheusComponent().available)(
  'prometheus provider on NaN and Inf from a real Prometheus',
  () => {
    let prom: TestPrometheus;
    beforeAll(async () => {
      prom = await startPrometheus([]);
    });
    afterAll(async () => {
      await prom?.close();
    });
    const measureQuery = async (query: string, failure: string) => {
      const { rules } = compileMetrics(
        [
          {
            name: 'q',
            prometheus: { query },
            'failure-condition': failure,
            'failure-limit': 0,
            'inconclusive-limit': 0,
            'consecutive-error-limit': 4,
            'no-data': 'fail',
          },
        ],
        1000,
      );
      return prometheusProvider(rules[0]!, {
        target: { namespace: 'ml', stable: 'llm', canary: 'llm-canary' },
        prometheus: prom.url,
        now: () => 0,
        startupDeadlineMs: 1000,
        canaryPods: async () => [],
      });
    };
    it.each([
      ['vector(0) / 0', 'result > 0.01', 'Error', 'NaN'],
      ['0 / 0', 'result > 0.01', 'Error', 'NaN'],
      ['vector(-1) / 0', 'result > 0.01', 'Error', '-Infinity'],
      ['vector(1) / 0', 'result < 0', 'Error', 'Infinity'],
      ['vector(1) / 0', 'result > 0.01', 'Failed', 'failure condition'],
    ])('%s under "%s" is %s (%s), never "Successful NaN"', async (query, failure, phase, shown) => {
      const r = await measureQuery(query, failure);
      expect(r.phase).toBe(phase);
      expect(r.message).toContain(shown);
    });
    it('an empty vector is no data, a failure by default', async () => {
      const r = await measureQuery('vector(1) > 2', 'result > 0.01');
      expect(r.phase).toBe('Failed');
    });
  },
);

describe('assess (failureLimit / inconclusiveLimit / consecutiveErrorLimit / count)', () => {
  it.each([
    ['one failure with failure-limit 0', limits, m('Successful', 'Failed'), { count: 3 }, 'Failed'],
    [
      'one failure tolerated by failure-limit 1',
      { ...limits, failureLimit: 1 },
      m('Failed', 'Successful'),
      { count: 3 },
      'Running',
    ],
    [
      'count reached',
      { ...limits, failureLimit: 1 },
      m('Failed', 'Successful', 'Successful'),
      { count: 3 },
      'Successful',
    ],
    ['inconclusive over the limit', limits, m('Inconclusive'), { count: 3 }, 'Inconclusive'],
    [
      '4 consecutive errors are tolerated',
      limits,
      m('Error', 'Error', 'Error', 'Error'),
      { count: 3 },
      'Running',
    ],
    [
      '5 consecutive errors fail closed',
      limits,
      m('Error', 'Error', 'Error', 'Error', 'Error'),
      { count: 3 },
      'Error',
    ],
    [
      'a success resets consecutive errors',
      limits,
      m('Error', 'Error', 'Error', 'Successful', 'Error', 'Error'),
      { count: 3 },
      'Running',
    ],
    ['errors never complete a count', limits, m('Error', 'Successful', 'Error'), { count: 2 }, 'Running'],
    ['step ended with data', limits, m('Successful'), { terminating: true }, 'Successful'],
    ['step ended with only errors fails closed', limits, m('Error'), { terminating: true }, 'Error'],
  ])('%s', (_n, l, ms, options, phase) => {
    expect(assess(l, ms, options).phase).toBe(phase);
  });

  it('worst phase wins', () => {
    expect(worst(['Successful', 'Running'])).toBe('Running');
    expect(worst(['Successful', 'Inconclusive', 'Error'])).toBe('Error');
    expect(worst(['Failed', 'Error', 'Successful'])).toBe('Failed');
    expect(worst(['Successful', 'Successful'])).toBe('Successful');
  });
});

describe('JSONPath-like pick', () => {
  const doc = { data: { value: 0.5, items: [{ score: 1 }, { score: '2' }], 'a.b': true }, n: null };
  it.each([
    ['$', [doc]],
    ['$.data.value', [0.5]],
    ['$.data.items[0].score', [1]],
    ['$.data.items[-1].score', ['2']],
    ['$.data.items[*].score', [1, '2']],
    ["$.data['a.b']", [true]],
    ['$.missing.key', []],
  ])('%s', (path, expected) => {
    expect(pick(doc, path)).toEqual(expected);
  });

  it('numbers from picked values', () => {
    expect(toNumbers([1, '2', true, [3, '4'], null])).toEqual([1, 2, 1, 3, 4]);
    expect(toNumbers([{ a: 1 }])).toEqual({ error: 'picked an object, not a number' });
    expect(() => pick(doc, 'data.value')).toThrow(/must start with \$/);
  });
});

describe('query templates', () => {
  const target = { namespace: 'ml', stable: 'llm', canary: 'llm-canary' };
  it('fills the track selector and names; an unknown placeholder is an error naming the known ones', () => {
    expect(renderQuery('up{{{selector}}} and on() {{track}}', target, 'canary')).toEqual({
      query: 'up{namespace="ml",deployment="llm-canary"} and on() canary',
    });
    expect(renderQuery('x{d="{{stable}}"}', target, 'canary')).toEqual({ query: 'x{d="llm"}' });
    const bad = renderQuery('x{r="{{revision}}"}', target, 'canary');
    expect(bad).toEqual({
      error: expect.stringMatching(/unknown placeholder \{\{revision\}\}.*\{\{selector\}\}/),
    });
  });

  it('with KServe, {{revision}} is the predictor revision of the track measured', () => {
    const kserve = {
      namespace: 'ml',
      stable: 'llm-predictor-00001-deployment',
      canary: 'llm-predictor-00002-deployment',
      revisions: { stable: 'llm-predictor-00001', canary: 'llm-predictor-00002' },
    };
    expect(renderQuery('r{revision_name="{{revision}}"}', kserve, 'canary')).toEqual({
      query: 'r{revision_name="llm-predictor-00002"}',
    });
    expect(renderQuery('r{revision_name="{{revision}}"}', kserve, 'stable')).toEqual({
      query: 'r{revision_name="llm-predictor-00001"}',
    });
  });
});
