import type { APIRoute } from 'astro';
import { versionDiffs } from '../../../data/changes.ts';
import { datasetRoutes } from '../../../data/routes.ts';
import { changesJson } from '../../../lib/changelog/consecutive.ts';
import type { Dataset } from '../../../lib/dictionary/model.ts';

export const getStaticPaths = datasetRoutes;

export const GET: APIRoute<{ dataset: Dataset }> = ({ props }) =>
  new Response(`${JSON.stringify(changesJson(versionDiffs(props.dataset)), null, 2)}\n`, {
    headers: { 'content-type': 'application/json' },
  });
