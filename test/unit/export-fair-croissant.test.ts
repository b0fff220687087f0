import { describe, expect, it } from 'vitest';
import { croissant } from '../../site/lib/export/croissant.ts';
import { baseUrl, fairVersion } from '../support/fair-model.ts';

interface Ref {
  '@id': string;
}
interface Field {
  '@type': string;
  '@id': string;
  name: string;
  dataType: string;
  source: { fileObject: Ref; extract: { column: string } };
  references?: Ref | Ref[];
}
interface RecordSet {
  '@type': string;
  '@id': string;
  name: string;
  key?: Ref[];
  field: Field[];
}

async function described(version = '2.0') {
  const model = await fairVersion(version);
  const document = croissant(model.dataset, model.version, { baseUrl, smallCellThreshold: 10 });
  return { ...model, document: document as unknown as Record<string, unknown> };
}

async function recordSets(): Promise<RecordSet[]> {
  return (await described()).document['recordSet'] as RecordSet[];
}

async function field(table: string, column: string): Promise<Field> {
  const set = (await recordSets()).find((s) => s.name === table);
  const found = set?.field.find((f) => f.name === column);
  if (!found) throw new Error(`no field ${table}/${column}`);
  return found;
}

describe('croissant.json', () => {
  it('has every property Croissant 1.1 requires of a dataset', async () => {
    const { document } = await described();
    for (const property of ['@context', '@type', 'dct:conformsTo', 'name', 'description',
      'license', 'url', 'creator', 'datePublished']) {
      expect(document, property).toHaveProperty([property]);
    }
    expect(document['@type']).toBe('sc:Dataset');
    expect(document['dct:conformsTo']).toContain('http://mlcommons.org/croissant/1.1');
    expect(document['license']).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(document['url']).toBe('https://example.org/rounds/datasets/ward-demo/2.0/');
    expect(document['datePublished']).toBe('2025-03-01');
  });

  it('declares the prefixes its property names use', async () => {
    const { document } = await described();
    const context = document['@context'] as Record<string, unknown>;
    expect(context).toMatchObject({
      sc: 'http://schema.org/',
      cr: 'http://mlcommons.org/croissant/',
      rai: 'http://mlcommons.org/croissant/RAI/',
      dct: 'http://purl.org/dc/terms/',
      '@vocab': 'http://schema.org/',
    });
    const used = JSON.stringify(document).match(/"(\w+):\w+"\s*:/g) ?? [];
    for (const name of used) {
      const prefix = name.slice(1, name.indexOf(':'));
      expect(context, `prefix ${prefix}`).toHaveProperty([prefix]);
    }
  });

  it('credits people and organisations as such', async () => {
    const { document } = await described();
    expect(document['creator']).toEqual([
      { '@type': 'sc:Person', name: 'Ada Lovelace Example',
        sameAs: 'https://orcid.org/0000-0002-1825-0097' },
      { '@type': 'sc:Person', name: 'Grace Example' },
      { '@type': 'sc:Organization', name: 'Example Hospital Data Office' },
    ]);
  });

  it('has a RecordSet per table and a Field per column', async () => {
    const { version } = await described();
    const sets = await recordSets();
    expect(sets.map((s) => s.name)).toEqual(version.tables.map((t) => t.name));
    for (const table of version.tables) {
      const set = sets.find((s) => s.name === table.name)!;
      expect(set['@type']).toBe('cr:RecordSet');
      expect(set.field.map((f) => f.name)).toEqual(table.columns.map((c) => c.name));
      for (const f of set.field) {
        expect(f['@type']).toBe('cr:Field');
        expect(f['@id']).toBe(`${table.name}/${f.name}`);
        expect(f.dataType).toMatch(/^sc:/);
      }
    }
  });

  it('gives each column an atomic data type', async () => {
    expect((await field('stays', 'patient_id')).dataType).toBe('sc:Integer');
    expect((await field('stays', 'weight')).dataType).toBe('sc:Float');
    expect((await field('stays', 'isolated')).dataType).toBe('sc:Boolean');
    expect((await field('stays', 'admitted_at')).dataType).toBe('sc:DateTime');
    expect((await field('patients', 'sex')).dataType).toBe('sc:Text');
  });

  it('writes foreign keys as references to the field, spelt as declared there', async () => {
    // The fixture's key is written `Patient_ID` into `Patients`; ids must match exactly.
    expect((await field('stays', 'patient_id')).references)
      .toEqual({ '@id': 'patients/patient_id' });
    expect((await field('stays', 'stay_number')).references).toBeUndefined();
  });

  it('keys each RecordSet by its primary key', async () => {
    const stays = (await recordSets()).find((s) => s.name === 'stays');
    expect(stays?.key).toEqual([{ '@id': 'stays/patient_id' }, { '@id': 'stays/stay_number' }]);
  });

  it('points every field at a FileObject it distributes', async () => {
    const { document } = await described();
    const files = (document['distribution'] as { '@type': string; '@id': string }[]);
    expect(files.every((f) => f['@type'] === 'cr:FileObject')).toBe(true);
    const ids = new Set(files.map((f) => f['@id']));
    for (const set of await recordSets()) {
      for (const f of set.field) {
        expect(ids.has(f.source.fileObject['@id']), f['@id']).toBe(true);
        expect(f.source.extract.column).toBe(f.name);
      }
    }
  });

  it('uses every @id once', async () => {
    const { document } = await described();
    const ids = [...JSON.stringify(document).matchAll(/"@id":"([^"]+)",/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('fills the Responsible AI fields from the dataset card', async () => {
    const { document } = await described();
    expect(document['rai:dataCollection']).toBe('Sites: Example Hospital. Care settings: ' +
      'General wards. Extracted from the ward system.');
    expect(document['rai:dataCollectionTimeframe']).toEqual(['2019-01-01', '2023-06-30']);
    expect(document['rai:dataUseCases']).toEqual(['Teaching.']);
    expect(document['rai:dataLimitations'])
      .toEqual(['One hospital only.', 'Out of scope: Re-identification.']);
    expect(document['rai:personalSensitiveInformation']).toEqual([
      'Sex (self-reported by the patient or a proxy)',
      'Age at admission (recorded by staff)',
      'Ward (recorded by staff)',
      'De-identified identifiers: dates',
    ]);
    expect(document['rai:dataCollectionMissingData']).toContain('Sex: 1.0% unknown.');
    expect(document['rai:dataReleaseMaintenancePlan']).toBe('Maintained by Example data team. ' +
      'One release a year. Known errors: https://example.org/ward/errata');
    expect(document['rai:dataManipulationProtocol']).toContain('Dates reduced to the year.');
  });

  it('cites the version in BibTeX, as citeAs asks', async () => {
    const { document } = await described();
    expect(document['citeAs']).toMatch(/^@misc\{ward-demo-2\.0,/);
  });

  it('leaves out what the content does not say', async () => {
    const { document } = await described('1.0');
    expect(document).not.toHaveProperty('sameAs');
    expect(document).not.toHaveProperty(['rai:dataCollectionTimeframe']);
  });
});
