import { labels } from '../dictionary/labels.ts';
import type { Dataset, Version } from '../dictionary/model.ts';
import { compact } from '../import/compact.ts';
import { formatShare } from '../representation/format.ts';
import { recordedLabels } from '../representation/labels.ts';
import { publishAttribute, unknownShare } from '../representation/published.ts';

/**
 * The Responsible AI properties of a Croissant document (the `rai:`
 * vocabulary, RAI 1.0), filled from what the dataset card shows. Each is
 * left out when the content says nothing about it.
 */
export function croissantRai(dataset: Dataset, version: Version, threshold: number) {
  const { entry } = dataset;
  const published = version.entry.representation.map((a) => publishAttribute(a, threshold));
  const span = version.entry.timeframe;
  const sources = [...new Set(version.tables.flatMap((t) => t.source_system ?? []))];
  const phi = [...new Set(version.tables.flatMap((t) => t.columns.flatMap((c) =>
    c.phi ? [c.phi.category] : [])))];
  const maintenance = entry.maintenance;
  return compact({
    'rai:dataCollection': collectionText(dataset),
    // The RAI 1.0 property table spells it `Timeframe`; its prose once says
    // `TimeFrame`. The table is taken as the authority.
    'rai:dataCollectionTimeframe': span && [startOf(span.start), endOf(span.end)],
    'rai:dataCollectionRawData': sources.length > 0
      ? `Records from: ${sources.join('; ')}.`
      : undefined,
    'rai:dataCollectionMissingData': published.length > 0
      ? published.map((a) => `${a.title}: ${formatShare(unknownShare(a).share)} unknown.`)
      : undefined,
    'rai:dataManipulationProtocol': [
      labels.deidentification[entry.deidentification.method],
      ...entry.deidentification.transforms,
    ],
    'rai:personalSensitiveInformation': nonEmpty([
      ...published.map((a) => `${a.title} (${recordedLabels[a.recorded]})`),
      ...phi.map((category) => `De-identified identifiers: ${category}`),
    ]),
    'rai:dataBiases': nonEmpty(published.map((a) =>
      `${a.title} was ${recordedLabels[a.recorded]}` + (a.note ? `: ${a.note}` : '.'))),
    'rai:dataLimitations': nonEmpty([
      ...entry.limitations,
      ...entry.out_of_scope_uses.map((use) => `Out of scope: ${use}`),
    ]),
    'rai:dataUseCases': nonEmpty(entry.intended_uses),
    'rai:dataReleaseMaintenancePlan': maintenance && [
      `Maintained by ${maintenance.maintainer}.`,
      ...(maintenance.schedule ? [maintenance.schedule] : []),
      ...(maintenance.errata ? [`Known errors: ${maintenance.errata}`] : []),
    ].join(' '),
  });
}

function collectionText(dataset: Dataset): string | undefined {
  const collection = dataset.entry.collection;
  if (!collection) return undefined;
  const sites = collection.sites.map((s) => s.name).join('; ');
  const settings = collection.care_settings.length > 0
    ? ` Care settings: ${collection.care_settings.join('; ')}.`
    : '';
  return `Sites: ${sites}.${settings}${collection.method ? ` ${collection.method}` : ''}`;
}

// RAI wants date-times; a bare year stands for its first or last day.
const startOf = (value: string) => (value.length === 4 ? `${value}-01-01` : value);
const endOf = (value: string) => (value.length === 4 ? `${value}-12-31` : value);

function nonEmpty(list: string[]): string[] | undefined {
  return list.length > 0 ? list : undefined;
}
