import { daysBeforeFullLength } from './breathingPatterns';
/** What the skill remembers about a listener between visits: only what serves them, never what they said. */
export interface UserProfile {
  readonly version: 1;
  /** The day of the first visit, YYYY-MM-DD. */
  readonly firstDay: string;
  /** The days they practised, YYYY-MM-DD, most recent last. */
  readonly practiceDays: readonly string[];
  /** How often each practice was chosen, e.g. "breathing:box", "compassionBreak". */
  readonly practiceCounts: Readonly<Record<string, number>>;
  /** Affirmations already heard, so the next days bring new ones. */
  readonly heardAffirmations: readonly number[];
  readonly hasHeardWellnessNote: boolean;
  /** The separate days four-seven-eight was practised, up to a week of them: it is kept short until then. */
  readonly fourSevenEightDays: readonly string[];
  readonly reminder?: { readonly time: string; readonly alertToken?: string };
  /** Quiet mode: practices without chimes, in a softer voice. */
  readonly isQuiet?: boolean;
  /** The device's time zone, as the platform last told it, so days and hours are the listener's own. */
  readonly timeZone?: string;
}

/** Practice days kept: a little over a year is enough for "in all" and "this week". */
const keptDays = 400;

/** A listener the skill has not met before. */
export const newProfile = (today: string): UserProfile => ({
  version: 1,
  firstDay: today,
  practiceDays: [],
  practiceCounts: {},
  heardAffirmations: [],
  hasHeardWellnessNote: false,
  fourSevenEightDays: [],
});

const isDay = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
/** The shape of a time zone name ("America/Los_Angeles", "UTC", "Etc/GMT+8"); the platform checks it is real. */
const isZoneName = (value: unknown): value is string =>
  typeof value === 'string' && /^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/.test(value);
const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** Reads a stored profile; anything unrecognisable is treated as a first visit. */
export function restoreProfile(saved: unknown): UserProfile | undefined {
  if (typeof saved !== 'object' || saved === null) return undefined;
  const value = saved as Partial<Record<keyof UserProfile, unknown>>;
  if (value.version !== 1 || !isDay(value.firstDay)) return undefined;
  const counts =
    typeof value.practiceCounts === 'object' && value.practiceCounts !== null
      ? value.practiceCounts
      : {};
  const reminder = value.reminder as { time?: unknown; alertToken?: unknown } | undefined;
  return {
    version: 1,
    firstDay: value.firstDay,
    practiceDays: Array.isArray(value.practiceDays)
      ? value.practiceDays.filter(isDay).slice(-keptDays)
      : [],
    practiceCounts: Object.fromEntries(
      Object.entries(counts).filter(([, count]) => isCount(count)),
    ) as Record<string, number>,
    heardAffirmations: Array.isArray(value.heardAffirmations)
      ? value.heardAffirmations.filter(isCount)
      : [],
    hasHeardWellnessNote: value.hasHeardWellnessNote === true,
    fourSevenEightDays: Array.isArray(value.fourSevenEightDays)
      ? [...new Set(value.fourSevenEightDays.filter(isDay))].slice(-daysBeforeFullLength)
      : [],
    ...(value.isQuiet === true ? { isQuiet: true } : {}),
    ...(isZoneName(value.timeZone) ? { timeZone: value.timeZone } : {}),
    ...(reminder && typeof reminder.time === 'string'
      ? {
          reminder: {
            time: reminder.time,
            ...(typeof reminder.alertToken === 'string' ? { alertToken: reminder.alertToken } : {}),
          },
        }
      : {}),
  };
}

/** The profile after a practice today. */
export function recordPractice(profile: UserProfile, today: string, practice: string): UserProfile {
  const days = profile.practiceDays.includes(today)
    ? profile.practiceDays
    : [...profile.practiceDays, today];
  return {
    ...profile,
    practiceDays: days.slice(-keptDays),
    practiceCounts: {
      ...profile.practiceCounts,
      [practice]: (profile.practiceCounts[practice] ?? 0) + 1,
    },
  };
}

/** The profile after practising four-seven-eight today. */
export function recordFourSevenEight(profile: UserProfile, today: string): UserProfile {
  const days = profile.fourSevenEightDays.includes(today)
    ? profile.fourSevenEightDays
    : [...profile.fourSevenEightDays, today];
  return { ...profile, fourSevenEightDays: days.slice(-daysBeforeFullLength) };
}

/** The practice chosen most often, if any. */
export function favouritePractice(profile: UserProfile): string | undefined {
  return Object.entries(profile.practiceCounts).sort(
    (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
  )[0]?.[0];
}

/** Days practised in the seven days up to and including today. */
export function daysThisWeek(profile: UserProfile, today: string): number {
  const end = Date.parse(`${today}T00:00:00Z`);
  return profile.practiceDays.filter((day) => {
    const age = (end - Date.parse(`${day}T00:00:00Z`)) / 86_400_000;
    return age >= 0 && age < 7;
  }).length;
}
