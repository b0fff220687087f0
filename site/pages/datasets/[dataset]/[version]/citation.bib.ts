import type { APIRoute } from 'astro';
import { href } from '../../../../data/links.ts';
import { versionRoutes } from '../../../../data/routes.ts';
import type { Dataset, Version } from '../../../../lib/dictionary/model.ts';
import { citationBibtex } from '../../../../lib/export/bibtex.ts';

export const getStaticPaths = versionRoutes;

export const GET: APIRoute<{ dataset: Dataset; version: Version }> = ({ props, site }) =>
  new Response(citationBibtex(props.dataset, props.version, new URL(href('/'), site).href), {
    headers: { 'content-type': 'application/x-bibtex; charset=utf-8' },
  });
