import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { proposeTeams } from '../../site/lib/datathon/balance-teams.ts';
import type { Participant } from '../../site/lib/datathon/participant.ts';
import { readRegistrations } from '../../site/lib/datathon/registrations.ts';
import { fills } from '../../site/lib/datathon/roles.ts';
import { teamsYaml } from '../../site/lib/datathon/teams-yaml.ts';
import { teamRules, type ParticipantRole } from '../../site/lib/schema/datathon-team.ts';

const defaults = teamRules.parse({});

/** A pool with the given number of people per role, numbered in row order. */
function pool(counts: Partial<Record<ParticipantRole, number>>): Participant[] {
  const people: Participant[] = [];
  for (const [role, count] of Object.entries(counts)) {
    for (let i = 0; i < count; i++) {
      const row = people.length + 1;
      people.push({
        row,
        name: `Person ${row}`,
        role: role as ParticipantRole,
        skills: [],
        preferences: [row % 2 ? 'sepsis' : 'triage'],
        publish: row % 3 !== 0,
      });
    }
  }
  return people;
}

const people = pool({ clinician: 3, nurse: 2, 'data-scientist': 5, engineer: 3, student: 3 });
const names = (seed: number) =>
  proposeTeams(people, defaults, seed).teams.map((t) => t.members.map((m) => m.row));

describe('team balancing', () => {
  it('gives every team a clinical and a technical member, within the size limits', () => {
    for (const seed of [1, 2, 3, 42]) {
      const { teams, warnings } = proposeTeams(people, defaults, seed);
      expect(warnings).toEqual([]);
      expect(teams).toHaveLength(4);
      for (const team of teams) {
        expect(team.members.length).toBeGreaterThanOrEqual(defaults.min_size);
        expect(team.members.length).toBeLessThanOrEqual(defaults.max_size);
        expect(team.members.some((m) => fills(m.role, 'clinical'))).toBe(true);
        expect(team.members.some((m) => fills(m.role, 'technical'))).toBe(true);
      }
      const placed = teams.flatMap((t) => t.members.map((m) => m.row)).sort((a, b) => a - b);
      expect(placed).toEqual(people.map((p) => p.row));
    }
  });

  it('gives the same teams for the same seed and different ones for other seeds', () => {
    expect(names(7)).toEqual(names(7));
    const others = [1, 2, 3, 4, 5].map((seed) => JSON.stringify(names(seed)));
    expect(new Set(others).size).toBeGreaterThan(1);
  });

  it('places a specific required role in every team when there are enough of them', () => {
    const rules = teamRules.parse({ require: [{ role: 'nurse' }, { role: 'technical' }] });
    const mixed = pool({ nurse: 3, clinician: 3, statistician: 4, engineer: 2 });
    const { teams } = proposeTeams(mixed, rules, 5);
    expect(teams).toHaveLength(3);
    for (const team of teams) expect(team.members.some((m) => m.role === 'nurse')).toBe(true);
  });

  it('warns when there are too few clinicians for every team', () => {
    const { teams, warnings } = proposeTeams(pool({ clinician: 1, engineer: 9 }), defaults, 1);
    expect(teams).toHaveLength(2);
    expect(warnings).toEqual([
      '1 registration(s) can fill the role `clinical`, but 2 team(s) need 2: some teams ' +
        'will lack it; recruit more, or merge teams by hand',
    ]);
  });

  it('suggests the challenge most members put first', () => {
    const { teams } = proposeTeams(people, defaults, 3);
    for (const team of teams) expect(['sepsis', 'triage']).toContain(team.challenge);
  });
});

describe('registration files', () => {
  const csv = [
    'Name,Role,Skills,Preferences,Publish,Email',
    'Ana Ruiz,Intensivist,sepsis; ventilation,fluids,yes,ana@example.org',
    'Ben Okafor,data scientist,"python, sql",,no,ben@example.org',
    'Chen Wei,nurse,,,,chen@example.org',
  ].join('\n');

  it('reads roles as people write them and keeps names private unless agreed', () => {
    const { participants, problems } = readRegistrations(csv, 'registrations.csv');
    expect(problems).toEqual([]);
    expect(participants.map((p) => [p.row, p.role, p.publish])).toEqual([
      [1, 'clinician', true],
      [2, 'data-scientist', false],
      [3, 'nurse', false],
    ]);
    expect(participants[1]!.skills).toEqual(['python', 'sql']);
  });

  it('names the row, the column and the fix for a role it does not know', () => {
    const { problems } = readRegistrations(`${csv}\nDee,nurs,,,yes,d@example.org`, 'r.csv');
    expect(problems).toEqual([{
      file: 'r.csv',
      path: 'row 4 (line 5), role',
      message: '`nurs` is not a role the team tool knows',
      hint: 'did you mean `nurse`?',
    }]);
  });

  it('reports a header without a role column', () => {
    const { problems } = readRegistrations('name,roles\nAna,nurse\n', 'r.csv');
    expect(problems).toEqual([expect.objectContaining({
      path: 'header',
      message: 'no `role` column',
      hint: 'did you mean `roles`?',
    })]);
  });
});

describe('the teams file', () => {
  it('writes only names people agreed to publish, and nothing else from the form', () => {
    const { participants } = readRegistrations([
      'name,role,skills,publish,email',
      'Ana Ruiz,clinician,sql,yes,ana@example.org',
      'Ben Okafor,engineer,python,no,ben@example.org',
      'Chen Wei,nurse,,no,chen@example.org',
    ].join('\n'), 'r.csv');
    const proposal = proposeTeams(participants, defaults, 1);
    const text = teamsYaml(proposal, { event: 'demo-day', seed: 1, registrations: 3 });
    expect(text).toContain('Ana Ruiz');
    expect(text).not.toContain('Ben Okafor');
    expect(text).not.toContain('Chen Wei');
    expect(text).not.toContain('example.org');
    const written = parse(text) as { teams: { members: { name: string; role: string }[] }[] };
    expect(written.teams.flatMap((t) => t.members.map((m) => m.name)).sort())
      .toEqual(['Ana Ruiz', 'Participant 2', 'Participant 3']);
  });
});
