import type { APIRoute } from 'astro';
import { href } from '../../../../data/links.ts';
import { versionRoutes } from '../../../../data/routes.ts';
import type { Dataset, Version } from '../../../../lib/dictionary/model.ts';
import { dataPackage } from '../../../../lib/export/data-package.ts';

export const getStaticPaths = versionRoutes;

export const GET: APIRoute<{ dataset: Dataset; version: Version }> = ({ props, site }) => {
  const baseUrl = new URL(href('/'), site).href;
  const descriptor = dataPackage(props.dataset, props.version, { baseUrl });
  return new Response(`${JSON.stringify(descriptor, null, 2)}\n`, {
    headers: { 'content-type': 'application/json' },
  });
};
