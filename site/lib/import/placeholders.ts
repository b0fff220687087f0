/**
 * Text written where a source says nothing. Each starts with `TODO:` so that
 * editors (and a search of the content folder) find what is left to write,
 * and each is non-empty so that the content still validates meanwhile.
 */
export const placeholder = {
  tableDescription: 'TODO: describe this table.',
  tableRow: 'TODO: say what one row is.',
  columnDescription: 'TODO: describe this column.',
  missingReason: 'TODO: say why a value is missing when this code appears.',
  valueLabel: (code: string | number | boolean) => `TODO: say what \`${String(code)}\` means.`,
} as const;
