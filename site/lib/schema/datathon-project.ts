import { z } from 'astro/zod';
import { doi, slug, webUrl } from './common.ts';
import { datasetVersionRef } from './datathon.ts';
import { participantRole } from './datathon-team.ts';

const text = z.string().min(1);

/** One team member as published. */
const member = z.strictObject({
  /**
   * The name as the person agreed to have it published. For anyone who did not
   * agree, write a stand-in such as "Participant 3" (the team tool does this).
   */
  name: text,
  role: participantRole,
});

/** One team's result: `content/datathons/<slug>/projects/<project>.yaml`. */
export const projectSchema = z.strictObject({
  title: text,
  /** What the team asked, did and found, in a few sentences. */
  summary: text,
  /** The id of the event's challenge the team took on. Default: their own question. */
  challenge: slug.optional(),
  team: z.array(member).min(1, { error: 'expected at least one team member' }),
  /** Where the code lives. Default: none. */
  repository: webUrl.optional(),
  /**
   * Every dataset version the analysis used, so the result can be reproduced
   * against exactly those versions. At least one.
   */
  datasets: z.array(datasetVersionRef).min(1, { error: 'expected at least one dataset version' }),
  /** The prize or mention the project received. Default: none. */
  award: text.optional(),
  /** A DOI for the archived code, poster or paper. Default: none. */
  doi: doi.optional(),
});
export type ProjectEntry = z.output<typeof projectSchema>;
