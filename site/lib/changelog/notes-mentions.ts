import type { NotesText } from './notes-text.ts';

/**
 * Which names the release notes mention, anywhere: in code spans, in plain
 * words and in code blocks. Names compare without letter case, as in SQL.
 */
export interface Mentions {
  /** A table named on its own, qualified (`table.column`) or after a module. */
  table(names: readonly string[]): boolean;
  /** A column named on its own or as `table.column`, under any of the names given. */
  column(tables: readonly string[], columns: readonly string[]): boolean;
}

// A dot joins names only when a letter follows, so a full stop ends the name.
const identifiers = /(?<![\w.])[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*/g;

export function collectMentions(notes: NotesText): Mentions {
  const bare = new Set<string>();
  const parts = new Set<string>();
  const pairs = new Set<string>();
  const texts = [...notes.paragraphs.flat().map((p) => p.text), ...notes.blocks];
  for (const text of texts) {
    for (const [token] of text.matchAll(identifiers)) {
      const names = token.toLowerCase().split('.');
      if (names.length === 1) bare.add(names[0] ?? '');
      for (let i = 0; i < names.length; i++) {
        parts.add(names[i] ?? '');
        if (i > 0) pairs.add(`${names[i - 1]}.${names[i]}`);
      }
    }
  }
  // Plain words: `ventilation_episodes` may be written "ventilation episodes".
  const words = ` ${texts.join(' ').toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `;
  const spoken = (name: string) => {
    const phrase = name.toLowerCase().split('_').filter(Boolean).join(' ');
    return phrase.includes(' ') && words.includes(` ${phrase} `);
  };
  return {
    table: (names) => names.some((name) => {
      const folded = name.toLowerCase();
      return bare.has(folded) || parts.has(folded) || spoken(name);
    }),
    column: (tables, columns) => columns.some((column) => {
      const folded = column.toLowerCase();
      if (bare.has(folded) || spoken(column)) return true;
      return tables.some((table) => pairs.has(`${table.toLowerCase()}.${folded}`));
    }),
  };
}
