import type { SourceFile } from '../content/content-tree.ts';
import type { ProjectEntry } from '../schema/datathon-project.ts';
import type { DatathonEntry } from '../schema/datathon.ts';

/** A datathon folder as read from disk, each file valid on its own. */
export interface DatathonSource extends SourceFile<DatathonEntry> {
  /** The optional `index.mdx` beside event.yaml, when there is one. */
  bodyFile?: string | undefined;
  projects: SourceFile<ProjectEntry>[];
}
