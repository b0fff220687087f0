/**
 * CSV as RFC 4180 writes it: fields separated by commas, records ended by
 * CRLF, and a field quoted when it holds a comma, a quote or a line break,
 * with its quotes doubled.
 */
export function csvField(value: string): string {
  if (!/[",\r\n]/.test(value)) return value;
  return `"${value.replaceAll('"', '""')}"`;
}

export function csvRecords(records: readonly (readonly string[])[]): string {
  return records.map((fields) => `${fields.map(csvField).join(',')}\r\n`).join('');
}
