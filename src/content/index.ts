import type { Content, CrisisContacts } from './types';
import { crisisContactsFor } from './crisisContacts';
import { en } from './en';

/** Locales the skill is published in; each is English today, and any may override a key. */
export const supportedLocales = ['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN'] as const;

/** One published locale. */
export type SupportedLocale = (typeof supportedLocales)[number];

/** Per-locale overrides of the English content (spelling, idiom). */
const overrides: Readonly<Record<string, Partial<Content>>> = {};

/** The words and crisis numbers for a locale; unknown English locales use English with no invented numbers. */
export function contentFor(locale: string): { content: Content; contacts: CrisisContacts } {
  return { content: { ...en, ...overrides[locale] }, contacts: crisisContactsFor(locale) };
}
