import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * When each content file last changed: the date of its newest commit, from one
 * `git log` over the folder. Files git does not know (new, or a tarball with no
 * history) fall back to their modification time.
 */
export async function lastChangedDates(folder: string, cwd = process.cwd()) {
  const dates = new Map<string, string>();
  try {
    const { stdout } = await run(
      'git',
      ['log', '--format=%x00%cs', '--name-only', '--no-renames', '--', folder],
      { cwd, maxBuffer: 256 * 1024 * 1024 },
    );
    let current = '';
    for (const line of stdout.split('\n')) {
      if (line.startsWith('\0')) current = line.slice(1);
      else if (line && !dates.has(line)) dates.set(line, current);
    }
  } catch {
    // No git, or not a checkout: every file uses its modification time.
  }
  return async (file: string): Promise<string | undefined> => {
    const known = dates.get(file);
    if (known) return known;
    try {
      return (await stat(file)).mtime.toISOString().slice(0, 10);
    } catch {
      return undefined;
    }
  };
}
