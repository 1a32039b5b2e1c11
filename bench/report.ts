/** One figure of the summary: measured value, its target, and whether it meets it (undefined: no target). */
export interface Figure {
  name: string;
  value: string;
  target: string;
  pass?: boolean;
}

const verdict = (pass: boolean | undefined): string => (pass === undefined ? '' : pass ? 'PASS' : 'MISS');

/** A plain-text table; numeric-looking cells are right-aligned. */
export function formatTable(headers: string[], rows: string[][]): string {
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => (row[i] ?? '').length)));
  const numeric = /^[-+~]?[\d.,]+(\s?\S{0,6})?$/;
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (numeric.test(cell) ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

export function printSection(title: string, body: string): void {
  console.log(`\n${title}\n${body}`);
}

export function printSummary(figures: Figure[]): void {
  const rows = figures.map((f) => [f.name, f.value, f.target, verdict(f.pass)]);
  printSection('Summary', formatTable(['figure', 'value', 'target', ''], rows));
  const missed = figures.filter((f) => f.pass === false).length;
  const checked = figures.filter((f) => f.pass !== undefined).length;
  console.log(`\n${checked - missed}/${checked} targets met (figures are reported, not asserted).`);
}

export const fmt = {
  ms: (value: number): string => `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`,
  int: (value: number): string => Math.round(value).toLocaleString('en-US'),
  rate: (value: number): string => `${Math.round(value).toLocaleString('en-US')}/s`,
  kb: (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`,
  pct: (ratio: number): string => `${(ratio * 100).toFixed(1)} %`,
  cpu: (msPerSecond: number | null): string => (msPerSecond === null ? 'n/a' : `${msPerSecond.toFixed(2)} ms/s`),
  us: (ms: number | null): string => (ms === null ? 'n/a' : `${Math.round(ms * 1000).toLocaleString('en-US')} us`),
};
