import type { APIRoute } from 'astro';
import { href } from '../../../../data/links.ts';
import { versionRoutes } from '../../../../data/routes.ts';
import type { Dataset, Version } from '../../../../lib/dictionary/model.ts';
import { citationRis } from '../../../../lib/export/ris.ts';

export const getStaticPaths = versionRoutes;

export const GET: APIRoute<{ dataset: Dataset; version: Version }> = ({ props, site }) =>
  new Response(citationRis(props.dataset, props.version, new URL(href('/'), site).href), {
    headers: { 'content-type': 'application/x-research-info-systems; charset=utf-8' },
  });
