import type { Dataset, Version } from './model.ts';

/**
 * The citation for one version: the authored one, or a default in a common
 * data-citation form (creators, year, title, version, publisher, DOI).
 */
export function citationText(dataset: Dataset, version: Version): string {
  if (version.entry.citation) return version.entry.citation;
  const names = dataset.entry.creators.map((c) => c.name);
  const creators = names.length > 3 ? `${names[0]} et al.` : names.join(', ');
  const year = version.entry.released.slice(0, 4);
  const doi = version.entry.doi ? ` https://doi.org/${version.entry.doi}` : '';
  return `${creators} (${year}). ${dataset.entry.title} (version ${version.id}). ` +
    `${dataset.entry.publisher}.${doi}`;
}
