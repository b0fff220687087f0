import { tableAcrossVersions } from '../dictionary/lineage.ts';
import { findColumn, type Column, type Dataset, type Table } from '../dictionary/model.ts';

/** The names a table and its columns had in every version, in lower case. */
export interface Aliases {
  tables: Set<string>;
  /** Any version's column name → the column's name in the table given. */
  columns: Map<string, string>;
}

/**
 * Follows `renamed_from` across versions, so that a question about
 * `icu_stays.first_careunit` (1.1) counts on `first_care_unit` (2.0) too.
 */
export function aliasesOf(dataset: Dataset, table: Table): Aliases {
  const lineage = tableAcrossVersions(dataset, table);
  const at = lineage.findIndex((x) => x.table === table);
  const tables = new Set(lineage.flatMap((x) => (x.table ? [x.table.name.toLowerCase()] : [])));
  const columns = new Map<string, string>();
  for (const column of table.columns) {
    columns.set(column.name.toLowerCase(), column.name);
    // Back: each version's renamed_from names the column in the version before.
    let name: string | undefined = column.name;
    for (let i = at; i > 0 && name; i--) {
      const current: Table | undefined = lineage[i]!.table;
      const here: Column | undefined = current && findColumn(current, name);
      const before = lineage[i - 1]!.table;
      name = here && before ? findColumn(before, here.renamed_from ?? here.name)?.name : undefined;
      if (name) columns.set(name.toLowerCase(), column.name);
    }
    // Forward: a later column either keeps the name or says it was renamed from it.
    name = column.name;
    for (let i = at + 1; i < lineage.length && name; i++) {
      const later: Table | undefined = lineage[i]!.table;
      const folded: string = name.toLowerCase();
      name = later?.columns.find((c) => c.renamed_from?.toLowerCase() === folded)?.name ??
        (later && findColumn(later, folded)?.name);
      if (name) columns.set(name.toLowerCase(), column.name);
    }
  }
  return { tables, columns };
}
