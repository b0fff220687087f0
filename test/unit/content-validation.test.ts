/**
 * The problems an editor sees, end to end: real YAML files in a temporary
 * content folder, read by readContent and checked by loadContent. Each test
 * starts from the minimal fixture and breaks one thing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../site/lib/content/load-content.ts';
import { ContentError, formatProblems, type Problem } from '../../site/lib/content/problem.ts';
import { readContent } from '../../site/lib/content/read-content.ts';
import {
  fixtureFiles,
  writeContent,
  yaml,
  type ContentFiles,
  type ContentFixture,
} from '../support/content-fixture.ts';

const baseline = fixtureFiles('minimal');

// Paths inside the content folder, as the fixture and overrides name them.
const DATASET = 'datasets/icu-demo/dataset.yaml';
const V1 = 'datasets/icu-demo/versions/1.0';
const V2 = 'datasets/icu-demo/versions/2.0';
const VERSION = `${V1}/version.yaml`;
const PATIENTS = `${V1}/tables/patients.yaml`;
const ADMISSIONS = `${V1}/tables/admissions.yaml`;

/** A file as problems name it: relative to the repository root. */
const shown = (path: string): string => `content/${path}`;

let fixtures: ContentFixture[] = [];
afterEach(async () => {
  await Promise.all(fixtures.map((fixture) => fixture.cleanup()));
  fixtures = [];
});

async function write(overrides: ContentFiles = {}): Promise<ContentFixture> {
  const fixture = await writeContent({ ...baseline, ...overrides });
  fixtures.push(fixture);
  return fixture;
}

/** Loads the baseline with some files replaced or removed. */
async function load(overrides: ContentFiles = {}) {
  const fixture = await write(overrides);
  return loadContent(fixture.contentDir, fixture.root);
}

/** Every problem loadContent reports; fails the test when the content loads. */
async function problemsOf(overrides: ContentFiles): Promise<Problem[]> {
  const result = await load(overrides);
  if (result.ok) throw new Error('expected problems, but the content loaded');
  return result.problems;
}

/**
 * A baseline file with one piece of text replaced. Throws when the text is
 * absent, so a change to the fixture cannot quietly turn a test into a no-op.
 */
