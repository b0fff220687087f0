import type { APIRoute } from 'astro';
import { versionRoutes } from '../../../../data/routes.ts';
import type { Dataset, Version } from '../../../../lib/dictionary/model.ts';
import { dictionaryCsv } from '../../../../lib/export/dictionary-csv.ts';

export const getStaticPaths = versionRoutes;

export const GET: APIRoute<{ dataset: Dataset; version: Version }> = ({ props }) =>
  new Response(dictionaryCsv(props.dataset, props.version), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
