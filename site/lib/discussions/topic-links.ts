import { findColumn, findTable, type Dataset, type Version } from '../dictionary/model.ts';
import { paths } from '../urls.ts';
import type { Topic } from './link-threads.ts';

export interface Place {
  label: string;
  /** A site path, without the base path. */
  path: string;
}

/** Where a thread's topic lives on the site, each link pointing at a page that exists. */
export interface TopicPlaces {
  dataset: Place;
  version: Place | undefined;
  tables: (Place & { columns: Place[] })[];
}

/**
 * The version to link for a table (and column): the thread's own version
 * when it has them, else the newest version that does. Threads about an old
 * name thus land where that name was documented.
 */
function versionWith(dataset: Dataset, topic: Topic, table: string, column?: string) {
  const has = (v: Version) => {
    const found = findTable(v, table);
    return Boolean(found && (!column || findColumn(found, column)));
  };
  const pinned = dataset.versions.find((v) => v.id === topic.version);
  if (pinned && has(pinned)) return pinned;
  return [...dataset.versions].reverse().find(has);
}

/** Links from a thread to the dataset, version, tables and columns it is about. */
export function topicPlaces(topic: Topic, dataset: Dataset): TopicPlaces {
  const version = dataset.versions.find((v) => v.id === topic.version);
  return {
    dataset: { label: dataset.name, path: paths.dataset(dataset.id) },
    version: version && {
      label: `${dataset.name} ${version.id}`,
      path: paths.version(dataset.id, version.id),
    },
    tables: topic.tables.flatMap(({ name, columns }) => {
      const at = versionWith(dataset, topic, name);
      const table = at && findTable(at, name);
      if (!at || !table) return [];
      const tablePath = paths.table(dataset.id, at.id, table.name);
      return [{
        label: table.name,
        path: tablePath,
        columns: columns.map((column) => {
          const where = versionWith(dataset, topic, name, column);
          const there = where && findTable(where, name);
          const found = there && findColumn(there, column);
          const label = `${table.name}.${found?.name ?? column}`;
          return where && there && found
            ? { label, path: paths.column(dataset.id, where.id, there.name, found.name) }
            : { label, path: tablePath };
        }),
      }];
    }),
  };
}