function edit(path: string, from: string, to: string): string {
  const text = baseline[path];
  if (text === undefined) throw new Error(`no fixture file ${path}`);
  if (!text.includes(from)) throw new Error(`${path} does not contain ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

/** A second version, 2.0, identical to 1.0 apart from the overrides. */
function secondVersion(overrides: ContentFiles = {}): ContentFiles {
  return {
    [`${V2}/version.yaml`]: "version: '2.0'\nreleased: 2025-01-15\n",
    [`${V2}/tables/patients.yaml`]: baseline[PATIENTS] ?? null,
    [`${V2}/tables/admissions.yaml`]: baseline[ADMISSIONS] ?? null,
    ...overrides,
  };
}

const addFieldsHint = 'add this field; see CONTENT.md for what it holds';

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

describe('YAML syntax errors', () => {
  const broken = () => ({ [PATIENTS]: edit(PATIENTS, 'row: one patient', 'row: one: patient') });

  it('reports the line of the error', async () => {
    const problems = await problemsOf(broken());
    const problem = problems.find((p) => p.file === shown(PATIENTS));
    expect(problem?.message).toMatch(/^YAML cannot be read: Nested mappings are not allowed/);
    expect(problem?.hint).toBe(
      'check indentation and quote values that contain `:` or start with `-`, `[` or `{`',
    );
    // `row: one: patient` is line 4 of patients.yaml.
    expect(problem?.path).toBe('line 4');
  });

  it('keeps the message to one line, without yaml\'s code frame', async () => {
    const problems = await problemsOf(broken());
    for (const problem of problems) expect(problem.message).not.toContain('\n');
  });

  it('reports at most three errors of one file', async () => {
    // One slip often derails the rest of the file; later errors add only noise.
    const problems = await problemsOf({ [PATIENTS]: 'a: b: c\nd: e: f\ng: h: i\nj: k: l\n' });
    expect(problems.map((p) => [p.file, p.path])).toEqual([
      [shown(PATIENTS), 'line 1'],
      [shown(PATIENTS), 'line 2'],
      [shown(PATIENTS), 'line 3'],
    ]);
  });

  it('reports a repeated key', async () => {
    const problems = await problemsOf({
      [PATIENTS]: edit(PATIENTS, 'row: one patient', 'row: one patient\nrow: again'),
    });
    const messages = problems.filter((p) => p.file === shown(PATIENTS)).map((p) => p.message);
    expect(messages).toEqual(['YAML cannot be read: Map keys must be unique']);
  });

  it('reports only the broken file when another table refers to it', async () => {
    // admissions.yaml has a foreign key to patients; patients.yaml exists but
    // cannot be read, so "no table `patients`" would send the editor astray.
    const problems = await problemsOf(broken());
    expect(problems.map((p) => p.file)).toEqual([shown(PATIENTS)]);
  });

  it('reports a file holding a list instead of fields', async () => {
    const problems = await problemsOf({ [PATIENTS]: '- subject_id\n- gender\n' });
    expect(problems).toContainEqual({
      file: shown(PATIENTS),
      path: '',
      message: 'expected a mapping of fields, found a list',
    });
  });

  it('reads an empty file as one with every field missing', async () => {
    const problems = await problemsOf({ [PATIENTS]: '' });
    const own = problems.filter((p) => p.file === shown(PATIENTS));
    expect(own.map((p) => [p.path, p.message])).toEqual([
      ['name', 'missing; expected text'],
      ['description', 'missing; expected text'],
      ['row', 'missing; expected text'],
      ['columns', 'missing; expected a list'],
    ]);
    expect(own.every((p) => p.hint === addFieldsHint)).toBe(true);
  });
});

describe('unknown fields', () => {
  it('reports an unknown field with a did-you-mean hint', async () => {
    const problems = await problemsOf({
      [PATIENTS]: edit(PATIENTS, '    description: Identifier', '    descripton: Identifier'),
    });
    expect(problems).toContainEqual({
      file: shown(PATIENTS),
      path: 'columns[0]',
      message: 'unknown field `descripton`',
      hint: 'did you mean `description` for `descripton`?',
    });
    // The misspelt field also leaves the real one missing; both are shown.
    expect(problems).toHaveLength(2);
    expect(problems).toContainEqual({
      file: shown(PATIENTS),
      path: 'columns[0].description',
      message: 'missing; expected text',
      hint: addFieldsHint,
    });
  });

  it('suggests the British spelling the schema uses', async () => {
    const problems = await problemsOf({ [DATASET]: edit(DATASET, 'licence:', 'license:') });
    expect(problems).toContainEqual({
      file: shown(DATASET),
      path: '',
      message: 'unknown field `license`',
      hint: 'did you mean `licence` for `license`?',
    });
    // `licence` is required, so the misspelling also leaves it missing.
    expect(problems).toContainEqual({
      file: shown(DATASET),
      path: 'licence',
      message: 'missing; expected a mapping of fields',
      hint: addFieldsHint,
    });
    expect(problems).toHaveLength(2);
  });

  it('suggests inside a foreign key', async () => {
    const problems = await problemsOf({
      [ADMISSIONS]: edit(ADMISSIONS, 'table: patients', 'tabel: patients'),
    });
    expect(problems).toContainEqual({
      file: shown(ADMISSIONS),
      path: 'foreign_keys[0]',
      message: 'unknown field `tabel`',
      hint: 'did you mean `table` for `tabel`?',
    });
    // `table` is required, so the misspelling also leaves it missing.
    expect(problems).toContainEqual({
      file: shown(ADMISSIONS),
      path: 'foreign_keys[0].table',
      message: 'missing; expected text',
      hint: addFieldsHint,
    });
    expect(problems).toHaveLength(2);
  });

  it('lists the allowed fields when no field is close', async () => {
    const problems = await problemsOf({
      [PATIENTS]: edit(PATIENTS, '    required: true', '    required: true\n    colour: red'),
    });
    const problem = problems.find((p) => p.message === 'unknown field `colour`');
    expect(problem?.path).toBe('columns[0]');
    expect(problem?.hint).toMatch(/^allowed fields here: name, type, unit, description, /);
    expect(problem?.hint).toContain('generated_by');
  });

  it('names every unknown field of one mapping in one problem', async () => {
    const problems = await problemsOf({
      [PATIENTS]: edit(PATIENTS, 'row: one patient', 'row: one patient\nrowcount: 3\nfoo: 1'),
    });
    const own = problems.filter((p) => p.file === shown(PATIENTS));
    expect(own.map((p) => [p.path, p.message])).toEqual([
      ['', 'unknown fields `rowcount`, `foo`'],
    ]);
    // The hint pairs each guess with the unknown field it stands for.
    expect(own[0]?.hint).toMatch(/^did you mean `row_count` for `rowcount`[,?]/);
  });
});

describe('values of the wrong type', () => {
  it('reports text where true or false belongs', async () => {
    const problems = await problemsOf({
      [PATIENTS]: edit(PATIENTS, 'required: true', 'required: "yes"'),
    });
    expect(problems).toContainEqual({
      file: shown(PATIENTS),
      path: 'columns[0].required',
      message: 'expected true or false, found `yes`',
    });
  });

  it('reports a fraction where a whole number belongs', async () => {
    const problems = await problemsOf({
      [PATIENTS]: edit(PATIENTS, 'row: one patient', 'row: one patient\nrow_count: 12.5'),
    });
    expect(problems).toContainEqual({
      file: shown(PATIENTS),
      path: 'row_count',
      message: 'expected a whole number, found `12.5`',
    });
  });

  it('reports a negative count', async () => {
    const problems = await problemsOf({
      [PATIENTS]: edit(PATIENTS, 'row: one patient', 'row: one patient\nrow_count: -1'),
    });
    expect(problems).toContainEqual({
      file: shown(PATIENTS),
      path: 'row_count',
      message: 'expected at least 0',
    });
  });

  it('reports a mapping where a list belongs', async () => {
    const text = `${baseline[PATIENTS]?.split('columns:')[0]}columns:\n  name: subject_id\n`;
    const problems = await problemsOf({ [PATIENTS]: text });
    expect(problems).toContainEqual({
      file: shown(PATIENTS),
      path: 'columns',
      message: 'expected a list, found a mapping',
    });
  });

  it('reports an empty value where text belongs', async () => {
    const problems = await problemsOf({
      [PATIENTS]: edit(PATIENTS, 'row: one patient', 'row:'),
    });
    expect(problems).toContainEqual({
      file: shown(PATIENTS),
      path: 'row',
      message: 'expected text, found an empty value',
    });
  });

  it('reports an unquoted version number, which YAML reads as a number', async () => {
    const problems = await problemsOf({
      [VERSION]: 'version: 1.0\nreleased: 2024-01-15\n',
    });
    const problem = problems.find((p) => p.file === shown(VERSION));
    expect(problem?.path).toBe('version');
    expect(problem?.message).toBe('expected text, found `1`');
    expect(problem?.hint).toBe(
      'put the value in quotes, such as "1.10", so YAML keeps it as written',
    );
  });

  it('reports a column name that is not an identifier', async () => {
    const problems = await problemsOf({
      [PATIENTS]: edit(PATIENTS, '  - name: gender', '  - name: 2gender'),
    });
    const problem = problems.find((p) => p.path === 'columns[1].name');
    expect(problem?.message).toBe(
      'expected a name of letters, digits and underscores, not starting with a digit; ' +
        'found `2gender`',
    );
  });
});

describe('values outside a fixed list', () => {
  it('reports a misspelt generated_by with the value it is closest to', async () => {
    const problems = await problemsOf({
      [PATIENTS]: edit(PATIENTS, 'admission-clerk', 'nurse-chartng'),
    });
    expect(problems).toContainEqual({
      file: shown(PATIENTS),
      path: 'columns[1].generated_by',
      message:
        'expected one of `nurse-charting`, `physician-order`, `clinical-coder`, ' +
        '`admission-clerk`, `laboratory`, `pharmacy`, `device`, `derived`, `system`, ' +
        'found `nurse-chartng`',
      hint: 'did you mean `nurse-charting`?',
    });
  });

  it('gives no hint for a value close to none of the list', async () => {
    const problems = await problemsOf({ [PATIENTS]: edit(PATIENTS, 'admission-clerk', 'robot') });
    const problem = problems.find((p) => p.path === 'columns[1].generated_by');
    expect(problem?.message).toMatch(/, found `robot`$/);
    expect(problem?.hint).toBeUndefined();
  });

  it('suggests a status', async () => {
    const problems = await problemsOf({
      [VERSION]: "version: '1.0'\nreleased: 2024-01-15\nstatus: curent\n",
    });
    expect(problems).toContainEqual({
      file: shown(VERSION),
      path: 'status',
      message:
        'expected one of `current`, `superseded`, `deprecated`, `withdrawn`, found `curent`',
      hint: 'did you mean `current`?',
    });
  });
});

describe('missing fields', () => {
  it('reports a missing required field with a hint to add it', async () => {
    const problems = await problemsOf({ [PATIENTS]: edit(PATIENTS, 'row: one patient\n', '') });
    expect(problems).toContainEqual({
      file: shown(PATIENTS),
      path: 'row',
      message: 'missing; expected text',
      hint: addFieldsHint,
    });
  });

  it('reports a missing list', async () => {
    const problems = await problemsOf({
      [DATASET]: edit(DATASET, 'creators:\n  - name: Ada Example\n', ''),
    });
    expect(problems).toEqual([
      {
        file: shown(DATASET),
        path: 'creators',
        message: 'missing; expected a list',
        hint: addFieldsHint,
      },
    ]);
  });

  it('reports an empty list with the schema\'s own wording', async () => {
    const problems = await problemsOf({
      [DATASET]: edit(DATASET, 'creators:\n  - name: Ada Example\n', 'creators: []\n'),
    });
    expect(problems).toEqual([
      { file: shown(DATASET), path: 'creators', message: 'expected at least one creator' },
    ]);
  });

  it('reports a table with no columns', async () => {
    const text = `${baseline[PATIENTS]?.split('columns:')[0]}columns: []\n`;
    const problems = await problemsOf({ [PATIENTS]: text });
    expect(problems).toContainEqual({
      file: shown(PATIENTS),
      path: 'columns',
      message: 'expected at least one column',
    });
  });

  it('reports a missing site.yaml', async () => {
    const problems = await problemsOf({ 'site.yaml': null });
    expect(problems).toEqual([
      {
        file: 'content/site.yaml',
        path: '',
        message: 'file not found',
        hint: 'create it (see CONTENT.md)',
      },
    ]);
  });

  it('reports a version folder without version.yaml', async () => {
    const problems = await problemsOf({ [VERSION]: null });
    expect(problems).toEqual([
      {
        file: shown(VERSION),
        path: '',
        message: 'file not found',
        hint: 'create it (see CONTENT.md)',
      },
    ]);
  });
});

describe('dates, DOIs and addresses', () => {
  const withReleased = (released: string) => ({
    [VERSION]: `version: '1.0'\nreleased: ${released}\n`,
  });

  it('reports a month that does not exist', async () => {
    const problems = await problemsOf(withReleased('2024-13-01'));
    expect(problems).toEqual([
      {
        file: shown(VERSION),
        path: 'released',
        message: 'expected a day that exists in the calendar; found `2024-13-01`',
      },
    ]);
  });

  it('reports a date in another format once', async () => {
    // One mistake, one problem: a calendar check of text that is not a date
    // in the first place only repeats the format problem.
    const problems = await problemsOf(withReleased('15/01/2024'));
    expect(problems).toEqual([
      {
        file: shown(VERSION),
        path: 'released',
        message: 'expected a date written as YYYY-MM-DD; found `15/01/2024`',
      },
    ]);
  });

  it('reports a day past the end of its month', async () => {
    // Date.parse rolls 2023-02-29 over to 1 March instead of rejecting it.
    const problems = await problemsOf(withReleased('2023-02-29'));
    expect(problems).toEqual([
      {
        file: shown(VERSION),
        path: 'released',
        message: 'expected a day that exists in the calendar; found `2023-02-29`',
      },
    ]);
  });

  it('accepts 29 February in a leap year', async () => {
    expect((await load(withReleased('2024-02-29'))).ok).toBe(true);
  });

  it('quotes the bad date in the message', async () => {
    // problem.ts: a message quotes the bad value in backticks.
    const problems = await problemsOf(withReleased('2024-13-01'));
    expect(problems[0]?.message).toContain('`2024-13-01`');
  });

  it('reports a DOI written as an address', async () => {
    const problems = await problemsOf({
      [VERSION]: "version: '1.0'\nreleased: 2024-01-15\ndoi: https://doi.org/10.5555/icu.1\n",
    });
    expect(problems).toEqual([
      {
        file: shown(VERSION),
        path: 'doi',
        message: 'expected a DOI such as `10.5555/example.1`; ' +
          'found `https://doi.org/10.5555/icu.1`',
      },
    ]);
  });

  it('accepts a bare DOI', async () => {
    const result = await load({
      [VERSION]: "version: '1.0'\nreleased: 2024-01-15\ndoi: 10.5555/icu.1-0\n",
    });
    expect(result.ok).toBe(true);
  });

  it('reports an address that is not http(s)', async () => {
    const problems = await problemsOf({ [DATASET]: edit(DATASET, 'url: https://', 'url: ftp://') });
    expect(problems).toEqual([
      {
        file: shown(DATASET),
        path: 'licence.url',
        message: 'expected an http(s) address; ' +
          'found `ftp://opendatacommons.org/licenses/odbl/1-0/`',
      },
    ]);
  });
});

