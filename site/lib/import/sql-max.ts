import { scan } from 'libpg-query';

/** Types that SQL Server lets take `MAX` as their length. */
const maxTypes = new Set(['varchar', 'nvarchar', 'varbinary']);

/** Three characters, like `MAX`, so offsets and line numbers stay put. */
const standIn = '999';

/**
 * Makes SQL Server's `varchar(MAX)` acceptable to the PostgreSQL parser.
 * Dictionaries are often exported from SQL Server, and PostgreSQL's grammar
 * only takes a number as the length of `varchar`, so the whole file would
 * otherwise fail on one column. `MAX` is swapped for a number of the same
 * width, and its offset is returned so that the type can be spelled
 * `varchar(max)` again. The swap works on the scanner's tokens, so a `MAX`
 * inside a comment or a string is never touched.
 */
export async function replaceMax(sql: string): Promise<{ sql: string; maxAt: Set<number> }> {
  const maxAt = new Set<number>();
  let tokens;
  try {
    ({ tokens } = await scan(sql));
  } catch {
    // The parser reports the same fault with a line number; leave it to it.
    return { sql, maxAt };
  }
  // Token offsets count bytes, so the swap is made on the bytes.
  const bytes = Buffer.from(sql, 'utf8');
  tokens.forEach((token, i) => {
    const [open, max, close] = [tokens[i + 1], tokens[i + 2], tokens[i + 3]];
    if (!maxTypes.has(token.text.toLowerCase())) return;
    if (open?.text !== '(' || max?.text.toLowerCase() !== 'max' || close?.text !== ')') return;
    bytes.write(standIn, max.start, 'utf8');
    maxAt.add(max.start);
  });
  return { sql: maxAt.size > 0 ? bytes.toString('utf8') : sql, maxAt };
}
