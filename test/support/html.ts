import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse } from 'parse5';

interface Node {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
  value?: string;
}

/** One built HTML page: its path under the output folder and what it contains. */
export interface BuiltPage {
  file: string;
  /** The URL path it is served at, without the base path: `datasets/x/`. */
  path: string;
  bytes: number;
  ids: Set<string>;
  links: string[];
  title: string;
  canonical: string | undefined;
}

/** Every .html file under `root`, parsed with a spec-compliant parser. */
export async function readBuiltPages(root: string): Promise<BuiltPage[]> {
  const files = (await readdir(root, { recursive: true }))
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'));
  return Promise.all(files.map(async (file) => {
    const html = await readFile(join(root, file), 'utf8');
    const page: BuiltPage = {
      file,
      path: relative('.', file).replace(/index\.html$/, ''),
      bytes: Buffer.byteLength(html),
      ids: new Set(),
      links: [],
      title: '',
      canonical: undefined,
    };
    walk(parse(html) as unknown as Node, page);
    return page;
  }));
}

function attr(node: Node, name: string): string | undefined {
  return node.attrs?.find((a) => a.name === name)?.value;
}

function text(node: Node): string {
  if (node.nodeName === '#text') return node.value ?? '';
  return (node.childNodes ?? []).map(text).join('');
}

function walk(node: Node, page: BuiltPage): void {
  const id = attr(node, 'id');
  if (id) page.ids.add(id);
  if (node.nodeName === 'a' || node.nodeName === 'link') {
    const href = attr(node, 'href');
    if (href && attr(node, 'rel') !== 'canonical') page.links.push(href);
    if (attr(node, 'rel') === 'canonical') page.canonical = href;
  }
  if (node.nodeName === 'form') {
    const action = attr(node, 'action');
    if (action) page.links.push(action);
  }
  if (node.nodeName === 'title') page.title = text(node).trim();
  for (const child of node.childNodes ?? []) walk(child, page);
  if (node.content) walk(node.content, page);
}
