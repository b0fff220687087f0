import type { RequiredRole, TeamRules } from '../schema/datathon-team.ts';
import type { Participant } from './participant.ts';
import { fills, sideOf } from './roles.ts';
import { seededRandom, shuffled } from '../seeded-random.ts';

/** One proposed team. */
export interface ProposedTeam {
  /** "Team 1", "Team 2"... */
  name: string;
  members: Participant[];
  /** The first preference most members share, when there is one. */
  challenge: string | undefined;
}

export interface TeamProposal {
  teams: ProposedTeam[];
  /** What the rules could not have, in words for the organiser. */
  warnings: string[];
}

/** Fewest teams that respect the size limit. */
function teamCount(people: number, rules: TeamRules): number {
  return Math.max(1, Math.ceil(people / rules.max_size));
}

function shortfall(people: Participant[], teams: number, need: RequiredRole): string | undefined {
  const supply = people.filter((p) => fills(p.role, need.role)).length;
  const wanted = teams * need.at_least;
  if (supply >= wanted) return undefined;
  return `${supply} registration(s) can fill the role \`${need.role}\`, but ${teams} team(s) ` +
    `need ${wanted}: some teams will lack it; recruit more, or merge teams by hand`;
}

/** The most common first preference, ties broken alphabetically so the result is stable. */
function sharedChallenge(members: Participant[]): string | undefined {
  const votes = new Map<string, number>();
  for (const m of members) {
    const first = m.preferences[0];
    if (first) votes.set(first, (votes.get(first) ?? 0) + 1);
  }
  return [...votes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

/**
 * Proposes teams under the event's rules. Teams get the fewest count the
 * maximum size allows; required roles are placed first, scarcest first, one
 * round at a time so they spread across teams; everyone else joins the
 * smallest team, preferring the one with fewest people from their side and
 * then the one whose members share their first preference. Registrations are
 * shuffled by `seed` first, so one seed always gives the same proposal and
 * another seed gives a different one to compare.
 */
export function proposeTeams(people: Participant[], rules: TeamRules, seed: number): TeamProposal {
  const warnings: string[] = [];
  if (people.length === 0) return { teams: [], warnings: ['no registrations to form teams from'] };
  const count = teamCount(people.length, rules);
  if (people.length < count * rules.min_size) {
    warnings.push(`${people.length} registration(s) cannot make ${count} team(s) of at least ` +
      `${rules.min_size}: some teams will be smaller`);
  }
  const teams: Participant[][] = Array.from({ length: count }, () => []);
  const pool = shuffled(people, seededRandom(seed));
  const take = (wanted: RequiredRole['role']) => {
    const i = pool.findIndex((p) => fills(p.role, wanted));
    return i < 0 ? undefined : pool.splice(i, 1)[0];
  };

  const scarcity = (need: RequiredRole) =>
    people.filter((p) => fills(p.role, need.role)).length / (count * need.at_least);
  const needs = [...rules.require].sort((a, b) => scarcity(a) - scarcity(b));
  for (const need of needs) {
    const missing = shortfall(people, count, need);
    if (missing) warnings.push(missing);
    for (let round = 0; round < need.at_least; round++) {
      for (const team of teams) {
        const has = team.filter((m) => fills(m.role, need.role)).length;
        if (has > round || team.length >= rules.max_size) continue;
        const person = take(need.role);
        if (person) team.push(person);
      }
    }
  }

  // Clinical people first, then technical, then the rest, so each side spreads evenly.
  const sideRank = { clinical: 0, technical: 1 } as const;
  const rank = (p: Participant) => {
    const side = sideOf(p.role);
    return side ? sideRank[side] : 2;
  };
  const rest = pool.map((p, i) => ({ p, i }))
    .sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i)
    .map(({ p }) => p);
  // TODO(datathon-teams): preferences only break ties between otherwise equal
  // teams; a search trading balance against preferences would honour them more.
  for (const person of rest) {
    const side = sideOf(person.role);
    const score = (team: Participant[]) => [
      team.length,
      team.filter((m) => side !== undefined && sideOf(m.role) === side).length,
      -team.filter((m) => person.preferences[0] && m.preferences[0] === person.preferences[0])
        .length,
    ];
    const open = teams.filter((t) => t.length < rules.max_size);
    const best = open.reduce((a, b) => (compare(score(b), score(a)) < 0 ? b : a));
    best.push(person);
  }
  return {
    teams: teams.map((members, i) => ({
      name: `Team ${i + 1}`,
      members,
      challenge: sharedChallenge(members),
    })),
    warnings,
  };
}

/** Compares score lists element by element. */
function compare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}
