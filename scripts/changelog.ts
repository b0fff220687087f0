import { readFile } from 'node:fs/promises';
import { extname, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { loadContent } from '../site/lib/content/load-content.ts';
import { formatProblems } from '../site/lib/content/problem.ts';
import {
  findDataset,
  findVersion,
  type Catalog,
  type Dataset,
  type Version,
} from '../site/lib/dictionary/model.ts';
import { diffVersions } from '../site/lib/diff/diff-versions.ts';
import { compareDrift, formatDrift } from '../site/lib/diff/drift.ts';
import { renderMarkdown } from '../site/lib/diff/render-markdown.ts';
import { renderText } from '../site/lib/diff/render-text.ts';
import { diffToJson } from '../site/lib/diff/to-json.ts';
import { parseCsvMap } from '../site/lib/import/csv-map.ts';
import { formatProblem, ImportError } from '../site/lib/import/import-error.ts';
import type { ImportedDictionary } from '../site/lib/import/imported-dictionary.ts';
import { importAs, importFormats, type ImportFormat } from './lib/import-command.ts';
import { createLogger } from './lib/logger.ts';

/**
 * `npm run changelog`: what changed between two versions of a dataset, or
 * where a version's documentation and its data files disagree. Exit codes:
 * 0 done (or docs and data agree), 1 the content has problems or docs and
 * data disagree, 2 the command line names something wrong.
 */
const usage = `Usage:
  npm run changelog -- <dataset> <from> <to> [--json | --markdown] [--content DIR]
  npm run changelog -- <dataset> <version> --against FILE [options]

The first form lists what changed from one version to another: tables and
columns added, removed, renamed or moved, and changed types, units, codes and
keys, breaking changes first. A version may be \`latest\`.

The second form compares a version's documentation with the schema of the
data (a dictionary CSV, a datapackage.json or SQL DDL) and lists what the
documentation lacks, what the data lacks and types that differ. It exits
with 1 when they disagree.

Options:
  --json                print one JSON object instead of text
  --markdown            print Markdown (first form only)
  --content DIR         content folder (default: content)
  --against FILE        the data's schema file
  --format FORMAT       csv, datapackage or sql (default: from the extension of
                        FILE: .csv, .json, .sql, .ddl)
  --map key=Header,...  csv: which header holds table, column, type and so on,
                        as for \`npm run dictionary -- import\`
  -h, --help            show this help
`;

const log = createLogger('changelog');

class UsageError extends Error {}

/** A dataset or version the content does not have: the message lists what it has. */
class NotFoundError extends Error {}

// The formats --against reads are the importer's own.
const formats = importFormats;
type SchemaFormat = ImportFormat;

const extensions: Record<string, SchemaFormat> = {
  '.csv': 'csv',
  '.json': 'datapackage',
  '.sql': 'sql',
  '.ddl': 'sql',
};

interface Common {
  dataset: string;
  contentDir: string;
  output: 'text' | 'json' | 'markdown';
}

type Request =
  | (Common & { kind: 'diff'; from: string; to: string })
  | (Common & { kind: 'drift'; version: string; against: string; format: SchemaFormat;
    map: string[] });

function readRequest(args: string[]): Request | 'help' {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      markdown: { type: 'boolean', default: false },
      content: { type: 'string', default: 'content' },
      against: { type: 'string' },
      format: { type: 'string' },
      map: { type: 'string', multiple: true, default: [] },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return 'help';
  if (values.json && values.markdown) throw new UsageError('choose one of --json and --markdown');
  const output = values.json ? 'json' : values.markdown ? 'markdown' : 'text';
  const [dataset, first, second, ...extra] = positionals;
  if (extra.length > 0) throw new UsageError(`unexpected argument \`${extra[0]}\``);
  if (dataset === undefined || first === undefined) {
    throw new UsageError('name a dataset and versions, such as: icu-demo 1.0 2.0');
  }
  const common = { dataset, contentDir: values.content, output } as const;
  if (values.against === undefined) {
    if (values.format !== undefined || values.map.length > 0) {
      throw new UsageError('--format and --map go with --against FILE');
    }
    if (second === undefined) {
      throw new UsageError(`name the version to compare ${first} with, such as: ` +
        `${dataset} ${first} latest; or compare with data using --against FILE`);
    }
    return { ...common, kind: 'diff', from: first, to: second };
  }
  if (second !== undefined) {
    throw new UsageError('--against compares one version with the data: name one version');
  }
  if (output === 'markdown') throw new UsageError('--markdown is for comparing two versions');
  const format = formatOf(values.format, values.against);
  if (values.map.length > 0 && format !== 'csv') {
    throw new UsageError('--map applies to --format csv only');
  }
  return { ...common, kind: 'drift', version: first, against: values.against, format,
    map: values.map };
}

function formatOf(given: string | undefined, file: string): SchemaFormat {
  if (given !== undefined) {
    const known = formats.find((f) => f === given.toLowerCase());
    if (!known) throw new UsageError(`unknown --format \`${given}\`; use ${formats.join(', ')}`);
    return known;
  }
  const inferred = extensions[extname(file).toLowerCase()];
  if (!inferred) {
    throw new UsageError(`cannot tell the format of \`${file}\` from its extension; ` +
      `add --format ${formats.join('|')}`);
  }
  return inferred;
}

function datasetIn(catalog: Catalog, id: string): Dataset {
  const dataset = findDataset(catalog, id);
  if (dataset) return dataset;
  const known = catalog.datasets.map((d) => d.id).join(', ') || 'none';
  throw new NotFoundError(`no dataset \`${id}\`; known datasets: ${known}`);
}

function versionIn(dataset: Dataset, id: string): Version {
  const version = findVersion(dataset, id);
  if (version) return version;
  const known = dataset.versions.map((v) => v.id).join(', ') || 'none';
  const latest = dataset.latest ? ` (\`latest\` is ${dataset.latest.id})` : '';
  throw new NotFoundError(
    `${dataset.id} has no version \`${id}\`; known versions: ${known}${latest}`,
  );
}

type DriftRequest = Extract<Request, { kind: 'drift' }>;

async function importSchema(request: DriftRequest): Promise<ImportedDictionary> {
  const shown = relative(process.cwd(), request.against) || request.against;
  let text: string;
  try {
    text = await readFile(request.against, 'utf8');
  } catch {
    throw new UsageError(`cannot read \`${shown}\`; check the path given to --against`);
  }
  return importAs(request.format, text, shown, parseCsvMap(request.map, shown));
}

async function run(request: Request): Promise<number> {
  const loaded = await loadContent(request.contentDir);
  if (!loaded.ok) {
    log.error(formatProblems(loaded.problems));
    return 1;
  }
  const dataset = datasetIn(loaded.catalog, request.dataset);
  if (request.kind === 'diff') {
    const diff = diffVersions(versionIn(dataset, request.from), versionIn(dataset, request.to));
    for (const warning of diff.warnings) log.warn(warning);
    if (request.output === 'json') print(`${JSON.stringify(diffToJson(diff), null, 2)}\n`);
    else print(request.output === 'markdown' ? renderMarkdown(diff) : renderText(diff));
    return 0;
  }
  const version = versionIn(dataset, request.version);
  const imported = await importSchema(request);
  for (const warning of imported.warnings) log.warn(formatProblem(warning));
  // TODO(drift-names): compareDrift can map data names to documented ones
  // (`names`); no option passes such a map yet, as `--map` is the CSV one.
  const report = compareDrift(version, imported);
  if (request.output === 'json') {
    const head = { dataset: dataset.id, version: version.id, against: imported.source };
    print(`${JSON.stringify({ ...head, ...report }, null, 2)}\n`);
  } else {
    print(formatDrift(report, `${dataset.id} ${version.id}`, imported.source));
  }
  return report.agree ? 0 : 1;
}

function print(text: string): void {
  process.stdout.write(text);
}

async function main(args: string[]): Promise<number> {
  try {
    const request = readRequest(args);
    if (request === 'help') {
      print(usage);
      return 0;
    }
    return await run(request);
  } catch (error) {
    // parseArgs reports unknown options as TypeErrors with a usable message.
    if (error instanceof UsageError || error instanceof TypeError) {
      log.error(`${error.message}\nrun with --help for the options`);
      return 2;
    }
    if (error instanceof NotFoundError) {
      log.error(error.message);
      return 2;
    }
    if (error instanceof ImportError) {
      log.error(`the file given to --against cannot be read as a schema:\n` +
        error.problems.map(formatProblem).join('\n'));
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
