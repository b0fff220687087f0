import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { SourceFile } from '../content/content-tree.ts';
import type { Problem } from '../content/problem.ts';
import { projectSchema, type ProjectEntry } from '../schema/datathon-project.ts';
import { datathonSchema } from '../schema/datathon.ts';
import { readYamlFile } from '../content/read-yaml.ts';
import type { DatathonSource } from './source.ts';

const slugShape = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Reads every `datathons/<slug>/` folder: event.yaml, the optional index.mdx
 * and projects/*.yaml, each validated on its own. Rules across files live in
 * check-datathons.ts. A folder whose event.yaml fails is left out, but its
 * projects are still read so that all their problems show at once.
 */
export async function readDatathons(
  contentDir: string,
  root = process.cwd(),
): Promise<{ datathons: DatathonSource[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  const shown = (path: string) => relative(root, path) || path;
  const datathons: DatathonSource[] = [];
  const base = join(contentDir, 'datathons');
  for (const slug of await entries(base, 'folders')) {
    const dir = join(base, slug);
    const file = join(dir, 'event.yaml');
    if (!slugShape.test(slug)) {
      problems.push({
        file: shown(dir),
        path: '',
        message: `the folder name \`${slug}\` cannot be a web address`,
        hint: 'use lower-case letters, digits and single hyphens, such as `sepsis-2025`',
      });
    }
    const event = await readYamlFile(datathonSchema, file, shown(file));
    if (!event.ok) problems.push(...event.problems);
    const projects: SourceFile<ProjectEntry>[] = [];
    const projectDir = join(dir, 'projects');
    for (const name of await entries(projectDir, 'yaml')) {
      const projectFile = join(projectDir, name);
      const id = name.slice(0, -'.yaml'.length);
      if (!slugShape.test(id)) {
        problems.push({
          file: shown(projectFile),
          path: '',
          message: `the file name \`${name}\` cannot be a web address anchor`,
          hint: 'name project files with lower-case letters, digits and single hyphens',
        });
      }
      const project = await readYamlFile(projectSchema, projectFile, shown(projectFile));
      if (project.ok) projects.push({ id, file: shown(projectFile), data: project.data });
      else problems.push(...project.problems);
    }
    const hasBody = (await entries(dir, 'mdx')).includes('index.mdx');
    if (event.ok && slugShape.test(slug)) {
      datathons.push({
        id: slug,
        file: shown(file),
        data: event.data,
        bodyFile: hasBody ? shown(join(dir, 'index.mdx')) : undefined,
        projects,
      });
    }
  }
  return { datathons, problems };
}

/** Sub-folders, or files with an extension, sorted; an absent folder has none. */
async function entries(dir: string, kind: 'folders' | 'yaml' | 'mdx'): Promise<string[]> {
  try {
    const found = await readdir(dir, { withFileTypes: true });
    return found
      .filter((e) => (kind === 'folders' ? e.isDirectory() : e.isFile() &&
        e.name.endsWith(`.${kind}`)))
      .map((e) => e.name)
      .sort();
  } catch {
    return [];
  }
}
