/**
 * Markdown tables and number formats for the report. Units are decimal
 * (1 KB = 1,000 bytes, 1 MB = 10^6, 1 GB = 10^9) throughout, so every figure
 * compares directly with the budgets, which are written the same way.
 */

export const seconds = (ms: number) => (ms / 1000).toFixed(1);
export const megabytes = (bytes: number) => (bytes / 1e6).toFixed(1);
export const kilobytes = (bytes: number) => (bytes / 1e3).toFixed(1);
export const count = (n: number) => n.toLocaleString('en-US');

/** A Markdown table, columns padded so it also reads well as plain text; numeric columns right-aligned. */
export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length), 3));
  const numeric = headers.map((_, i) => rows.length > 0 && rows.every((r) => /^[-\d.,×x/ ()%≤—]+$/u.test(r[i] ?? '')));
  const cell = (text: string, i: number) => (numeric[i] ? text.padStart(widths[i]!) : text.padEnd(widths[i]!));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => cell(c, i)).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (numeric[i] ? `${'-'.repeat(w + 1)}:` : `${'-'.repeat(w + 2)}`)).join('|')}|`;
  return [line(headers), rule, ...rows.map(line)].join('\n');
}
