/**
 * A small datathon that passes every check against the minimal dictionary
 * fixture (dataset `icu-demo`, version 1.0, tables `patients` and
 * `admissions`), for tests that break one thing at a time.
 */
import { parse } from 'yaml';
import { datathonSchema } from '../../site/lib/schema/datathon.ts';
import type { DatathonSource } from '../../site/lib/datathon/source.ts';
import { yaml } from './content-fixture.ts';

export const EVENT = 'datathons/demo-day/event.yaml';
export const PROJECT = 'datathons/demo-day/projects/length-of-stay.yaml';

export const baselineEvent = yaml`
  title: Demo Day
  summary: A one-day test datathon.
  time_zone: America/Chicago
  start: 2025-10-17T09:00
  end: 2025-10-17T17:00
  attendance: in-person
  venue:
    name: Teaching Centre
  datasets:
    - dataset: icu-demo
      version: "1.0"
  sessions:
    - title: Welcome
      kind: opening
      start: 2025-10-17T09:00
      end: 2025-10-17T09:30
      room: Room 1
    - id: work
      title: Team work
      kind: hacking
      start: 2025-10-17T09:30
      end: 2025-10-17T16:00
    - title: Presentations
      kind: judging
      start: 2025-10-17T16:00
      end: 2025-10-17T17:00
  challenges:
    - id: old-age
      title: Age and admissions
      question: Are older patients admitted more often?
      proposed_by: { name: Ada Example, role: geriatrician }
      dataset: icu-demo
      version: "1.0"
      tables:
        - table: patients
          columns: [subject_id, anchor_age]
  rubric:
    - criterion: Relevance
      weight: 60
    - criterion: Rigour
      weight: 40
  code_of_conduct: https://example.org/conduct
`;

export const baselineProject = yaml`
  title: Length of stay by age
  summary: A made-up project.
  challenge: old-age
  team:
    - name: Ada Example
      role: clinician
    - name: Participant 2
      role: data-scientist
  datasets:
    - dataset: icu-demo
      version: "1.0"
`;

/**
 * Replaces one piece of text, and throws when it is absent, so a change to
 * the baseline cannot quietly turn a test into a no-op.
 */
export function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`the fixture has no \`${from}\``);
  return text.replace(from, to);
}

/** A datathon source straight from YAML text, without files, for model tests. */
export function sourceOf(text: string, slug = 'demo-day'): DatathonSource {
  return {
    id: slug,
    file: `content/datathons/${slug}/event.yaml`,
    data: datathonSchema.parse(parse(text)),
    projects: [],
  };
}
