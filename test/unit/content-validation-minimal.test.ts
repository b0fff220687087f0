/**
 * The minimal fixture every content-validation test starts from: it loads
 * cleanly, and readContent names its files and leaves rules across files alone.
 *
 * The other content-validation-*.test.ts files start from this fixture and
 * break one thing, so it must load cleanly for their problems to mean anything.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../site/lib/content/load-content.ts';
import { readContent } from '../../site/lib/content/read-content.ts';
import {
  DATASET,
  PATIENTS,
  ADMISSIONS,
  shown,
  edit,
  useContentFixtures,
} from '../support/validation-helpers.ts';

const { write, load } = useContentFixtures();

describe('the minimal fixture', () => {
  it('loads without problems', async () => {
    const result = await load();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [dataset] = result.catalog.datasets;
    expect(dataset?.id).toBe('icu-demo');
    expect(dataset?.latest?.id).toBe('1.0');
    expect(dataset?.latest?.tables.map((t) => t.name)).toEqual(['admissions', 'patients']);
  });

  it('names files relative to the root it is given', async () => {
    const fixture = await write();
    const { tree, problems } = await readContent(fixture.contentDir, fixture.root);
    expect(problems).toEqual([]);
    expect(tree.site?.file).toBe('content/site.yaml');
    expect(tree.datasets[0]?.file).toBe(shown(DATASET));
    expect(tree.datasets[0]?.versions[0]?.tables.map((t) => t.file)).toEqual([
      shown(ADMISSIONS),
      shown(PATIENTS),
    ]);
  });

  it('leaves rules across files to checkContent', async () => {
    // readContent checks each file alone, so a key to a missing table passes it.
    const fixture = await write({
      [ADMISSIONS]: edit(ADMISSIONS, 'table: patients', 'table: caregivers'),
    });
    const { problems } = await readContent(fixture.contentDir, fixture.root);
    expect(problems).toEqual([]);
    const loaded = await loadContent(fixture.contentDir, fixture.root);
    expect(loaded.ok).toBe(false);
  });
});
