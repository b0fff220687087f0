import { stringify } from 'yaml';
import type { TeamProposal } from './balance-teams.ts';
import { publicName } from './participant.ts';

/** A scalar as YAML writes it, quoted only when it must be. */
function scalar(value: string | number): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/**
 * The proposal as YAML organisers edit by hand. Members are written as a
 * project file's `team` entries (`name`, `role`), so a team can be pasted into
 * its project once it has one; skills follow as a comment to guide swaps.
 * Only public names are written: a person who did not agree to publish appears
 * as "Participant N", N being their row in the registration file.
 */
export function teamsYaml(
  proposal: TeamProposal,
  about: { event: string | undefined; seed: number; registrations: number },
): string {
  const lines = [
    `# Teams proposed from ${about.registrations} registration(s) with seed ${about.seed}.`,
    '# Edit freely. "Participant N" is row N of the registration file, which stays',
    '# out of git; only names people agreed to publish are written here.',
  ];
  if (about.event) lines.push(`event: ${scalar(about.event)}`);
  lines.push(`seed: ${about.seed}`, 'teams:');
  for (const team of proposal.teams) {
    lines.push(`  - name: ${scalar(team.name)}`);
    if (team.challenge) lines.push(`    challenge: ${scalar(team.challenge)}`);
    lines.push('    members:');
    for (const member of team.members) {
      const skills = member.skills.length > 0
        ? ` # skills: ${member.skills.join(', ').replaceAll('\n', ' ')}`
        : '';
      lines.push(`      - name: ${scalar(publicName(member))}`);
      lines.push(`        role: ${member.role}${skills}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
