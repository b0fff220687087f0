import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentDir } from './loaders/content-dir.ts';
import { dictionaryLoader } from './loaders/dictionary-loader.ts';

// Ids keep the path as written: the default slugging would turn `1.0` into `10`.
const keepPath = ({ entry }: { entry: string }) => entry.replace(/\.mdx$/, '');

const site = defineCollection({ loader: dictionaryLoader('site') });
const datasets = defineCollection({ loader: dictionaryLoader('datasets') });
const versions = defineCollection({ loader: dictionaryLoader('versions') });
const tables = defineCollection({ loader: dictionaryLoader('tables') });

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

export const collections = { site, datasets, versions, tables, guides, releaseNotes };
