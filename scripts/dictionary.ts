import { extname, relative } from 'node:path';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { closest } from '../site/lib/content/suggest.ts';
import { parseCsvMap, type CsvMap } from '../site/lib/import/csv-map.ts';
import { ImportError } from '../site/lib/import/import-error.ts';
import { checkTarget } from '../site/lib/import/write-target.ts';
import {
  importFormats,
  runImport,
  type ImportFormat,
  type ImportRequest,
} from './lib/import-command.ts';
import { createLogger } from './lib/logger.ts';

/**
 * `npm run dictionary -- import ...`: turns a data dictionary kept
 * elsewhere into content files. Exit codes: 0 done, 1 the input or the
 * written content has problems, 2 the command line is wrong.
 */
const usage = `Usage: npm run dictionary -- import --from FILE --dataset ID --version V [options]

Reads a data dictionary and writes it as content:
content/datasets/<ID>/versions/<V>/tables/<table>.yaml, one file per table.

Options:
  --from FILE           the dictionary to read
  --format FORMAT       csv, datapackage or sql (default: from the file extension:
                        .csv, .json, .sql)
  --dataset ID          dataset id, such as icu-demo (created when new)
  --version V           version as cited, such as 2.1
  --content DIR         content folder (default: content)
  --map key=Header,...  csv: which header holds each of table, column, type,
                        description, unit, required, primary_key, foreign_table,
                        foreign_column, module, position (default: the header
                        spelled like the key)
  --released DATE       release day, YYYY-MM-DD (default: today)
  --force               replace the tables of an existing version
  -h, --help            show this help
`;

const log = createLogger('rounds:import');

class UsageError extends Error {}

const extensions: Record<string, ImportFormat> = {
  '.csv': 'csv',
  '.json': 'datapackage',
  '.sql': 'sql',
  '.ddl': 'sql',
};

const options = {
  from: { type: 'string' },
  format: { type: 'string' },
  dataset: { type: 'string' },
  version: { type: 'string' },
  content: { type: 'string', default: 'content' },
  map: { type: 'string', multiple: true, default: [] as string[] },
  released: { type: 'string' },
  force: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} satisfies ParseArgsOptionsConfig;

/** parseArgs would reject these too, but cannot suggest the option meant. */
function checkOptionNames(args: string[]): void {
  const names = Object.keys(options);
  for (const arg of args) {
    if (arg === '--') return;
    if (!arg.startsWith('--')) continue;
    const name = arg.slice(2).split('=')[0] ?? '';
    if (names.includes(name)) continue;
    const guess = closest(name, names);
    const suggestion = guess ? `; did you mean --${guess}?` : '';
    throw new UsageError(`unknown option \`--${name}\`${suggestion}`);
  }
}

function readRequest(args: string[]): ImportRequest | 'help' {
  checkOptionNames(args);
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options });
  if (values.help) return 'help';
  const [command, ...extra] = positionals;
  if (command !== 'import') {
    throw new UsageError(command === undefined
      ? 'name a command: import'
      : `unknown command \`${command}\`; the command is \`import\``);
  }
  if (extra.length > 0) throw new UsageError(`unexpected argument \`${extra[0]}\``);
  const { from, dataset, version } = values;
  const missing = [['--from', from], ['--dataset', dataset], ['--version', version]]
    .filter(([, value]) => value === undefined).map(([name]) => name);
  if (from === undefined || dataset === undefined || version === undefined) {
    throw new UsageError(`missing ${missing.join(', ')}`);
  }
  const format = formatOf(values.format, from);
  if (values.map.length > 0 && format !== 'csv') {
    throw new UsageError('--map applies to --format csv only');
  }
  const request: ImportRequest = {
    from,
    format,
    dataset,
    version,
    contentDir: values.content,
    map: csvMap(values.map, from),
    force: values.force,
    ...(values.released === undefined ? {} : { released: values.released }),
  };
  const problems = checkTarget(request, request.contentDir);
  if (problems.length > 0) {
    throw new UsageError(problems.map((p) => `${p.path}: ${p.message}\n  hint: ${p.hint}`)
      .join('\n'));
  }
  return request;
}

function csvMap(specs: string[], file: string): CsvMap {
  try {
    return parseCsvMap(specs, relative(process.cwd(), file) || file);
  } catch (error) {
    if (error instanceof ImportError) throw new UsageError(error.message);
    throw error;
  }
}

function formatOf(given: string | undefined, file: string): ImportFormat {
  if (given !== undefined) {
    const known = importFormats.find((f) => f === given.toLowerCase());
    if (!known) {
      throw new UsageError(`unknown --format \`${given}\`; use ${importFormats.join(', ')}`);
    }
    return known;
  }
  const inferred = extensions[extname(file).toLowerCase()];
  if (!inferred) {
    throw new UsageError(`cannot tell the format of \`${file}\` from its extension; ` +
      `add --format ${importFormats.join('|')}`);
  }
  return inferred;
}

async function main(args: string[]): Promise<number> {
  let request: ImportRequest | 'help';
  try {
    request = readRequest(args);
  } catch (error) {
    // parseArgs reports unknown options as TypeErrors with a usable message.
    if (!(error instanceof UsageError) && !(error instanceof TypeError)) throw error;
    log.error(`${error.message}\nrun with --help for the options`);
    return 2;
  }
  if (request === 'help') {
    process.stdout.write(usage);
    return 0;
  }
  try {
    return await runImport(request, log);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    log.error(error.message);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
