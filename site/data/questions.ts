import { getCollection } from 'astro:content';
import { aliasesOf } from '../lib/discussions/column-aliases.ts';
import { datasetNames } from '../lib/discussions/dictionary-names.ts';
import { linkThread } from '../lib/discussions/link-threads.ts';
import { buildQuestion, type Question } from '../lib/discussions/model.ts';
import type { PublishedThread } from '../lib/discussions/publish.ts';
import { addressedIn } from '../lib/discussions/release-refs.ts';
import type { Column, Dataset, Table } from '../lib/dictionary/model.ts';
import type { People } from '../lib/schema/people.ts';
import type { SyncState } from '../lib/schema/thread.ts';
import { getCatalog } from './catalog.ts';

export interface Questions {
  /** Newest activity first. */
  all: Question[];
  byNumber: Map<number, Question>;
  syncState: SyncState | undefined;
}

let questions: Promise<Questions> | undefined;

/** Every published question, linked to the dictionary once per build. */
export function getQuestions(): Promise<Questions> {
  questions ??= assemble();
  return questions;
}

// Entries were validated and screened by the discussion loader.
async function assemble(): Promise<Questions> {
  const [catalog, threads, people, notes, sync] = await Promise.all([
    getCatalog(),
    getCollection('threads'),
    getCollection('people'),
    getCollection('releaseNotes'),
    getCollection('syncState'),
  ]);
  const directory: People = Object.fromEntries(people.map((p) => [p.id, p.data as People[string]]));
  const names = catalog.datasets.map(datasetNames);
  const siteHost = new URL(import.meta.env.SITE ?? 'https://localhost').host;
  const releases = notes.map((entry) => {
    // Ids are `datasets/<d>/versions/<v>/release-notes`.
    const [, dataset = '', , version = ''] = entry.id.split('/');
    return { dataset, version, text: entry.body ?? '' };
  });
  const ordered = catalog.datasets.flatMap((d) => d.versions.map((v) => `${d.id}/${v.id}`));
  releases.sort((a, b) =>
    ordered.indexOf(`${a.dataset}/${a.version}`) - ordered.indexOf(`${b.dataset}/${b.version}`));
  const published = threads.map((t) => t.data as unknown as PublishedThread);
  const known = new Set(published.map((p) => p.thread.number));
  const addressed = addressedIn(releases, catalog.site.repository, known);
  const all = published
    .map((p) => buildQuestion(p, directory,
      linkThread(p.thread, names, siteHost), addressed.get(p.thread.number) ?? []))
    .sort((a, b) => b.lastActivity.localeCompare(a.lastActivity) || b.number - a.number);
  return {
    all,
    byNumber: new Map(all.map((q) => [q.number, q])),
    syncState: sync[0]?.data as SyncState | undefined,
  };
}

/** The questions about one table page, answered first, and per column. */
export interface TableQuestions {
  questions: Question[];
  byColumn: Map<string, Question[]>;
}

const perTable = new Map<string, Promise<TableQuestions>>();

/** Questions about a table in any version, following renames; cached per page. */
export function questionsAbout(dataset: Dataset, table: Table): Promise<TableQuestions> {
  const key = `${dataset.id}/${table.version}/${table.name}`;
  let found = perTable.get(key);
  if (!found) {
    found = getQuestions().then(({ all }) => collect(all, dataset, table));
    perTable.set(key, found);
  }
  return found;
}

function collect(all: Question[], dataset: Dataset, table: Table): TableQuestions {
  // Content without Q&A (the benchmark's) skips the lineage walk on every table page.
  if (all.length === 0) return { questions: [], byColumn: new Map() };
  const aliases = aliasesOf(dataset, table);
  const byColumn = new Map<string, Question[]>();
  const questions = all.filter((question) => {
    const tables = question.topics
      .filter((t) => t.dataset === dataset.id)
      .flatMap((t) => t.tables)
      .filter((t) => aliases.tables.has(t.name.toLowerCase()));
    const columns = new Set(tables.flatMap((t) => t.columns)
      .flatMap((c) => aliases.columns.get(c.toLowerCase()) ?? []));
    for (const column of columns) byColumn.set(column, [...(byColumn.get(column) ?? []), question]);
    return tables.length > 0;
  });
  // Answered first: a reader looking for an answer should meet one first.
  questions.sort((a, b) => Number(b.answered) - Number(a.answered));
  return { questions, byColumn };
}

/** Which dataset, version and table a column object belongs to. */
export interface ColumnPlace {
  dataset: Dataset;
  table: Table;
}

let places: Promise<WeakMap<Column, ColumnPlace>> | undefined;

/**
 * Finds a column's table from the column alone, so the column entry needs no
 * extra props: the catalog hands the same column objects to every page.
 */
export async function placeOf(column: Column): Promise<ColumnPlace | undefined> {
  places ??= getCatalog().then((catalog) => {
    const map = new WeakMap<Column, ColumnPlace>();
    for (const dataset of catalog.datasets) {
      for (const version of dataset.versions) {
        for (const table of version.tables) {
          for (const c of table.columns) map.set(c, { dataset, table });
        }
      }
    }
    return map;
  });
  return (await places).get(column);
}
