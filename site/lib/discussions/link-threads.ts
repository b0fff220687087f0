import { tablesWithColumn, type DatasetNames } from './dictionary-names.ts';

/** What a thread is about in one dataset. */
export interface Topic {
  dataset: string;
  /** Set when the thread names a version, by label or by a link. */
  version: string | undefined;
  /** Sorted by name; columns too. Empty for a question about the dataset as a whole. */
  tables: { name: string; columns: string[] }[];
}

/** The parts of a thread that say what it is about: the question, not the answers. */
export interface ThreadText {
  title: string;
  body: string;
  labels: readonly string[];
}

interface Evidence {
  datasets: Set<string>;
  versions: { dataset: string | undefined; version: string }[];
  tables: string[];
  /** `[table, column]`; table undefined for a bare column name. */
  columns: [string | undefined, string][];
}

const label = /^(dataset|version|table|column):\s*(\S+)$/i;
const fence = /^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm;
const codeSpan = /(`+)([^`\n]+?)\1/g;
const dotted = /(?<![\w.])([A-Za-z_]\w*)\.([A-Za-z_]\w*)(?![\w(])/g;
const identifier = /^[A-Za-z_]\w*$/;
const address = /https?:\/\/[^\s<>"'`)\]]+|\]\((\/[^\s)]+)\)/g;
const sitePath = /\/datasets\/([^/?#]+)(?:\/([^/?#]+)(?:\/([^/?#]+))?)?/;

function gather(thread: ThreadText, siteHost: string): Evidence {
  const evidence: Evidence = { datasets: new Set(), versions: [], tables: [], columns: [] };
  for (const name of thread.labels) {
    const [, kind, value] = label.exec(name.trim()) ?? [];
    if (!kind || !value) continue;
    const lower = kind.toLowerCase();
    if (lower === 'dataset') evidence.datasets.add(value);
    else if (lower === 'version') evidence.versions.push({ dataset: undefined, version: value });
    else if (lower === 'table') evidence.tables.push(value);
    else addColumn(evidence, value);
  }
  const prose = `${thread.title}\n${thread.body.replace(fence, '')}`;
  for (const found of prose.matchAll(address)) {
    linkEvidence(found[1] ?? found[0], siteHost, evidence);
  }
  for (const [, table, column] of prose.matchAll(dotted)) evidence.columns.push([table, column!]);
  for (const [, , span] of prose.matchAll(codeSpan)) {
    const name = span!.trim();
    if (identifier.test(name)) evidence.columns.push([undefined, name]);
  }
  return evidence;
}

function addColumn(evidence: Evidence, value: string): void {
  const [table, column] = value.includes('.') ? value.split('.', 2) : [undefined, value];
  if (column) evidence.columns.push([table, column]);
}

/** A link to the site: `/datasets/<d>/<v>/<table>/#<column>`, at any base path. */
function linkEvidence(raw: string, siteHost: string, evidence: Evidence): void {
  let url: URL;
  try {
    url = new URL(raw.replace(/[.,;:!?]+$/, ''), `https://${siteHost}`);
  } catch {
    return;
  }
  if (url.host !== siteHost) return;
  const [, dataset, version, table] = sitePath.exec(url.pathname) ?? [];
  if (!dataset) return;
  evidence.datasets.add(dataset);
  if (version) evidence.versions.push({ dataset, version });
  if (table) evidence.tables.push(table);
  const column = decodeURIComponent(url.hash.slice(1));
  if (table && identifier.test(column)) evidence.columns.push([table, column]);
}

function topicIn(names: DatasetNames, evidence: Evidence): Topic {
  const tables = new Map<string, Set<string>>();
  const tableNamed = (name: string) => names.tables.get(name.toLowerCase());
  const add = (table: string, column?: string) => {
    const columns = tables.get(table) ?? new Set<string>();
    if (column) columns.add(column);
    tables.set(table, columns);
  };
  for (const name of evidence.tables) {
    const table = tableNamed(name);
    if (table) add(table.name);
  }
  const bare: string[] = [];
  for (const [tableName, columnName] of evidence.columns) {
    if (tableName === undefined) {
      // A bare name in a code span may be a table as well as a column.
      const table = tableNamed(columnName);
      if (table) add(table.name);
      else bare.push(columnName);
      continue;
    }
    const table = tableNamed(tableName);
    if (!table) continue;
    add(table.name, table.columns.get(columnName.toLowerCase()));
  }
  for (const columnName of bare) {
    const folded = columnName.toLowerCase();
    // Prefer the tables the thread already names; else the one table that has it.
    const named = [...tables.keys()].filter((t) => tableNamed(t)?.columns.has(folded));
    const hosts = named.length > 0 ? named : tablesWithColumn(names, columnName);
    if (hosts.length !== 1) continue;
    add(hosts[0]!, tableNamed(hosts[0]!)?.columns.get(folded));
  }
  const version = evidence.versions.find((v) =>
    (v.dataset === undefined || v.dataset === names.id) && names.versions.has(v.version));
  return {
    dataset: names.id,
    version: version?.version,
    tables: [...tables].map(([name, columns]) => ({ name, columns: [...columns].sort() }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

/**
 * Works out which datasets, versions, tables and columns a thread is about:
 * from labels (`dataset:`, `version:`, `table:`, `column:`), links to the
 * site's pages, `table.column` mentions, and table or column names in code
 * spans. Only the title, the question and its labels count: answers wander.
 * Without a dataset label or link, the thread belongs to the one dataset its
 * names fit; names that fit several datasets link nothing.
 */
export function linkThread(
  thread: ThreadText,
  datasets: readonly DatasetNames[],
  siteHost: string,
): Topic[] {
  const evidence = gather(thread, siteHost);
  let chosen = datasets.filter((d) => evidence.datasets.has(d.id));
  if (chosen.length === 0) {
    const fits = datasets.filter((d) => topicIn(d, evidence).tables.length > 0);
    chosen = fits.length === 1 ? fits : [];
  }
  return chosen.map((d) => topicIn(d, evidence));
}
