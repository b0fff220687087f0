import { stringify } from 'yaml';
import type { DatasetVersionRef } from '../schema/datathon.ts';

export interface ScaffoldOptions {
  slug: string;
  title: string;
  /** First day, YYYY-MM-DD; the event runs two days from it. */
  start: string;
  timeZone: string;
  dataset: DatasetVersionRef;
}

const q = (value: string) => stringify(value, { lineWidth: 0 }).trimEnd();

/** The day after a YYYY-MM-DD day. */
function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** A title from a slug: `sepsis-2026` becomes "Sepsis 2026". */
export function titleFromSlug(slug: string): string {
  const words = slug.split('-').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The text of a new event.yaml: a two-day event that passes every check, with
 * comments where an organiser has decisions to make. Text rather than a YAML
 * dump, so the comments land where they help.
 */
export function scaffoldEvent(options: ScaffoldOptions): string {
  const day1 = options.start;
  const day2 = nextDay(day1);
  const { dataset, version } = options.dataset;
  return `# A new datathon. CONTENT.md, section "Datathons", explains every field.
# Run \`npm run check\` after each change.
title: ${q(options.title)}
summary: >-
  A two-day datathon on ${dataset} ${version}. Replace this with one or two sentences
  on who it is for and what teams will work on.
# Every time below is a wall-clock time in this zone (IANA name, such as Europe/London).
time_zone: ${q(options.timeZone)}
start: ${day1}T09:00
end: ${day2}T17:00
attendance: in-person # or online, or hybrid
venue:
  name: Venue to be confirmed
# online_url: https://...
# registration:
#   url: https://...
#   opens: YYYY-MM-DD
#   closes: YYYY-MM-DD
datasets:
  - dataset: ${dataset}
    version: ${q(version)}
prerequisites:
  - A laptop with Python or R and a SQL client.
sessions:
  - title: Welcome and data access check
    kind: opening
    start: ${day1}T09:00
    end: ${day1}T09:45
  - id: team-work-day-1
    title: Team work
    kind: hacking
    start: ${day1}T09:45
    end: ${day1}T17:00
  - id: team-work-day-2
    title: Team work
    kind: hacking
    start: ${day2}T09:00
    end: ${day2}T14:00
  - title: Project presentations
    kind: judging
    start: ${day2}T14:00
    end: ${day2}T16:30
  - title: Awards and close
    kind: closing
    start: ${day2}T16:30
    end: ${day2}T17:00
# Add clinical questions here; tables and columns must exist in the pinned version.
challenges: []
#  - id: short-id
#    title: A short name
#    question: The clinical question, as its proposer would ask it.
#    proposed_by: { name: Their name, role: their clinical role }
#    dataset: ${dataset}
#    version: ${q(version)}
#    tables:
#      - table: a_table
#        columns: [a_column]
team_rules:
  min_size: 3
  max_size: 5
  require:
    - role: clinical
      at_least: 1
    - role: technical
      at_least: 1
# Weights are percentages and must add up to 100.
rubric:
  - criterion: Clinical relevance
    weight: 40
  - criterion: Soundness of the analysis
    weight: 40
  - criterion: Reproducibility
    weight: 20
# Replace with the address of your code of conduct.
code_of_conduct: https://example.org/code-of-conduct
`;
}
