import type { Dataset, Version } from '../dictionary/model.ts';
import { paths } from '../urls.ts';
import { citedName } from './person-name.ts';
import { siteUrl } from './site-url.ts';

/**
 * `citation.ris`: the version as one RIS record, the format EndNote, Zotero
 * and Mendeley import. Type `DATA`; RIS has no version tag, so the version
 * goes in `ET` (edition), where reference managers show it.
 */
export function citationRis(dataset: Dataset, version: Version, baseUrl: string): string {
  const { entry } = dataset;
  const released = version.entry.released;
  const tags: [string, string | undefined][] = [
    ['TY', 'DATA'],
    ...entry.creators.map((creator): [string, string] => {
      const name = citedName(creator);
      return ['AU', name.kind === 'person' ? `${name.family}, ${name.given}` : name.name];
    }),
    ['TI', entry.title],
    ['ET', version.id],
    ['PY', released.slice(0, 4)],
    ['DA', `${released.replaceAll('-', '/')}/`],
    ['PB', entry.publisher],
    ['AB', oneLine(version.entry.summary ?? entry.summary)],
    ['DO', version.entry.doi],
    ['UR', siteUrl(baseUrl, paths.version(dataset.id, version.id))],
    ['ER', ''],
  ];
  // RIS readers expect "XX  - value", one tag per line, with CRLF line ends.
  return tags
    .filter((tag): tag is [string, string] => tag[1] !== undefined)
    .map(([tag, value]) => `${tag}  - ${value}\r\n`)
    .join('');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
