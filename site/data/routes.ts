import { getCatalog } from './catalog.ts';

/** Every dataset, for getStaticPaths. */
export async function datasetRoutes() {
  const catalog = await getCatalog();
  return catalog.datasets.map((dataset) => ({
    params: { dataset: dataset.id },
    props: { dataset },
  }));
}

/** Every version of every dataset. */
export async function versionRoutes() {
  const catalog = await getCatalog();
  return catalog.datasets.flatMap((dataset) =>
    dataset.versions.map((version) => ({
      params: { dataset: dataset.id, version: version.id },
      props: { dataset, version },
    })),
  );
}

/** Every table of every version. */
export async function tableRoutes() {
  const catalog = await getCatalog();
  return catalog.datasets.flatMap((dataset) =>
    dataset.versions.flatMap((version) =>
      version.tables.map((table) => ({
        params: { dataset: dataset.id, version: version.id, table: table.name },
        props: { dataset, version, table },
      })),
    ),
  );
}
