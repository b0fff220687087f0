/**
 * Throwaway content folders for tests. Validation is about files on disk (folder
 * names, file names, YAML text), so tests write real folders to the system temp
 * directory instead of handing objects to the checks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Files of a content folder by path relative to it, always with `/` separators.
 * `null` leaves a file out, so a test can drop one file from a baseline.
 */
export type ContentFiles = Record<string, string | null>;

export interface ContentFixture {
  /** Stands in for the repository root: problems name files relative to it. */
  root: string;
  /** `<root>/content`, the folder readContent and loadContent are given. */
  contentDir: string;
  /** Deletes the whole temporary tree. */
  cleanup: () => Promise<void>;
}

const fixturesDir = fileURLToPath(new URL('../fixtures/content/', import.meta.url));

/**
 * The files of a checked-in fixture under test/fixtures/content/<name>, keyed
 * by their path inside it. Read synchronously so tests can spread them into
 * a ContentFiles literal at module level.
 */
export function fixtureFiles(name: string): Record<string, string> {
  const base = join(fixturesDir, name);
  const files: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[relative(base, path).split(sep).join('/')] = readFileSync(path, 'utf8');
    }
  };
  walk(base);
  return files;
}

/** Writes `files` under a new temporary `content/` folder. */
export async function writeContent(files: ContentFiles): Promise<ContentFixture> {
  const root = await mkdtemp(join(tmpdir(), 'rounds-content-'));
  const contentDir = join(root, 'content');
  await mkdir(contentDir);
  for (const [path, text] of Object.entries(files)) {
    if (text === null) continue;
    const target = join(contentDir, ...path.split('/'));
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, text, 'utf8');
  }
  return { root, contentDir, cleanup: () => rm(root, { recursive: true, force: true }) };
}

/**
 * Removes the common indentation of a template literal and its first and last
 * blank lines, so YAML can be written indented inside a test and still parse.
 */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = strings.reduce(
    (out, part, i) => out + part + (i < values.length ? String(values[i]) : ''),
    '',
  );
  const lines = text.replace(/^[ \t]*\n/, '').replace(/\n[ \t]*$/, '').split('\n');
  const indents = lines
    .filter((line) => line.trim() !== '')
    .map((line) => line.length - line.trimStart().length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return `${lines.map((line) => line.slice(cut)).join('\n')}\n`;
}
