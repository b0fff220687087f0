import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind index after Astro writes the site. Only regions marked
 * `data-pagefind-body` are indexed (dictionary tables, guides), which keeps
 * the index and the indexer's memory small on large dictionaries.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'rounds:search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const path = fileURLToPath(dir);
        try {
          const created = await pagefind.createIndex({ forceLanguage: 'en' });
          if (!created.index) throw new Error(created.errors.join('; '));
          const added = await created.index.addDirectory({ path });
          if (added.errors.length) throw new Error(added.errors.join('; '));
          const written = await created.index.writeFiles({ outputPath: `${path}/pagefind` });
          if (written.errors.length) throw new Error(written.errors.join('; '));
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          logger.info(`indexed ${added.page_count} pages in ${seconds} s`);
        } catch (error) {
          logger.error(`search index failed: ${(error as Error).message}`);
          throw error;
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
