import { z } from 'astro/zod';
import { identifier, isoDate, slug, webUrl } from './common.ts';
import { teamRules } from './datathon-team.ts';
import { localDateTime } from './local-time.ts';
import { versionSchema } from './version.ts';

const text = z.string().min(1);

/** How people take part. `hybrid` means both a venue and an online stream. */
export const attendanceMode = z.enum(['in-person', 'online', 'hybrid']);
export type AttendanceMode = z.infer<typeof attendanceMode>;

/** What happens in a session; shown beside its title and in calendar entries. */
export const sessionKind = z.enum([
  'opening', // welcome, rules, data access check
  'talk', // a talk or panel to the whole event
  'workshop', // hands-on teaching, such as a tour of the tables
  'hacking', // teams work on their projects
  'mentoring', // office hours with mentors
  'break', // meals and breaks
  'judging', // project presentations to the judges
  'closing', // awards and wrap-up
  'social', // informal gathering
]);

/** What a resource is, so readers can find the notebook or the compute quickly. */
export const resourceKind = z.enum(['notebook', 'compute', 'guide', 'data', 'other']);

/** A dataset version, named as its folders are: `meridian-icu` and `2.0`. */
export const datasetVersionRef = z.strictObject({
  /** The dataset's folder name under `content/datasets/`. */
  dataset: slug,
  /** The version's folder name, quoted: `"2.0"`. It must exist in that dataset. */
  version: versionSchema.shape.version,
});
export type DatasetVersionRef = z.output<typeof datasetVersionRef>;

/** A place on site. Required when `attendance` is `in-person` or `hybrid`. */
const venue = z.strictObject({
  /** Name of the building or room, such as "Meridian Central, Education Centre". */
  name: text,
  /** Street address, one line. Default: none. */
  address: text.optional(),
  /** A map or directions page. Default: none. */
  url: webUrl.optional(),
});

/** How to register. Dates are days in the event's time zone. */
const registration = z.strictObject({
  /** The registration form. */
  url: webUrl,
  /** First day registrations are accepted. Default: open now. */
  opens: isoDate.optional(),
  /** Last day registrations are accepted; on or before the event's last day. */
  closes: isoDate.optional(),
  /** How many places there are. Default: not stated. */
  capacity: z.number().int().positive().optional(),
});

/** One block of the programme. Times are wall-clock times in `time_zone`. */
const session = z.strictObject({
  /**
   * A stable id for calendar entries, lower-case words and hyphens. Default: made
   * from the title, so renaming a session without an id makes calendars see a
   * new entry.
   */
  id: slug.optional(),
  title: text,
  kind: sessionKind,
  start: localDateTime,
  end: localDateTime,
  /** The room at the venue. Default: none. */
  room: text.optional(),
  /** The stream or video-call address for online attendees. Default: none. */
  stream: webUrl.optional(),
  /** One or two sentences on what happens. Default: none. */
  description: text.optional(),
});
export type SessionEntry = z.output<typeof session>;

/** A table worth starting from, and the columns in it that matter most. */
const suggestedTable = z.strictObject({
  /** A table of the challenge's dataset version. */
  table: identifier,
  /** Columns of that table. Default: none, the table as a whole. */
  columns: z.array(identifier).default([]),
});

/** A clinical question teams may choose. */
const challenge = z.strictObject({
  /** Lower-case words and hyphens; projects name their challenge by it. */
  id: slug,
  /** A short name, such as "Fluids in the first six hours of sepsis". */
  title: text,
  /** The clinical question itself, as the proposer would ask it. */
  question: text,
  /** Who asked the question; `role` is their clinical role, such as "ICU nurse". */
  proposed_by: z.strictObject({ name: text, role: text }),
  /** The dataset version the question is pinned to; one of the event's `datasets`. */
  dataset: slug,
  version: versionSchema.shape.version,
  /** Where to start in the dictionary. Default: none. */
  tables: z.array(suggestedTable).default([]),
});
export type ChallengeEntry = z.output<typeof challenge>;

/** Someone teams can ask for help. */
const mentor = z.strictObject({
  name: text,
  /** Their role, such as "intensivist" or "biostatistician". */
  role: text,
  affiliation: text.optional(),
  /** Topics they can help with. Default: none listed. */
  expertise: z.array(text).default([]),
});

/** One judging criterion. Weights are percentages and add up to 100. */
const criterion = z.strictObject({
  criterion: text,
  /** Share of the score, in percent, more than 0. */
  weight: z.number().positive(),
  /** What the judges look for. Default: none. */
  description: text.optional(),
});

const prize = z.strictObject({
  title: text,
  /** What it is for or what it is. Default: none. */
  description: text.optional(),
  sponsor: text.optional(),
});

const resource = z.strictObject({
  title: text,
  url: webUrl,
  kind: resourceKind,
  description: text.optional(),
});

/** One datathon: `content/datathons/<slug>/event.yaml`. */
export const datathonSchema = z.strictObject({
  title: text,
  /** One or two sentences for the list of datathons and search results. */
  summary: text,
  /** IANA time zone of the venue or the organisers, such as `Europe/London`. */
  time_zone: text,
  /** When the event begins and ends, as wall-clock times in `time_zone`. */
  start: localDateTime,
  end: localDateTime,
  attendance: attendanceMode,
  venue: venue.optional(),
  /** Public page for joining online. Default: none (links sent to registrants). */
  online_url: webUrl.optional(),
  registration: registration.optional(),
  /** Who may take part, one line each. Default: no conditions stated. */
  eligibility: z.array(text).default([]),
  /**
   * The dataset versions the event works with. Each becomes a checklist item
   * with that dataset's access requirements (tier, training, agreement, lead
   * time). At least one.
   */
  datasets: z.array(datasetVersionRef).min(1, { error: 'expected at least one dataset version' }),
  /** Other things to prepare, one line each, such as "a laptop with R 4.4". */
  prerequisites: z.array(text).default([]),
  /** The programme. Default: none yet ("to be announced"). */
  sessions: z.array(session).default([]),
  challenges: z.array(challenge).default([]),
  /** Team size and required roles. Default: 3 to 5, a clinical and a technical member. */
  team_rules: teamRules.prefault({}),
  mentors: z.array(mentor).default([]),
  /** Judging criteria. Default: none published. */
  rubric: z.array(criterion).default([]),
  prizes: z.array(prize).default([]),
  /** The code of conduct every participant agrees to. */
  code_of_conduct: webUrl,
  /** Starter notebooks, compute, guides. Default: none. */
  resources: z.array(resource).default([]),
  /** Who runs the event, for the page and search engines. Default: none listed. */
  organisers: z.array(z.strictObject({ name: text, url: webUrl.optional() })).default([]),
  /** How to reach the organisers, such as an email address. Default: none. */
  contact: text.optional(),
});
export type DatathonEntry = z.output<typeof datathonSchema>;
