import { parse } from 'csv-parse/sync';
import type { Problem } from '../content/problem.ts';
import { closest } from '../content/suggest.ts';
import { participantRole, type ParticipantRole } from '../schema/datathon-team.ts';
import type { Participant } from './participant.ts';

/** Words people write on registration forms, mapped to the roles teams are built from. */
const roleWords: Record<string, ParticipantRole> = {
  physician: 'clinician',
  doctor: 'clinician',
  intensivist: 'clinician',
  resident: 'clinician',
  fellow: 'clinician',
  'nurse-practitioner': 'nurse',
  'registered-nurse': 'nurse',
  rn: 'nurse',
  'respiratory-therapist': 'allied-health',
  physiotherapist: 'allied-health',
  dietitian: 'allied-health',
  biostatistician: 'statistician',
  epidemiologist: 'statistician',
  'software-engineer': 'engineer',
  'data-engineer': 'engineer',
  developer: 'engineer',
  'machine-learning-engineer': 'data-scientist',
};

const yes = new Set(['yes', 'y', 'true', '1']);
const no = new Set(['no', 'n', 'false', '0', '']);

/** Splits a cell listing several things: `sql; python` or `sql, python`. */
function list(cell: string | undefined): string[] {
  return (cell ?? '').split(/[;,]/).map((s) => s.trim()).filter(Boolean);
}

function toRole(cell: string): ParticipantRole | undefined {
  const word = cell.trim().toLowerCase().replace(/[\s_]+/g, '-');
  const known = participantRole.safeParse(word);
  return known.success ? known.data : roleWords[word];
}

/**
 * Reads a registration CSV with a header row naming at least `name` and
 * `role`; `skills`, `preferences` and `publish` are read when present, and any
 * other column (email, affiliation) is ignored so it can never be copied on.
 * A missing or empty `publish` means no: names stay private unless agreed.
 */
export function readRegistrations(
  text: string,
  file: string,
): { participants: Participant[]; problems: Problem[] } {
  const problems: Problem[] = [];
  let rows: Record<string, string>[];
  try {
    rows = parse(text, {
      bom: true,
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      participants: [],
      problems: [{ file, path: '', message: `the CSV cannot be read: ${message}`,
        hint: 'check that quotes are closed and every row has as many cells as the header' }],
    };
  }
  const header = Object.keys(rows[0] ?? {});
  for (const needed of ['name', 'role']) {
    if (rows.length > 0 && !header.includes(needed)) {
      const guess = closest(needed, header);
      problems.push({
        file,
        path: 'header',
        message: `no \`${needed}\` column`,
        hint: guess ? `did you mean \`${guess}\`?`
          : 'the header needs name, role and optionally skills, preferences, publish',
      });
    }
  }
  if (problems.length > 0) return { participants: [], problems };
  const participants: Participant[] = [];
  rows.forEach((cells, i) => {
    const row = i + 1;
    const where = (column: string) => `row ${row} (line ${row + 1}), ${column}`;
    const name = cells.name ?? '';
    if (name === '') {
      problems.push({ file, path: where('name'), message: 'missing; expected a name',
        hint: 'fill in the name, or delete the row' });
    }
    const role = toRole(cells.role ?? '');
    if (!role) {
      const guess = closest(cells.role ?? '', participantRole.options);
      problems.push({
        file,
        path: where('role'),
        message: `\`${cells.role ?? ''}\` is not a role the team tool knows`,
        hint: guess ? `did you mean \`${guess}\`?`
          : `use one of ${participantRole.options.join(', ')}`,
      });
    }
    const consent = (cells.publish ?? '').toLowerCase();
    if (!yes.has(consent) && !no.has(consent)) {
      problems.push({
        file,
        path: where('publish'),
        message: `expected yes or no, found \`${cells.publish}\``,
        hint: 'write yes only when the person agreed to have their name published',
      });
    }
    if (name === '' || !role) return;
    participants.push({
      row,
      name,
      role,
      skills: list(cells.skills),
      preferences: list(cells.preferences),
      publish: yes.has(consent),
    });
  });
  return { participants, problems };
}
