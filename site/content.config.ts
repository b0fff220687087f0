import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentDir } from './loaders/content-dir.ts';
import { datathonLoader } from './loaders/datathon-loader.ts';
import { discussionLoader } from './loaders/discussion-loader.ts';
import { dictionaryLoader } from './loaders/dictionary-loader.ts';

// Ids keep the path as written: the default slugging would turn `1.0` into `10`.
const keepPath = ({ entry }: { entry: string }) => entry.replace(/\.mdx$/, '');

const site = defineCollection({ loader: dictionaryLoader('site') });
const datasets = defineCollection({ loader: dictionaryLoader('datasets') });
const versions = defineCollection({ loader: dictionaryLoader('versions') });
const tables = defineCollection({ loader: dictionaryLoader('tables') });
/** Reference populations, `populations/<id>.yaml`, checked with the dictionary. */
const populations = defineCollection({ loader: dictionaryLoader('populations') });

/** Guides per dataset: `datasets/<dataset>/docs/<guide>.mdx`. */
const guides = defineCollection({
  loader: glob({ pattern: 'datasets/*/docs/*.mdx', base: contentDir, generateId: keepPath }),
  schema: z.strictObject({
    title: z.string().min(1),
    /** One sentence for the guide list and search results. */
    description: z.string().min(1).optional(),
    /** Place in the dataset's guide list; lower comes first. Default: 100. */
    order: z.number().int().default(100),
  }),
});

/** Authored notes per version: `datasets/<d>/versions/<v>/release-notes.mdx`. */
const releaseNotes = defineCollection({
  loader: glob({
    pattern: 'datasets/*/versions/*/release-notes.mdx',
    base: contentDir,
    generateId: keepPath,
  }),
  schema: z.strictObject({ title: z.string().min(1).optional() }),
});

/** Datathons: `datathons/<slug>/event.yaml` and `projects/*.yaml`, checked by the loader. */
const datathons = defineCollection({ loader: datathonLoader('events') });
const datathonProjects = defineCollection({ loader: datathonLoader('projects') });
/** The optional page body of a datathon: `datathons/<slug>/index.mdx`, with no header. */
const datathonBodies = defineCollection({
  loader: glob({ pattern: 'datathons/*/index.mdx', base: contentDir, generateId: keepPath }),
  schema: z.strictObject({}),
});

/**
 * Q&A synced from GitHub Discussions: `discussions/<number>.json` (published
 * threads only, after the privacy screen and moderation.yaml), `people.yaml`,
 * the moderation decisions and the sync state, checked by the loader.
 */
const threads = defineCollection({ loader: discussionLoader('threads') });
const people = defineCollection({ loader: discussionLoader('people') });
const moderation = defineCollection({ loader: discussionLoader('moderation') });
const syncState = defineCollection({ loader: discussionLoader('syncState') });

export const collections = { site, datasets, versions, tables, populations, guides, releaseNotes,
  datathons, datathonProjects, datathonBodies, threads, people, moderation, syncState };
