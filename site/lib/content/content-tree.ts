import type { DatasetEntry } from '../schema/dataset.ts';
import type { PopulationEntry } from '../schema/population.ts';
import type { SiteEntry } from '../schema/site.ts';
import type { TableEntry } from '../schema/table.ts';
import type { VersionEntry } from '../schema/version.ts';

/** A validated file: its folder-derived id, where it lives, and its data. */
export interface SourceFile<T> {
  id: string;
  file: string;
  data: T;
}

/** Dictionary content as read from disk, each file valid on its own. */
export interface ContentTree {
  site: Omit<SourceFile<SiteEntry>, 'id'> | undefined;
  datasets: (SourceFile<DatasetEntry> & {
    /** Version folders found, valid or not, so an invalid one is not "missing". */
    versionFolders: number;
    versions: (SourceFile<VersionEntry> & {
      tables: SourceFile<TableEntry>[];
      /** Table files that failed on their own; other files may still refer to them. */
      invalidTables?: string[];
    })[];
  })[];
  /** Reference populations, `populations/<id>.yaml`; absent in trees built by hand. */
  populations?: SourceFile<PopulationEntry>[];
}
