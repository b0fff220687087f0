import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** The value below which `share` of the sorted numbers fall. */
export function quantile(sorted: number[], share: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!;
}

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const file of await readdir(dir, { recursive: true })) {
    const info = await stat(join(dir, file));
    if (info.isFile()) total += info.size;
  }
  return total;
}

/** Measures a built site: pages, table page sizes, script bytes and index size. */
export async function measureSite(dist: string, tablePage: RegExp) {
  const html = (await readdir(dist, { recursive: true })).filter(
    (f) => f.endsWith('.html') && !f.startsWith('pagefind'),
  );
  const tableSizes: number[] = [];
  let sample: string | undefined;
  for (const file of html) {
    if (!tablePage.test(file)) continue;
    tableSizes.push((await stat(join(dist, file))).size);
    sample ??= file;
  }
  tableSizes.sort((a, b) => a - b);
  return {
    pages: html.length,
    tablePages: tableSizes.length,
    tableHtmlMedian: quantile(tableSizes, 0.5),
    tableHtmlP95: quantile(tableSizes, 0.95),
    tableJsBytes: sample ? await scriptBytes(dist, sample) : 0,
    searchIndexBytes: await folderBytes(join(dist, 'pagefind')).catch(() => 0),
  };
}

/** Bytes of JavaScript a page loads up front: inline scripts, script files and their imports. */
async function scriptBytes(dist: string, file: string): Promise<number> {
  const html = await readFile(join(dist, file), 'utf8');
  const seen = new Set<string>();
  let total = 0;
  const follow = async (path: string): Promise<void> => {
    if (seen.has(path)) return;
    seen.add(path);
    const code = await readFile(join(dist, path), 'utf8').catch(() => '');
    total += Buffer.byteLength(code);
    // Static imports between bundled chunks; dynamic import() loads on demand and is excluded.
    for (const m of code.matchAll(
      /(?:^|[;}\s])import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+)["']/g,
    )) {
      await follow(join(path, '..', m[1] ?? ''));
    }
  };
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /src="([^"]+)"/.exec(match[1] ?? '')?.[1];
    if (src) await follow(src);
    else total += Buffer.byteLength(match[2] ?? '');
  }
  return total;
}
