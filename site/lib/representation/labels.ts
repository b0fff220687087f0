import type { CountedUnit, RecordedHow } from '../schema/representation.ts';

/** How a value was recorded, in a reader's words. */
export const recordedLabels: Record<RecordedHow, string> = {
  'self-reported': 'self-reported by the patient or a proxy',
  'staff-recorded': 'recorded by staff',
  inferred: 'inferred from other data',
};

/** What one count stands for, singular and plural. */
export const countedLabels: Record<CountedUnit, { one: string; many: string }> = {
  patients: { one: 'patient', many: 'patients' },
  admissions: { one: 'admission', many: 'admissions' },
  stays: { one: 'stay', many: 'stays' },
};
