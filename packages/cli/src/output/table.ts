/** Renders rows as left-aligned columns under an upper-case header, like etcdctl -w table. */
export function renderTable(columns: readonly string[], rows: ReadonlyArray<ReadonlyArray<string>>): string {
  const widths = columns.map((column, i) => Math.max(column.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  return [line(columns.map((c) => c.toUpperCase())), ...rows.map((row) => line(columns.map((_, i) => row[i] ?? '')))].join('\n');
}

/** A scalar as a table cell. */
export function cell(value: unknown): string {
  if (value === null || value === undefined) return '-';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return value.map(cell).join(',');
  return JSON.stringify(value);
}

/** Rows of objects as a table over the union of their keys, in first-seen order. */
export function renderObjects(rows: ReadonlyArray<Readonly<Record<string, unknown>>>, columns?: readonly string[]): string {
  const keys = columns ?? [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return renderTable(keys, rows.map((row) => keys.map((key) => cell(row[key]))));
}

/** An object as aligned "key: value" lines; nested objects indent. */
export function renderKeyValues(value: Readonly<Record<string, unknown>>, indent = ''): string {
  const entries = Object.entries(value);
  const width = Math.max(0, ...entries.map(([key]) => key.length));
  return entries
    .map(([key, v]) => (v !== null && typeof v === 'object' && !Array.isArray(v)
      ? `${indent}${key}:\n${renderKeyValues(v as Record<string, unknown>, `${indent}  `)}`
      : `${indent}${`${key}:`.padEnd(width + 1)} ${cell(v)}`))
    .join('\n');
}