describe('names that must match files and folders', () => {
  it('reports a table name that does not match its file', async () => {
    const problems = await problemsOf({
      [PATIENTS]: edit(PATIENTS, 'name: patients', 'name: patient'),
    });
    expect(problems).toContainEqual({
      file: shown(PATIENTS),
      path: 'name',
      message: '`patient` does not match its file name `patients.yaml`',
      hint: 'name the file after the table',
    });
  });

  it('reports a version that does not match its folder', async () => {
    const problems = await problemsOf({ [VERSION]: "version: '1.1'\nreleased: 2024-01-15\n" });
    expect(problems).toEqual([
      {
        file: shown(VERSION),
        path: 'version',
        message: '`1.1` does not match its folder `1.0`',
        hint: 'rename the folder or change `version` so that they agree',
      },
    ]);
  });

  it('reports a version folder named after a page of the site', async () => {
    const problems = await problemsOf({
      [VERSION]: "version: '1.0'\nreleased: 2024-01-15\norder: 1\n",
      'datasets/icu-demo/versions/latest/version.yaml':
        'version: latest\nreleased: 2024-06-01\norder: 2\n',
    });
    expect(problems).toEqual([
      {
        file: shown('datasets/icu-demo/versions/latest/version.yaml'),
        path: 'version',
        message: "`latest` is reserved for the site's own pages",
        hint: 'name the version folder something other than latest, guides, changes',
      },
    ]);
  });

  it('reports two tables whose names differ only by case', async () => {
    const problems = await problemsOf({
      [`${V1}/tables/Patients.yaml`]: edit(PATIENTS, 'name: patients', 'name: Patients'),
    });
    expect(problems).toEqual([
      {
        file: shown(PATIENTS),
        path: 'name',
        message: `table \`patients\` is also defined in ${shown(`${V1}/tables/Patients.yaml`)}`,
        hint: 'table names must differ in more than letter case within a version',
      },
    ]);
  });

  it('reports duplicate column names that differ only by case', async () => {
    const duplicate = '  - name: Subject_ID\n    type: integer\n    description: Again.\n';
    const problems = await problemsOf({
      [PATIENTS]: edit(PATIENTS, '  - name: gender\n', `${duplicate}  - name: gender\n`),
    });
    expect(problems).toEqual([
      {
        file: shown(PATIENTS),
        path: 'columns[1].name',
        message: 'column `Subject_ID` repeats columns[0]',
        hint: 'column names must differ in more than letter case within a table',
      },
    ]);
  });
});

