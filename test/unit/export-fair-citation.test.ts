import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { citationBibtex, citationKey } from '../../site/lib/export/bibtex.ts';
import { citationCff } from '../../site/lib/export/citation-cff.ts';
import { citationRis } from '../../site/lib/export/ris.ts';
import type { Dataset } from '../../site/lib/dictionary/model.ts';
import { baseUrl, fairVersion } from '../support/fair-model.ts';

/** The dataset with its licence's SPDX identifier removed. */
function withoutSpdx(dataset: Dataset): Dataset {
  const { spdx: _, ...licence } = dataset.entry.licence;
  return { ...dataset, entry: { ...dataset.entry, licence } };
}

describe('CITATION.cff', () => {
  it('parses back as YAML with the fields CFF 1.2.0 requires', async () => {
    const { dataset, version } = await fairVersion();
    const cff = parse(citationCff(dataset, version, baseUrl));
    expect(cff['cff-version']).toBe('1.2.0');
    expect(cff.message).toMatch(/cite/);
    expect(cff.title).toBe('Ward Demo: Beds & Outcomes at 100% Occupancy');
    expect(cff.authors.length).toBeGreaterThan(0);
  });

  it('describes the version as a dataset with its DOI, date and address', async () => {
    const { dataset, version } = await fairVersion();
    const cff = parse(citationCff(dataset, version, baseUrl));
    expect(cff).toMatchObject({
      type: 'dataset',
      version: '2.0',
      'date-released': '2025-03-01',
      doi: '10.5555/ward-demo.2.0',
      url: 'https://example.org/rounds/datasets/ward-demo/2.0/',
      license: 'CC-BY-4.0',
      abstract: 'Adds a year of stays.',
    });
  });

  it('splits people\'s names and keeps an organisation\'s whole', async () => {
    const { dataset, version } = await fairVersion();
    const { authors } = parse(citationCff(dataset, version, baseUrl));
    expect(authors).toEqual([
      {
        'given-names': 'Ada Lovelace',
        'family-names': 'Example',
        affiliation: 'Example Hospital, Informatics',
        orcid: 'https://orcid.org/0000-0002-1825-0097',
      },
      { 'given-names': 'Grace', 'family-names': 'Example' },
      { name: 'Example Hospital Data Office' },
    ]);
  });

  it('gives the licence by address when it has no SPDX identifier', async () => {
    const { dataset, version } = await fairVersion();
    const cff = parse(citationCff(withoutSpdx(dataset), version, baseUrl));
    expect(cff.license).toBeUndefined();
    expect(cff['license-url']).toBe('https://creativecommons.org/licenses/by/4.0/');
  });

  it('leaves out the DOI of a version that has none', async () => {
    const { dataset, version } = await fairVersion('1.0');
    expect(parse(citationCff(dataset, version, baseUrl))).not.toHaveProperty('doi');
  });
});

describe('citation.bib', () => {
  it('is one @misc entry keyed by dataset and version', async () => {
    const { dataset, version } = await fairVersion();
    const bib = citationBibtex(dataset, version, baseUrl);
    expect(bib.startsWith('@misc{ward-demo-2.0,\n')).toBe(true);
    expect(bib.trimEnd().endsWith('}')).toBe(true);
    expect(bib.match(/^@/gm)).toHaveLength(1);
  });

  it('has the author, title, year, publisher, DOI and address fields', async () => {
    const { dataset, version } = await fairVersion();
    const fields = bibFields(citationBibtex(dataset, version, baseUrl));
    expect(fields.get('author'))
      .toBe('Example, Ada Lovelace and Example, Grace and {Example Hospital Data Office}');
    expect(fields.get('year')).toBe('2025');
    expect(fields.get('publisher')).toBe('Example Hospital Research Group');
    expect(fields.get('doi')).toBe('10.5555/ward-demo.2.0');
    expect(fields.get('url')).toBe('https://example.org/rounds/datasets/ward-demo/2.0/');
    expect(fields.get('version')).toBe('2.0');
  });

  it('escapes the characters BibTeX reads as commands and keeps braces balanced', async () => {
    const { dataset, version } = await fairVersion();
    const bib = citationBibtex(dataset, version, baseUrl);
    expect(bibFields(bib).get('title'))
      .toBe('{Ward Demo: Beds \\& Outcomes at 100\\% Occupancy}');
    const unescaped = bib.replace(/\\[{}]/g, '');
    expect(unescaped.split('{').length).toBe(unescaped.split('}').length);
  });

  it('makes citation keys of letters, digits and a few marks only', () => {
    expect(citationKey('icu demo', 'v2 (beta)')).toBe('icu_demo-v2__beta_');
  });
});

describe('citation.ris', () => {
  it('starts with the type, ends with ER, and ends every line with CRLF', async () => {
    const { dataset, version } = await fairVersion();
    const ris = citationRis(dataset, version, baseUrl);
    const lines = ris.split('\r\n');
    expect(lines[0]).toBe('TY  - DATA');
    expect(lines.at(-2)).toBe('ER  - ');
    expect(lines.at(-1)).toBe('');
    expect(ris.replaceAll('\r\n', '')).not.toContain('\n');
  });

  it('writes every line as a two-character tag, two spaces and a dash', async () => {
    const { dataset, version } = await fairVersion();
    const lines = citationRis(dataset, version, baseUrl).split('\r\n').slice(0, -1);
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
  });

  it('has one AU line per creator and the title, year, DOI and address', async () => {
    const { dataset, version } = await fairVersion();
    const tags = risTags(citationRis(dataset, version, baseUrl));
    expect(tags.get('AU')).toEqual([
      'Example, Ada Lovelace', 'Example, Grace', 'Example Hospital Data Office',
    ]);
    expect(tags.get('TI')).toEqual(['Ward Demo: Beds & Outcomes at 100% Occupancy']);
    expect(tags.get('PY')).toEqual(['2025']);
    expect(tags.get('DA')).toEqual(['2025/03/01/']);
    expect(tags.get('ET')).toEqual(['2.0']);
    expect(tags.get('DO')).toEqual(['10.5555/ward-demo.2.0']);
    expect(tags.get('UR')).toEqual(['https://example.org/rounds/datasets/ward-demo/2.0/']);
  });
});

function bibFields(bib: string): Map<string, string> {
  return new Map([...bib.matchAll(/^ {2}(\w+)\s*= \{(.*)\},?$/gm)].map((m) => [m[1]!, m[2]!]));
}

function risTags(ris: string): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const line of ris.split('\r\n')) {
    const match = /^([A-Z][A-Z0-9]) {2}- (.*)$/.exec(line);
    if (match) tags.set(match[1]!, [...(tags.get(match[1]!) ?? []), match[2]!]);
  }
  return tags;
}
