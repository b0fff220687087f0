import { readdir, readFile } from 'node:fs/promises';

/**
 * Resident memory of a process and all its descendants (Linux /proc), so that
 * the search indexer's own process counts towards a build's peak.
 */
export async function treeMemoryBytes(rootPid: number): Promise<number> {
  const parents = new Map<number, number>();
  for (const name of await readdir('/proc').catch(() => [] as string[])) {
    if (!/^\d+$/.test(name)) continue;
    const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
    // The command name may hold spaces; fields after its closing parenthesis are fixed.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (fields[1]) parents.set(Number(name), Number(fields[1]));
  }
  const tree = new Set([rootPid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, parent] of parents) {
      if (tree.has(parent) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let total = 0;
  for (const pid of tree) {
    const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
    const rss = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
    if (rss) total += Number(rss) * 1024;
  }
  return total;
}

/** Samples a process tree's memory until stopped; returns the peak seen. */
export function watchPeakMemory(pid: number, everyMs = 200) {
  let peak = 0;
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      peak = Math.max(peak, await treeMemoryBytes(pid));
      await new Promise((done) => setTimeout(done, everyMs));
    }
  })();
  return async () => {
    stopped = true;
    await loop;
    return peak;
  };
}