describe('keys', () => {
  it('reports a primary key naming an unknown column, with a suggestion', async () => {
    const problems = await problemsOf({
      [PATIENTS]: edit(PATIENTS, 'primary_key: subject_id', 'primary_key: subjectid'),
    });
    expect(problems).toEqual([
      {
        file: shown(PATIENTS),
        path: 'primary_key[0]',
        message: '`subjectid` is not a column of `patients`',
        hint: 'did you mean `subject_id`?',
      },
    ]);
  });

  it('asks for a real column when no column is close', async () => {
    const problems = await problemsOf({
      [PATIENTS]: edit(PATIENTS, 'primary_key: subject_id', 'primary_key: [subject_id, stay_id]'),
    });
    expect(problems).toEqual([
      {
        file: shown(PATIENTS),
        path: 'primary_key[1]',
        message: '`stay_id` is not a column of `patients`',
        hint: 'list one of the columns of `patients`',
      },
    ]);
  });

  it('matches key columns whatever their case', async () => {
    const result = await load({
      [PATIENTS]: edit(PATIENTS, 'primary_key: subject_id', 'primary_key: [SUBJECT_ID, Gender]'),
    });
    expect(result.ok).toBe(true);
  });

  it('reports a foreign key to an unknown table, with a suggestion', async () => {
    const problems = await problemsOf({
      [ADMISSIONS]: edit(ADMISSIONS, 'table: patients', 'table: patient'),
    });
    expect(problems).toEqual([
      {
        file: shown(ADMISSIONS),
        path: 'foreign_keys[0].table',
        message: 'no table `patient` in this version',
        hint: 'did you mean `patients`?',
      },
    ]);
  });

  it('reports a foreign key to an unknown table, with no close name', async () => {
    const problems = await problemsOf({
      [ADMISSIONS]: edit(ADMISSIONS, 'table: patients', 'table: caregivers'),
    });
    expect(problems).toEqual([
      {
        file: shown(ADMISSIONS),
        path: 'foreign_keys[0].table',
        message: 'no table `caregivers` in this version',
        hint: 'add the table, or remove the foreign key',
      },
    ]);
  });

  it('reports a misspelt foreign-key column once, where it is written', async () => {
    // `references` is left out, so it defaults to `columns`; the typo must not
    // be reported a second time against a field the editor never wrote.
    const problems = await problemsOf({
      [ADMISSIONS]: edit(ADMISSIONS, 'columns: subject_id', 'columns: subjct_id'),
    });
    expect(problems).toEqual([
      {
        file: shown(ADMISSIONS),
        path: 'foreign_keys[0].columns[0]',
        message: '`subjct_id` is not a column of `admissions`',
        hint: 'did you mean `subject_id`?',
      },
    ]);
  });

  it('accepts a foreign key of two columns with their references', async () => {
    const result = await load({
      [`${V1}/tables/transfers.yaml`]: yaml`
        name: transfers
        module: hosp
        description: One row per ward transfer.
        row: one transfer
        foreign_keys:
          - columns: [transfer_subject, transfer_hadm]
            table: ADMISSIONS
            references: [subject_id, hadm_id]
        columns:
          - name: transfer_subject
            type: integer
            description: The patient moved.
          - name: transfer_hadm
            type: integer
            description: The admission during which they moved.
      `,
    });
    if (!result.ok) throw new Error(formatProblems(result.problems));
    const tables = result.catalog.datasets[0]?.latest?.tables ?? [];
    const transfers = tables.find((t) => t.name === 'transfers');
    expect(transfers?.foreign_keys).toEqual([
      {
        columns: ['transfer_subject', 'transfer_hadm'],
        table: 'ADMISSIONS',
        references: ['subject_id', 'hadm_id'],
      },
    ]);
  });

  it('reports a references count that differs from the columns count', async () => {
    const problems = await problemsOf({
      [ADMISSIONS]: edit(
        ADMISSIONS,
        'table: patients',
        'table: patients\n    references: [subject_id, gender]',
      ),
    });
    expect(problems).toEqual([
      {
        file: shown(ADMISSIONS),
        path: 'foreign_keys[0].references',
        message: '1 column(s) refer to 2 column(s)',
        hint: 'list as many referenced columns as referring ones, in the same order',
      },
    ]);
  });

  it('reports a referenced column missing from the other table', async () => {
    const problems = await problemsOf({
      [ADMISSIONS]: edit(
        ADMISSIONS,
        'table: patients',
        'table: patients\n    references: subjectid',
      ),
    });
    expect(problems).toEqual([
      {
        file: shown(ADMISSIONS),
        path: 'foreign_keys[0].references[0]',
        message: '`subjectid` is not a column of `patients`',
        hint: 'did you mean `subject_id`?',
      },
    ]);
  });
});

