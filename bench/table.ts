/**
 * The benchmark's table (issue 6): one row per figure, with its target, the reference measured in
 * the same run, and whether the target holds. Printed as aligned plain text (also valid Markdown).
 */

/** One line of the table. */
export interface Row {
  /** Section: adjudication, api, bundle, browser, memory. */
  section: string;
  /** What was measured, e.g. "list: open claims by due date". */
  what: string;
  /** The figure as printed, e.g. "12.3 ms / p95 30.1 ms". */
  figure: string;
  /** The reference beside it, measured in the same run ('' when none). */
  reference: string;
  /** The target as printed, e.g. "≤ 15 ms / p95 ≤ 40 ms" ('' when none). */
  target: string;
  /** true / false when a target applies; undefined for a figure without target. */
  holds?: boolean;
}

/** Formats `ms` milliseconds: 2 decimals below 10, 1 below 1,000, else whole. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return '–';
  const digits = value < 10 ? 2 : value < 1_000 ? 1 : 0;
  return `${value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits })} ms`;
}

/** Formats a count with thousands separators, e.g. 1,234,567. */
export function count(value: number): string {
  return Math.round(value).toLocaleString('en');
}

/** Formats `bytes` in kB (1,000 bytes), one decimal. */
export function kB(bytes: number): string {
  return `${(bytes / 1_000).toLocaleString('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} kB`;
}

/** Formats `bytes` in MB (1,000,000 bytes), one decimal. */
export function MB(bytes: number): string {
  return `${(bytes / 1_000_000).toLocaleString('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} MB`;
}

const verdict = (row: Row): string => (row.holds === undefined ? '' : row.holds ? 'holds' : 'MISSED');

/** The rows as a Markdown table (aligned, so it reads as plain text too). */
export function renderTable(rows: readonly Row[]): string {
  const header = ['section', 'measure', 'figure', 'reference (same run)', 'target', 'verdict'];
  const cells = rows.map((r) => [r.section, r.what, r.figure, r.reference, r.target, verdict(r)]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: readonly string[]) => `| ${c.map((v, i) => v.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}
