import type { APIRoute } from 'astro';
import { versionRoutes } from '../../../../data/routes.ts';
import type { Dataset, Version } from '../../../../lib/dictionary/model.ts';
import { dictionaryJson } from '../../../../lib/export/dictionary-json.ts';

export const getStaticPaths = versionRoutes;

export const GET: APIRoute<{ dataset: Dataset; version: Version }> = ({ props }) =>
  new Response(`${JSON.stringify(dictionaryJson(props.dataset, props.version), null, 2)}\n`, {
    headers: { 'content-type': 'application/json' },
  });
