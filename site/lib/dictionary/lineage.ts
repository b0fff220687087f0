import { findTable, type Dataset, type Table, type Version } from './model.ts';

/**
 * The same table in every version of a dataset, following `renamed_from` in
 * both directions, so that switching version keeps the reader on the table
 * even across a rename. Undefined where the version lacks it.
 */
export function tableAcrossVersions(
  dataset: Dataset,
  table: Table,
): { version: Version; table: Table | undefined }[] {
  const at = dataset.versions.findIndex((v) => v.id === table.version);
  const found = new Map<number, Table | undefined>([[at, table]]);
  // Walk back: this table's renamed_from names it in the previous version.
  let current: Table | undefined = table;
  for (let i = at - 1; i >= 0; i--) {
    current = current && findTable(dataset.versions[i]!, current.renamed_from ?? current.name);
    found.set(i, current);
  }
  // Walk forward: a later table either keeps the name or says it was renamed from it.
  current = table;
  for (let i = at + 1; i < dataset.versions.length; i++) {
    const version: Version = dataset.versions[i]!;
    const name: string | undefined = current?.name.toLowerCase();
    current = name === undefined ? undefined
      : version.tables.find((t) => t.renamed_from?.toLowerCase() === name)
        ?? findTable(version, name);
    found.set(i, current);
  }
  return dataset.versions.map((version, i) => ({ version, table: found.get(i) }));
}

/** Tables of the same version whose foreign keys point at `table`. */
export function referencedBy(version: Version, table: Table): Table[] {
  const name = table.name.toLowerCase();
  return version.tables.filter((t) =>
    t.foreign_keys.some((key) => key.table.toLowerCase() === name));
}
