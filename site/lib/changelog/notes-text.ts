/**
 * The parts of a release-notes MDX file that can name tables and columns:
 * paragraphs of prose with their inline code, and fenced code blocks. A
 * small reader, not an MDX parser: it needs only what a changelog check
 * needs, and it keeps line numbers so findings can point into the file.
 */

export interface NotesPiece {
  text: string;
  /** True for an inline code span, written between backticks. */
  code: boolean;
  /** 1-based line of the file where the piece starts. */
  line: number;
}

export interface NotesText {
  /** One per paragraph, list item, heading or table row, in file order. */
  paragraphs: NotesPiece[][];
  /** Fenced code blocks: they can name things but make no claims. */
  blocks: string[];
}

// A new list item, heading, quote or table row starts a new paragraph.
const blockStart = /^\s{0,3}(?:[-*+]\s|\d{1,9}[.)]\s|#{1,6}\s|>|\|)/;
const fence = /^\s{0,3}(`{3,}|~{3,})/;
const esm = /^(?:import|export)\s/;

/** Reads release notes written in MDX (or Markdown). */
export function readNotes(source: string): NotesText {
  const lines = blankComments(blankFrontmatter(source)).split(/\r?\n/);
  const paragraphs: NotesPiece[][] = [];
  const blocks: string[] = [];
  let paragraph: { text: string; starts: number[]; first: number } | undefined;
  const flush = () => {
    if (paragraph) paragraphs.push(splitCode(paragraph.text, paragraph.starts, paragraph.first));
    paragraph = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const opened = fence.exec(line);
    if (opened) {
      flush();
      const marker = opened[1] ?? '```';
      const body: string[] = [];
      for (i++; i < lines.length && !closesFence(lines[i] ?? '', marker); i++) {
        body.push(lines[i] ?? '');
      }
      blocks.push(body.join('\n'));
      continue;
    }
    if (line.trim() === '' || (!paragraph && esm.test(line))) {
      flush();
      continue;
    }
    if (blockStart.test(line)) flush();
    if (!paragraph) paragraph = { text: line, starts: [0], first: i + 1 };
    else {
      paragraph.starts.push(paragraph.text.length + 1);
      paragraph.text += `\n${line}`;
    }
  }
  flush();
  return { paragraphs, blocks };
}

function closesFence(line: string, marker: string): boolean {
  const trimmed = line.trim();
  return trimmed.startsWith(marker) && /^[`~]+$/.test(trimmed) && trimmed[0] === marker[0];
}

/** Front matter becomes blank lines, so line numbers still match the file. */
function blankFrontmatter(source: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return source;
  return match[0].replace(/[^\n]/g, '') + source.slice(match[0].length);
}

/** HTML and MDX comments are not read: an editor may park a draft there. */
function blankComments(text: string): string {
  return text.replace(/<!--[\s\S]*?-->|\{\s*\/\*[\s\S]*?\*\/\s*\}/g,
    (comment) => comment.replace(/[^\n]/g, ' '));
}

/** Splits a paragraph into prose and inline code, following CommonMark's backtick runs. */
function splitCode(text: string, starts: number[], first: number): NotesPiece[] {
  const lineAt = (offset: number) => {
    let line = 0;
    while (line + 1 < starts.length && (starts[line + 1] ?? Infinity) <= offset) line++;
    return first + line;
  };
  const pieces: NotesPiece[] = [];
  let prose = '';
  let proseStart = 0;
  const pushProse = () => {
    if (prose !== '') pieces.push({ text: prose, code: false, line: lineAt(proseStart) });
    prose = '';
  };
  let i = 0;
  while (i < text.length) {
    const run = /^`+/.exec(text.slice(i))?.[0];
    const escaped = i > 0 && text[i - 1] === '\\';
    if (!run || escaped) {
      if (prose === '') proseStart = i;
      prose += text[i];
      i++;
      continue;
    }
    const end = closingRun(text, i + run.length, run.length);
    if (end < 0) {
      if (prose === '') proseStart = i;
      prose += run;
      i += run.length;
      continue;
    }
    pushProse();
    pieces.push({ text: codeContent(text.slice(i + run.length, end)), code: true,
      line: lineAt(i) });
    i = end + run.length;
  }
  pushProse();
  return pieces;
}

function closingRun(text: string, from: number, length: number): number {
  const runs = /`+/g;
  runs.lastIndex = from;
  for (let match = runs.exec(text); match; match = runs.exec(text)) {
    if (match[0].length === length) return match.index;
  }
  return -1;
}

function codeContent(raw: string): string {
  const flat = raw.replace(/\n/g, ' ');
  const padded = flat.length > 2 && flat.startsWith(' ') && flat.endsWith(' ') && flat.trim();
  return padded ? flat.slice(1, -1) : flat;
}
