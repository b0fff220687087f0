import { findDataset, type Catalog, type Dataset } from '../dictionary/model.ts';
import type { Datathon } from './model.ts';

/** What a participant has to do to work with one dataset version at the event. */
export interface AccessItem {
  dataset: Dataset;
  version: string;
  training: { name: string; url?: string | undefined }[];
  dataUseAgreement: string | undefined;
  leadTimeDays: number | undefined;
  /** The last day (YYYY-MM-DD) to ask for access and still have it by the start. */
  requestBy: string | undefined;
}

const day = 86_400_000;

/**
 * One checklist item per pinned dataset version, from that dataset's own
 * access section, so the event page never restates (and never contradicts)
 * what the dataset card says.
 */
export function accessChecklist(datathon: Datathon, catalog: Catalog): AccessItem[] {
  return datathon.entry.datasets.flatMap((ref) => {
    const dataset = findDataset(catalog, ref.dataset);
    if (!dataset) return [];
    const { access } = dataset.entry;
    const firstDay = datathon.entry.start.slice(0, 10);
    const requestBy = access.lead_time_days === undefined || access.tier === 'open'
      ? undefined
      : new Date(Date.parse(`${firstDay}T00:00:00Z`) - access.lead_time_days * day)
        .toISOString().slice(0, 10);
    return [{
      dataset,
      version: ref.version,
      training: access.training,
      dataUseAgreement: access.data_use_agreement,
      leadTimeDays: access.lead_time_days,
      requestBy,
    }];
  });
}
