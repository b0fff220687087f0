import type { Detector } from '../finding.ts';
import { detectAddresses } from './addresses.ts';
import { detectEmails, detectPhones } from './contact.ts';
import { detectDates } from './dates.ts';
import { detectNames } from './names.ts';
import { detectIdentifyingUrls, detectIpAddresses } from './network.ts';
import {
  detectAccountNumbers, detectRecordNumbers, detectSocialSecurityNumbers,
} from './record-numbers.ts';

/**
 * Every detector the privacy screen runs. Where two overlap (a number inside
 * a link), the screen keeps the one that starts first, so it is reported once.
 */
export const detectors: readonly Detector[] = [
  detectIdentifyingUrls,
  detectEmails,
  detectSocialSecurityNumbers,
  detectRecordNumbers,
  detectAccountNumbers,
  detectPhones,
  detectIpAddresses,
  detectDates,
  detectNames,
  detectAddresses,
];
