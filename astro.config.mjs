// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { searchIndex } from './site/integrations/search-index.ts';

// A GitHub Pages project site is served below /<repository>/: set ROUNDS_BASE.
const base = process.env.ROUNDS_BASE ?? '/';

export default defineConfig({
  srcDir: './site',
  site: process.env.ROUNDS_SITE ?? 'https://rounds-health.github.io',
  base,
  // Tests and the benchmark build in parallel with a developer's own build.
  cacheDir: process.env.ROUNDS_CACHE ?? './node_modules/.astro',
  trailingSlash: 'ignore',
  // Lossless whitespace removal: the default JSX rules glue inline words together,
  // which the search index then reads as one word.
  compressHTML: true,
  integrations: [
    mdx(),
    // The latest aliases are redirects marked noindex; search engines should
    // list the versioned pages they point at.
    sitemap({ filter: (page) => !/\/datasets\/[^/]+\/latest\//.test(page) }),
    searchIndex(),
  ],
  devToolbar: { enabled: false },
});
