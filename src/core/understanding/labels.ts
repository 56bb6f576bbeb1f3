/**
 * What the screen can hear in a statement: three kinds of emergency, distress that may hide risk, a medication
 * question or statement, a slip, and everything else.
 */
export const screenLabels = [
  'crisis',
  'emergencyOther',
  'medicalEmergency',
  'concern',
  'medication',
  'slip',
  'everyday',
] as const;

/** One thing the screen can hear. */
export type ScreenLabel = (typeof screenLabels)[number];

/** The labels that need the emergency answer now: the speaker's own crisis, someone else's, or the body's. */
export const urgentLabels: readonly ScreenLabel[] = [
  'crisis',
  'emergencyOther',
  'medicalEmergency',
];
