/** Reader-facing words for the coded values of the content model. */
export const labels = {
  accessTier: {
    open: 'Open: anyone may download the files.',
    registered: 'Registered: create an account and accept the terms.',
    credentialed: 'Credentialed: identity checked, training and a data-use agreement required.',
    restricted: 'Restricted: access case by case, after review of a project proposal.',
  },
  consentModel: {
    'opt-in': 'Opt-in: people agreed to take part.',
    'opt-out': 'Opt-out: people were included unless they declined.',
    waiver: 'Waiver: an ethics board waived individual consent.',
    broad: 'Broad consent: people agreed to future research of this kind.',
  },
  deidentification: {
    'safe-harbor': 'HIPAA Safe Harbor: the listed identifiers were removed or transformed.',
    'expert-determination':
      'HIPAA Expert Determination: an expert judged the re-identification risk very small.',
    anonymisation: 'Anonymisation: data changed so that people can no longer be identified.',
    pseudonymisation: 'Pseudonymisation: identifiers replaced by codes held separately.',
  },
  generatedBy: {
    'nurse-charting': 'Nurse charting',
    'physician-order': 'Physician orders and notes',
    'clinical-coder': 'Clinical coder',
    'admission-clerk': 'Admission and bed management staff',
    laboratory: 'Laboratory system',
    pharmacy: 'Pharmacy system',
    device: 'Device, captured automatically',
    derived: 'Derived by the dataset pipeline',
    system: 'Source system',
  },
} as const;
