import type { Problem } from '../content/problem.ts';
import { closest } from '../content/suggest.ts';
import type { Catalog } from '../dictionary/model.ts';
import type { DatathonEntry } from '../schema/datathon.ts';
import { checkEventData, resolveVersion } from './check-data-refs.ts';
import { checkSchedule } from './check-schedule.ts';
import type { DatathonSource } from './source.ts';

/** Rubric weights are percentages; they must add up to this. */
export const rubricTotal = 100;

/**
 * Rules that span files or fields: times and zones, rubric weights, team
 * rules, venues, and every reference into the dictionary, from the event and
 * from its projects. Each file was validated on its own first.
 */
export function checkDatathons(datathons: DatathonSource[], catalog: Catalog): Problem[] {
  const problems: Problem[] = [];
  for (const datathon of datathons) {
    const { file, data } = datathon;
    problems.push(
      ...checkSchedule(file, data),
      ...checkRubric(file, data),
      ...checkTeamRules(file, data),
      ...checkVenue(file, data),
      ...checkEventData(file, data, catalog),
    );
    const challenges = data.challenges.map((c) => c.id);
    for (const project of datathon.projects) {
      project.data.datasets.forEach((ref, i) =>
        resolveVersion(catalog, ref, project.file, `datasets[${i}]`, problems));
      const challenge = project.data.challenge;
      if (challenge !== undefined && !challenges.includes(challenge)) {
        const guess = closest(challenge, challenges);
        problems.push({
          file: project.file,
          path: 'challenge',
          message: `the event has no challenge \`${challenge}\``,
          hint: guess
            ? `did you mean \`${guess}\`?`
            : challenges.length > 0
              ? `use one of ${challenges.map((c) => `\`${c}\``).join(', ')}, or remove ` +
                '`challenge` for a question of the team\'s own'
              : 'remove `challenge`: the event lists no challenges',
        });
      }
    }
  }
  return problems;
}

function checkRubric(file: string, event: DatathonEntry): Problem[] {
  if (event.rubric.length === 0) return [];
  const sum = event.rubric.reduce((total, c) => total + c.weight, 0);
  // Weights such as 33.3 are allowed; float sums are compared with a margin.
  if (Math.abs(sum - rubricTotal) < 1e-6) return [];
  const shown = Number(sum.toFixed(2));
  return [{
    file,
    path: 'rubric',
    message: `the weights add up to ${shown}, not ${rubricTotal}`,
    hint: `weights are percentages: change them so that they add up to ${rubricTotal}`,
  }];
}

function checkTeamRules(file: string, event: DatathonEntry): Problem[] {
  const rules = event.team_rules;
  const problems: Problem[] = [];
  if (rules.max_size < rules.min_size) {
    problems.push({
      file,
      path: 'team_rules.max_size',
      message: `\`max_size\` ${rules.max_size} is smaller than \`min_size\` ${rules.min_size}`,
      hint: 'swap the two numbers, or correct the one that is wrong',
    });
  }
  const needed = rules.require.reduce((n, r) => n + r.at_least, 0);
  if (needed > rules.max_size) {
    problems.push({
      file,
      path: 'team_rules.require',
      message: `the required roles need ${needed} members, but a team may have at most ` +
        `${rules.max_size}`,
      hint: 'lower `at_least`, or raise `max_size`',
    });
  }
  return problems;
}

function checkVenue(file: string, event: DatathonEntry): Problem[] {
  if (event.attendance === 'online' || event.venue) return [];
  return [{
    file,
    path: 'venue',
    message: `missing; an event with \`attendance: ${event.attendance}\` needs a venue`,
    hint: 'add `venue` with at least a `name`, or set `attendance: online`',
  }];
}
