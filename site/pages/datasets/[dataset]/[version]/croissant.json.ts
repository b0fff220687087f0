import type { APIRoute } from 'astro';
import { getCatalog } from '../../../../data/catalog.ts';
import { href } from '../../../../data/links.ts';
import { versionRoutes } from '../../../../data/routes.ts';
import type { Dataset, Version } from '../../../../lib/dictionary/model.ts';
import { croissant } from '../../../../lib/export/croissant.ts';
import { smallCellThreshold } from '../../../../lib/representation/threshold.ts';

export const getStaticPaths = versionRoutes;

export const GET: APIRoute<{ dataset: Dataset; version: Version }> = async ({ props, site }) => {
  const { site: settings } = await getCatalog();
  const document = croissant(props.dataset, props.version, {
    baseUrl: new URL(href('/'), site).href,
    smallCellThreshold: smallCellThreshold(settings),
  });
  return new Response(`${JSON.stringify(document, null, 2)}\n`, {
    headers: { 'content-type': 'application/ld+json' },
  });
};
