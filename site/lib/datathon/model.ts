import type { ProjectEntry } from '../schema/datathon-project.ts';
import type { DatathonEntry, SessionEntry } from '../schema/datathon.ts';
import { registrationState, type RegistrationState } from './registration.ts';
import type { DatathonSource } from './source.ts';
import { statusAt, type DatathonStatus } from './status.ts';
import { toInstant } from './time.ts';

/** A datathon as pages, the calendar and the version pages use it. */
export interface Datathon {
  slug: string;
  file: string;
  bodyFile: string | undefined;
  entry: DatathonEntry;
  /** Epoch milliseconds of the start and end, from the wall-clock times. */
  start: number;
  end: number;
  status: DatathonStatus;
  /** Whether registration is open at build time; undefined without `registration`. */
  registration: RegistrationState | undefined;
  /** In order of start time. */
  sessions: Session[];
  /** By title. */
  projects: Project[];
}

export interface Session extends SessionEntry {
  /** Stable within the event: the session's `id`, or one made from title and day. */
  key: string;
  startsAt: number;
  endsAt: number;
}

export interface Project extends ProjectEntry {
  /** The file name without `.yaml`; also the project's anchor on the event page. */
  id: string;
  file: string;
}

/** Lower-case words joined by hyphens, for keys made from titles. */
function slugify(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'session';
}

/** Session keys: an explicit id wins; otherwise title and day, numbered if repeated. */
function sessionKeys(sessions: SessionEntry[]): string[] {
  const seen = new Map<string, number>();
  return sessions.map((session) => {
    const base = session.id ?? `${slugify(session.title)}-${session.start.slice(0, 10)}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  });
}

/**
 * Builds the model of one datathon that has passed checkDatathons. `now` is
 * passed in so that status is a function of the build's clock, and testable.
 */
export function buildDatathon(source: DatathonSource, now: number): Datathon {
  const { data, id, file } = source;
  const zone = data.time_zone;
  const start = toInstant(data.start, zone).ms;
  const end = toInstant(data.end, zone).ms;
  const keys = sessionKeys(data.sessions);
  const sessions = data.sessions
    .map((session, i): Session => ({
      ...session,
      key: keys[i]!,
      startsAt: toInstant(session.start, zone).ms,
      endsAt: toInstant(session.end, zone).ms,
    }))
    .sort((a, b) => a.startsAt - b.startsAt || a.endsAt - b.endsAt);
  const projects = source.projects
    .map((p): Project => ({ ...p.data, id: p.id, file: p.file }))
    .sort((a, b) => a.title.localeCompare(b.title));
  return {
    slug: id,
    file,
    bodyFile: source.bodyFile,
    entry: data,
    start,
    end,
    status: statusAt(start, end, now),
    registration: registrationState(data, end, now),
    sessions,
    projects,
  };
}
