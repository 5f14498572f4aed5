/** The per-row problem report as CSV (RFC 4180: quoted when needed, CRLF line ends). */
import type { RowProblem } from './types.ts';

export const PROBLEM_CSV_HEADER = 'row,column,value,reason\r\n';

function cell(v: string | number | null): string {
  if (v == null) return '';
  const s = String(v);
  // A leading =, +, - or @ would run as a formula when the report is opened in a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function problemLine(p: RowProblem): string {
  return `${cell(p.row)},${cell(p.column)},${cell(p.value)},${cell(p.reason)}\r\n`;
}

/** The whole report (header + one line per problem). */
export function problemsToCsv(problems: readonly RowProblem[]): string {
  let out = PROBLEM_CSV_HEADER;
  for (const p of problems) out += problemLine(p);
  return out;
}
