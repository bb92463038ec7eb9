/**
 * Text a spreadsheet would take for a formula when it is typed or opened from csv: =, +, - and @
 * start one, and tab or carriage return start the variants OWASP lists.
 */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}

/**
 * One csv field (RFC 4180) that no spreadsheet runs: text that would start a formula, or that
 * starts with the apostrophe this rule adds, gets a leading apostrophe (import removes it again).
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = looksLikeFormula(value) || value.startsWith("'") ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole csv file for Excel and WPS: UTF-8 with a byte-order mark (else read as GBK), CRLF line ends. */
export function csvText(rows: Array<Array<string | number | null>>): string {
  return '\uFEFF' + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
