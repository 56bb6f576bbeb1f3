import type { Content, CrisisContacts } from './types';
import { crisisContactsFor } from './crisisContacts';
import { en } from './en';
import { britishEnglish } from './en/britishEnglish';

/** Locales the skill is published in; each is English today, and any may override a key. */
export const supportedLocales = ['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN'] as const;

/** One published locale. */
export type SupportedLocale = (typeof supportedLocales)[number];

/** Per-locale overrides of the English content. */
const overrides: Readonly<Record<string, Partial<Content>>> = {
  'en-GB': britishEnglish,
  'en-AU': britishEnglish,
  'en-IN': britishEnglish,
  'en-IE': britishEnglish,
  'en-NZ': britishEnglish,
};

/** A locale in its usual spelling, whatever the platform sent: "en_gb" and "EN-gb" become "en-GB". */
export function canonicalLocale(locale: string): string {
  const [language = '', region = ''] = locale.trim().split(/[-_]/);
  return region ? `${language.toLowerCase()}-${region.toUpperCase()}` : language.toLowerCase();
}

/** The words and crisis numbers for a locale; unknown English locales use English with no invented numbers. */
export function contentFor(locale: string): { content: Content; contacts: CrisisContacts } {
  const canonical = canonicalLocale(locale);
  return { content: { ...en, ...overrides[canonical] }, contacts: crisisContactsFor(canonical) };
}
