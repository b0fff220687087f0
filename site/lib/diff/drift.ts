import type { ColumnType } from '../dictionary/column-type.ts';
import { fold, typeOf } from './comparable.ts';
import { compareTypes, type TypeComparison } from './compare-types.ts';

/**
 * Drift: where the documented dictionary and the real data files disagree.
 * Both sides only need names and types, so the data side can come from any
 * importer (CSV headers, a Data Package, SQL DDL).
 */
export interface SchemaShape {
  tables: readonly {
    name: string;
    columns: readonly { name: string; type: ColumnType | string }[];
  }[];
}

export interface DriftOptions {
  /**
   * Data-file names to documented names: `ADMISSIONS=admissions` for a
   * table, `admissions.ADMIT_TS=admittime` for a column of a table.
   */
  names?: ReadonlyMap<string, string>;
  /**
   * `exact` compares normalised types; `family` only their kind, for
   * formats whose types are guesses (a CSV importer); `none` skips types.
   * Default: `exact`.
   */
  types?: 'exact' | 'family' | 'none';
  /**
   * `present` checks only the documented tables the data holds, for a file
   * with one table in it. Default: `all`.
   */
  tables?: 'all' | 'present';
}

export interface ColumnAt {
  table: string;
  column: string;
}

export interface TypeMismatch extends ColumnAt {
  documented: string;
  actual: string;
  comparison: Exclude<TypeComparison, 'same'>;
}

export interface DriftReport {
  agree: boolean;
  /** In the data, not in the documentation. */
  undocumentedTables: string[];
  /** Documented, absent from the data. */
  missingTables: string[];
  undocumentedColumns: ColumnAt[];
  missingColumns: ColumnAt[];
  typeMismatches: TypeMismatch[];
}

/**
 * Compares a documented version with the schema of the data; names fold case.
 * TODO(drift-modules): tables are matched by name only, so a table the data
 * puts in another module (SQL schema) than the documentation goes unnoticed.
 */
export function compareDrift(
  documented: SchemaShape,
  actual: SchemaShape,
  options: DriftOptions = {},
): DriftReport {
  const names = new Map([...(options.names ?? new Map<string, string>())]
    .map(([from, to]) => [fold(from), to]));
  const docTables = new Map(documented.tables.map((t) => [fold(t.name), t]));
  const seen = new Set<string>();
  const report: DriftReport = {
    agree: true, undocumentedTables: [], missingTables: [],
    undocumentedColumns: [], missingColumns: [], typeMismatches: [],
  };
  for (const table of actual.tables) {
    const docName = names.get(fold(table.name)) ?? table.name;
    const doc = docTables.get(fold(docName));
    if (!doc) {
      report.undocumentedTables.push(table.name);
      continue;
    }
    seen.add(fold(doc.name));
    const docColumns = new Map(doc.columns.map((c) => [fold(c.name), c]));
    const found = new Set<string>();
    for (const column of table.columns) {
      const mapped = names.get(fold(`${table.name}.${column.name}`)) ??
        names.get(fold(`${doc.name}.${column.name}`)) ?? column.name;
      const docColumn = docColumns.get(fold(mapped));
      if (!docColumn) {
        report.undocumentedColumns.push({ table: doc.name, column: column.name });
        continue;
      }
      found.add(fold(docColumn.name));
      const mismatch = typeMismatch(docColumn, column, options.types ?? 'exact');
      if (mismatch) {
        report.typeMismatches.push({ table: doc.name, column: docColumn.name, ...mismatch });
      }
    }
    for (const column of doc.columns) {
      if (!found.has(fold(column.name))) {
        report.missingColumns.push({ table: doc.name, column: column.name });
      }
    }
  }
  if ((options.tables ?? 'all') === 'all') {
    for (const table of documented.tables) {
      if (!seen.has(fold(table.name))) report.missingTables.push(table.name);
    }
  }
  report.agree = report.undocumentedTables.length + report.missingTables.length +
    report.undocumentedColumns.length + report.missingColumns.length +
    report.typeMismatches.length === 0;
  return report;
}

function typeMismatch(
  documented: { type: ColumnType | string },
  actual: { type: ColumnType | string },
  mode: 'exact' | 'family' | 'none',
): Omit<TypeMismatch, 'table' | 'column'> | undefined {
  if (mode === 'none') return undefined;
  const [doc, data] = [typeOf(documented), typeOf(actual)];
  // An importer that cannot tell a type leaves it blank: nothing to compare.
  if (data.raw === '' || doc.raw === '') return undefined;
  const comparison = compareTypes(doc, data);
  if (comparison === 'same') return undefined;
  if (mode === 'family' && doc.family === data.family) return undefined;
  return { documented: doc.canonical, actual: data.canonical, comparison };
}

/** The report as lines for a terminal, or "agree" when there is nothing to say. */
export function formatDrift(report: DriftReport, documented: string, actual: string): string {
  if (report.agree) return `${documented} and ${actual} agree.\n`;
  const lines = [`${documented} and ${actual} disagree.`];
  const section = (title: string, items: string[]) => {
    if (items.length === 0) return;
    lines.push('', `${title} (${items.length})`, ...items.map((item) => `  - ${item}`));
  };
  const at = (c: ColumnAt) => `${c.table}.${c.column}`;
  section('Tables in the data but not documented', report.undocumentedTables);
  section('Documented tables the data lacks', report.missingTables);
  section('Columns in the data but not documented', report.undocumentedColumns.map(at));
  section('Documented columns the data lacks', report.missingColumns.map(at));
  section('Types that differ (documented → data)', report.typeMismatches.map((m) =>
    `${at(m)}: ${m.documented} → ${m.actual} (${m.comparison})`));
  return `${lines.join('\n')}\n`;
}
