// CSV as spreadsheets read it: every cell quoted, CRLF lines, and cells that
// a spreadsheet would run as a formula (=, +, -, @) prefixed with a quote.
export function csvCell(v: string | number): string {
  const s = String(v);
  return `"${(/^[=+\-@\t\r]/.test(s) ? `'${s}` : s).replace(/"/g, '""')}"`;
}

export function toCsv(lines: (string | number)[][]): string {
  return lines.map((l) => l.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
