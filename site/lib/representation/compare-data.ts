import type { Population, Version } from '../dictionary/model.ts';
import { publishAttribute, type PublishedAttribute } from './published.ts';

/** A reference population as the comparison tool receives it. */
export interface ComparePopulation {
  id: string;
  title: string;
  source: string;
  year: number;
  fictional: boolean;
  url?: string;
  note?: string;
  attributes: { attribute: string; categories: { name: string; share: number }[] }[];
}

/**
 * What the "compare with my population" tool needs, embedded in the page as
 * JSON: the version's published counts (small ones already hidden) and the
 * reference populations.
 */
export interface CompareData {
  attributes: PublishedAttribute[];
  populations: ComparePopulation[];
}

export function compareData(
  version: Version,
  populations: readonly Population[],
  threshold: number,
): CompareData {
  return {
    attributes: version.entry.representation.map((a) => publishAttribute(a, threshold)),
    populations: populations.map(({ id, entry }) => ({
      id,
      title: entry.title,
      source: entry.source,
      year: entry.year,
      fictional: entry.fictional,
      ...(entry.url === undefined ? {} : { url: entry.url }),
      ...(entry.note === undefined ? {} : { note: entry.note }),
      attributes: entry.attributes,
    })),
  };
}

/** Describes a population for a list or a caption: "title (source, year)". */
export function populationLabel(population: ComparePopulation): string {
  const fictional = population.fictional ? ', fictional' : '';
  return `${population.title} (${population.source}, ${population.year}${fictional})`;
}
