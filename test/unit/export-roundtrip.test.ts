import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../site/lib/content/load-content.ts';
import type { Version } from '../../site/lib/dictionary/model.ts';
import { dataPackage } from '../../site/lib/export/data-package.ts';
import { importDataPackage } from '../../site/lib/import/import-datapackage.ts';
import { writeDictionary } from '../../site/lib/import/write-dictionary.ts';
import { exportModel } from '../fixtures/import/fixture.ts';

/** What a round trip must keep: tables, columns, normalised types and keys. */
function essentials(version: Version) {
  return version.tables.map((table) => ({
    module: table.module,
    name: table.name,
    primary_key: table.primary_key,
    foreign_keys: table.foreign_keys.map((k) => ({
      columns: k.columns,
      table: k.table,
      references: k.references ?? k.columns,
    })),
    columns: table.columns.map((c) => ({
      name: c.name,
      type: c.type.canonical,
      required: c.required,
      unit: c.unit,
      description: c.description,
      values: c.values.map((v) => String(v.code)),
      missing: c.missing.map((m) => String(m.code)),
    })),
  }));
}

async function exportedPackage() {
  const { dataset, version } = await exportModel();
  const text = JSON.stringify(dataPackage(dataset, version, { baseUrl: 'https://example.org' }));
  return { text, version };
}

describe('data package round trip', () => {
  it('imports its own export with the same tables, columns, types and keys', async () => {
    const { text, version } = await exportedPackage();
    const imported = importDataPackage(text, { file: 'datapackage.json' });
    expect(imported.warnings).toEqual([]);
    const original = essentials(version);
    expect(imported.tables.map((t) => t.name)).toEqual(original.map((t) => t.name));
    for (const table of imported.tables) {
      const before = original.find((t) => t.name === table.name);
      expect(table.module).toBe(before?.module);
      expect(table.primary_key).toEqual(before?.primary_key);
      expect(table.foreign_keys).toEqual(before?.foreign_keys);
      expect(table.columns.map((c) => c.name)).toEqual(before?.columns.map((c) => c.name));
    }
  });

  it('writes the import as content that builds to the same model', async () => {
    const { text, version } = await exportedPackage();
    const contentDir = await mkdtemp(join(tmpdir(), 'rounds-roundtrip-'));
    try {
      await writeFile(join(contentDir, 'site.yaml'),
        'title: Test\ndescription: Test site.\nrepository: rounds-health/rounds\n');
      const imported = importDataPackage(text, { file: 'datapackage.json' });
      const written = await writeDictionary(imported, {
        contentDir, dataset: 'icu-demo', version: '2.0', released: '2024-03-01', root: contentDir,
      });
      expect(written.problems).toEqual([]);
      const loaded = await loadContent(contentDir, contentDir);
      if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
      const back = loaded.catalog.datasets[0]?.versions[0];
      expect(back && essentials(back)).toEqual(essentials(version));
    } finally {
      await rm(contentDir, { recursive: true, force: true });
    }
  });
});