describe('renames', () => {
  const renamedAge = (from: string) =>
    secondVersion({
      [`${V2}/tables/patients.yaml`]: edit(
        PATIENTS,
        '  - name: anchor_age\n',
        `  - name: age\n    renamed_from: ${from}\n`,
      ),
    });

  it('accepts a column renamed from one of the previous version', async () => {
    const result = await load(renamedAge('anchor_age'));
    expect(result.ok).toBe(true);
  });

  it('reports a column renamed from nothing in the previous version', async () => {
    const problems = await problemsOf(renamedAge('age_years'));
    expect(problems).toEqual([
      {
        file: shown(`${V2}/tables/patients.yaml`),
        path: 'columns[2].renamed_from',
        message: '`patients` in version 1.0 has no column `age_years`',
        hint: 'name the table or column as the previous version did',
      },
    ]);
  });

  it('suggests the previous column closest to a misspelt renamed_from', async () => {
    const problems = await problemsOf(renamedAge('anchorage'));
    expect(problems.map((p) => p.hint)).toEqual(['did you mean `anchor_age`?']);
  });

  it('accepts a table renamed from one of the previous version', async () => {
    const people = edit(PATIENTS, 'name: patients', 'name: people\nrenamed_from: patients');
    const result = await load(
      secondVersion({
        [`${V2}/tables/patients.yaml`]: null,
        // A column renamed inside a renamed table is looked up in the old table.
        [`${V2}/tables/people.yaml`]: people.replace(
          '  - name: anchor_age\n',
          '  - name: age\n    renamed_from: anchor_age\n',
        ),
        [`${V2}/tables/admissions.yaml`]: edit(ADMISSIONS, 'table: patients', 'table: people'),
      }),
    );
    expect(result.ok).toBe(true);
  });

  it('reports a table renamed from nothing in the previous version', async () => {
    const problems = await problemsOf(
      secondVersion({
        [`${V2}/tables/patients.yaml`]: null,
        [`${V2}/tables/people.yaml`]: edit(
          PATIENTS,
          'name: patients',
          'name: people\nrenamed_from: persons',
        ),
        [`${V2}/tables/admissions.yaml`]: edit(ADMISSIONS, 'table: patients', 'table: people'),
      }),
    );
    expect(problems).toEqual([
      {
        file: shown(`${V2}/tables/people.yaml`),
        path: 'renamed_from',
        message: 'version 1.0 has no table `persons`',
        hint: 'name the table or column as the previous version did',
      },
    ]);
  });

  it('reports renamed_from in the first version, for a table and a column', async () => {
    const text = edit(PATIENTS, 'module: hosp', 'module: hosp\nrenamed_from: patient')
      .replace('    unit: a\n', '    unit: a\n    renamed_from: age\n');
    const problems = await problemsOf({ [PATIENTS]: text });
    const hint = 'remove `renamed_from`: it only describes a change from the previous version';
    expect(problems).toEqual([
      {
        file: shown(PATIENTS),
        path: 'renamed_from',
        message: 'renamed from `patient`, but there is no version before this one',
        hint,
      },
      {
        file: shown(PATIENTS),
        path: 'columns[2].renamed_from',
        message: 'renamed from `age`, but there is no version before this one',
        hint,
      },
    ]);
  });

  it('does not call a later version the first when versions cannot be ordered', async () => {
    // `beta` cannot be placed after 1.0, so its renames cannot be checked; they
    // must not be reported as if beta had no version before it.
    const beta = 'datasets/icu-demo/versions/beta';
    const problems = await problemsOf({
      [`${beta}/version.yaml`]: 'version: beta\nreleased: 2024-06-01\n',
      [`${beta}/tables/patients.yaml`]: edit(
        PATIENTS,
        '  - name: anchor_age\n',
        '  - name: age\n    renamed_from: anchor_age\n',
      ),
    });
    expect(problems.map((p) => [p.file, p.path])).toEqual([[shown(DATASET), 'versions']]);
  });
});

