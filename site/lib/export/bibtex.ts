import type { Dataset, Version } from '../dictionary/model.ts';
import { paths } from '../urls.ts';
import { citedName } from './person-name.ts';
import { siteUrl } from './site-url.ts';

/**
 * `citation.bib`: one BibTeX entry for the version. `@misc` rather than
 * biblatex's `@dataset`, because classic BibTeX styles reject unknown entry
 * types; biblatex reads `version`, `doi` and `url`, and BibTeX skips them.
 */
export function citationBibtex(dataset: Dataset, version: Version, baseUrl: string): string {
  const { entry } = dataset;
  const authors = entry.creators.map((creator) => {
    const name = citedName(creator);
    // Braces keep an organisation's name from being split into first and last names.
    return name.kind === 'person'
      ? `${escape(name.family)}, ${escape(name.given)}`
      : `{${escape(name.name)}}`;
  });
  const fields: [string, string | undefined][] = [
    ['author', authors.join(' and ')],
    // Double braces keep the title's capitals as written.
    ['title', `{${escape(entry.title)}}`],
    ['year', version.entry.released.slice(0, 4)],
    ['version', escape(version.id)],
    ['publisher', escape(entry.publisher)],
    ['howpublished', `Version ${escape(version.id)}, released ${version.entry.released}`],
    ['doi', version.entry.doi],
    ['url', siteUrl(baseUrl, paths.version(dataset.id, version.id))],
  ];
  const body = fields
    .filter((field): field is [string, string] => field[1] !== undefined)
    .map(([name, value]) => `  ${name.padEnd(12)} = {${value}}`)
    .join(',\n');
  return `@misc{${citationKey(dataset.id, version.id)},\n${body}\n}\n`;
}

/** A citation key from the dataset and version: `meridian-icu-2.0`. */
export function citationKey(dataset: string, version: string): string {
  return `${dataset}-${version}`.replace(/[^A-Za-z0-9_.:-]/g, '_');
}

// Characters BibTeX reads as commands or groups, replaced in one pass so
// that no replacement is escaped again.
const special: Record<string, string> = {
  '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', '&': '\\&', '%': '\\%', '$': '\\$',
  '#': '\\#', '_': '\\_', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}',
};

function escape(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (c) => special[c] ?? c);
}
