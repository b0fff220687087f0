import { describe, expect, it } from 'vitest';
import { jsonForScript } from '../../site/lib/export/json-script.ts';
import { schemaOrgDataset } from '../../site/lib/export/schema-org.ts';
import { baseUrl, fairVersion } from '../support/fair-model.ts';

async function described(version = '2.0') {
  const { dataset, version: v } = await fairVersion(version);
  return schemaOrgDataset(dataset, v, baseUrl) as unknown as Record<string, unknown>;
}

describe('schema.org Dataset JSON-LD', () => {
  it('is a schema.org Dataset with the name and description search engines require', async () => {
    const dataset = await described();
    expect(dataset['@context']).toBe('https://schema.org');
    expect(dataset['@type']).toBe('Dataset');
    expect(dataset['name']).toBe('Ward Demo: Beds & Outcomes at 100% Occupancy');
    expect(dataset['description']).toBe('A made-up ward dataset used to test the dataset card ' +
      'and the FAIR exports. Adds a year of stays.');
  });

  it('gives the version, its DOI as identifier, the licence and the citation', async () => {
    const dataset = await described();
    expect(dataset).toMatchObject({
      version: '2.0',
      identifier: 'https://doi.org/10.5555/ward-demo.2.0',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      url: 'https://example.org/rounds/datasets/ward-demo/2.0/',
      isAccessibleForFree: true,
      temporalCoverage: '2019/2023-06-30',
    });
    expect(dataset['citation']).toMatch(/\(2025\)\. Ward Demo: .* \(version 2\.0\)/);
  });

  it('describes creators as people or organisations, with affiliation and ORCID', async () => {
    const [ada, , office] = (await described())['creator'] as Record<string, unknown>[];
    expect(ada).toEqual({
      '@type': 'Person',
      name: 'Ada Lovelace Example',
      affiliation: { '@type': 'Organization', name: 'Example Hospital, Informatics' },
      sameAs: 'https://orcid.org/0000-0002-1825-0097',
    });
    expect(office).toEqual({ '@type': 'Organization', name: 'Example Hospital Data Office' });
  });

  it('measures one variable per column, with its unit', async () => {
    const { version } = await fairVersion();
    const variables = (await described())['variableMeasured'] as Record<string, string>[];
    const columns = version.tables.reduce((n, t) => n + t.columns.length, 0);
    expect(variables).toHaveLength(columns);
    expect(variables).toContainEqual({ '@type': 'PropertyValue', name: 'stays.weight',
      unitText: 'kg' });
  });

  it('distributes the dictionary downloads by absolute address', async () => {
    const downloads = (await described())['distribution'] as Record<string, string>[];
    expect(downloads.map((d) => d['contentUrl'])).toEqual([
      'dictionary.json', 'dictionary.csv', 'datapackage.json', 'croissant.json',
    ].map((file) => `https://example.org/rounds/datasets/ward-demo/2.0/${file}`));
    for (const download of downloads) {
      expect(download['@type']).toBe('DataDownload');
      expect(download['encodingFormat']).toMatch(/^(application|text)\//);
    }
  });

  it('leaves out the identifier of a version without a DOI', async () => {
    expect(await described('1.0')).not.toHaveProperty('identifier');
  });
});

describe('JSON in a script element', () => {
  it('escapes < so content cannot close the element', () => {
    const text = jsonForScript({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
