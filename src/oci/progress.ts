/** Progress lines for one blob: every 25% (and at the end) with MB/s since the start. */
export function progressReporter(
  label: string,
  total: number,
  info: (line: string) => void,
  now: () => number = Date.now,
): (sent: number) => void {
  const start = now();
  let nextStep = 25;
  return (sent) => {
    const pct = total === 0 ? 100 : Math.floor((sent / total) * 100);
    if (pct < nextStep) return;
    while (nextStep <= pct) nextStep += 25;
    const seconds = Math.max((now() - start) / 1000, 0.001);
    info(`  ${label} ${pct}% ${mb(sent)}/${mb(total)} MB ${(sent / 1e6 / seconds).toFixed(1)} MB/s`);
  };
}

function mb(bytes: number): string {
  return (bytes / 1e6).toFixed(1);
}