describe('versions of a dataset', () => {
  it('reports versions that cannot be ordered', async () => {
    const problems = await problemsOf({
      'datasets/icu-demo/versions/beta/version.yaml': 'version: beta\nreleased: 2024-06-01\n',
    });
    expect(problems).toEqual([
      {
        file: shown(DATASET),
        path: 'versions',
        message: '`beta` cannot be compared as dotted numbers such as `2.1`',
        hint: 'add `order: N` to every version.yaml of the dataset, 1 for the oldest',
      },
    ]);
  });

  it('orders named versions once each has an order', async () => {
    const result = await load({
      [VERSION]: "version: '1.0'\nreleased: 2024-01-15\norder: 1\n",
      'datasets/icu-demo/versions/beta/version.yaml':
        'version: beta\nreleased: 2024-06-01\norder: 2\n',
    });
    expect(result.ok && result.catalog.datasets[0]?.latest?.id).toBe('beta');
  });

  it('reports two folders naming one version number', async () => {
    const problems = await problemsOf({
      'datasets/icu-demo/versions/1.0.0/version.yaml': "version: '1.0.0'\nreleased: 2024-02-01\n",
    });
    expect(problems).toEqual([
      {
        file: shown(DATASET),
        path: 'versions',
        message: '`1.0` and `1.0.0` are the same version number',
        hint: 'keep one folder per version number, or add `order` to every version',
      },
    ]);
  });

  it('reports an order given to some versions only', async () => {
    const problems = await problemsOf(
      secondVersion({ [`${V2}/version.yaml`]: "version: '2.0'\nreleased: 2025-01-15\norder: 2\n" }),
    );
    expect(problems).toEqual([
      {
        file: shown(DATASET),
        path: 'versions',
        message: 'some versions have `order` but `1.0` does not',
        hint: 'give every version of the dataset an `order` (1 for the oldest), or none',
      },
    ]);
  });

  it('reports two versions sharing an order', async () => {
    const problems = await problemsOf(
      secondVersion({
        [VERSION]: "version: '1.0'\nreleased: 2024-01-15\norder: 1\n",
        [`${V2}/version.yaml`]: "version: '2.0'\nreleased: 2025-01-15\norder: 1\n",
      }),
    );
    expect(problems).toEqual([
      {
        file: shown(DATASET),
        path: 'versions',
        message: 'two versions share `order: 1`',
        hint: 'number the versions 1, 2, 3... from the oldest, each once',
      },
    ]);
  });

  it('reports a dataset with no versions', async () => {
    const problems = await problemsOf({ [VERSION]: null, [PATIENTS]: null, [ADMISSIONS]: null });
    expect(problems).toEqual([
      {
        file: shown(DATASET),
        path: '',
        message: 'the dataset has no versions',
        hint: `add a folder versions/<version>/ with a version.yaml beside ${shown(DATASET)}`,
      },
    ]);
  });

  it('does not call a dataset versionless when its only version.yaml is invalid', async () => {
    const problems = await problemsOf({
      [VERSION]: "version: '1.0'\nreleased: 2024-01-15\ndoi: nope\n",
    });
    expect(problems.map((p) => [p.file, p.path])).toEqual([[shown(VERSION), 'doi']]);
  });

  it('reports `current` on an older version', async () => {
    const problems = await problemsOf(
      secondVersion({ [VERSION]: "version: '1.0'\nreleased: 2024-01-15\nstatus: current\n" }),
    );
    expect(problems).toEqual([
      {
        file: shown(VERSION),
        path: 'status',
        message: 'only the newest version that is not withdrawn can be `current`',
        hint: 'remove `status` to have it worked out from the version order',
      },
    ]);
  });

  it('accepts `current` on the newest version that is not withdrawn', async () => {
    // The catalog makes 1.0 current when 2.0 is withdrawn; writing that down
    // must not be an error.
    const result = await load(
      secondVersion({
        [VERSION]: "version: '1.0'\nreleased: 2024-01-15\nstatus: current\n",
        [`${V2}/version.yaml`]: "version: '2.0'\nreleased: 2025-01-15\nstatus: withdrawn\n",
      }),
    );
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('works out statuses across two versions', async () => {
    const result = await load(secondVersion());
    if (!result.ok) throw new Error(formatProblems(result.problems));
    const versions = result.catalog.datasets[0]?.versions ?? [];
    expect(versions.map((v) => [v.id, v.status])).toEqual([
      ['1.0', 'superseded'],
      ['2.0', 'current'],
    ]);
  });
});

describe('formatted problems', () => {
  const twoFiles = () => ({
    [VERSION]: "version: '1.1'\nreleased: 2024-01-15\n",
    [PATIENTS]: edit(PATIENTS, 'primary_key: subject_id', 'primary_key: subjectid'),
  });

  it('groups problems by file, one line each, with hints indented below', async () => {
    const text = formatProblems(await problemsOf(twoFiles()));
    expect(text.split('\n')).toEqual([
      'The content has 2 problems. Fix and build again.',
      '',
      'content/datasets/icu-demo/versions/1.0/version.yaml',
      '  version: `1.1` does not match its folder `1.0`',
      '    hint: rename the folder or change `version` so that they agree',
      '',
      'content/datasets/icu-demo/versions/1.0/tables/patients.yaml',
      '  primary_key[0]: `subjectid` is not a column of `patients`',
      '    hint: did you mean `subject_id`?',
    ]);
  });

  it('counts a single problem in the singular and leaves out an empty path', async () => {
    const text = formatProblems(await problemsOf({ 'site.yaml': null }));
    expect(text).toBe(
      [
        'The content has 1 problem. Fix and build again.',
        '',
        'content/site.yaml',
        '  file not found',
        '    hint: create it (see CONTENT.md)',
      ].join('\n'),
    );
  });

  it('leaves out the hint line when there is no hint', async () => {
    const text = formatProblems(
      await problemsOf({ [PATIENTS]: edit(PATIENTS, 'required: true', 'required: "yes"') }),
    );
    // The problem is the only one, so nothing at all follows its line.
    expect(text.split('\n')).toEqual([
      'The content has 1 problem. Fix and build again.',
      '',
      shown(PATIENTS),
      '  columns[0].required: expected true or false, found `yes`',
    ]);
  });

  it('shows no stack trace, however broken the content', async () => {
    const problems = await problemsOf({
      [PATIENTS]: edit(PATIENTS, 'row: one patient', 'row: one: patient'),
      [VERSION]: 'version: 1.0\nreleased: someday\n',
      [DATASET]: edit(DATASET, 'tier: open', 'tier: opne'),
      'datasets/icu-demo/versions/beta/version.yaml': 'released: 2024-06-01\n',
    });
    const text = formatProblems(problems);
    expect(problems.length).toBeGreaterThan(3);
    expect(text).not.toContain('    at ');
    expect(text).not.toMatch(/\b(TypeError|ZodError|YAMLParseError)\b/);
  });

  it('carries the same text in a ContentError, without a stack in its message', async () => {
    const problems = await problemsOf(twoFiles());
    const error = new ContentError(problems);
    expect(error.name).toBe('ContentError');
    expect(error.message).toBe(formatProblems(problems));
    expect(error.message).not.toContain('    at ');
    expect(error.problems).toBe(problems);
  });
});
