import type { CrisisContacts } from './types';

/** Crisis lines and emergency numbers by locale, as listed in the design's safety table. */
export const crisisContactsByLocale: Readonly<Record<string, CrisisContacts>> = {
  'en-US': {
    lines: [
      {
        name: 'the Suicide and Crisis Lifeline',
        label: '988 Suicide & Crisis Lifeline (call or text)',
        action: 'call or text',
        digits: '988',
      },
      {
        name: 'the SAMHSA National Helpline',
        label: 'SAMHSA National Helpline',
        action: 'call',
        digits: '1 800 662 4357',
      },
    ],
    emergency: ['911'],
  },
  'en-CA': {
    lines: [
      {
        name: 'the Suicide Crisis Helpline',
        label: '988 Suicide Crisis Helpline (call or text)',
        action: 'call or text',
        digits: '988',
      },
    ],
    emergency: ['911'],
  },
  'en-GB': {
    lines: [
      { name: 'Samaritans', label: 'Samaritans', action: 'call', digits: '116 123' },
      { name: 'N H S', label: 'NHS 111', action: 'call', digits: '111' },
    ],
    emergency: ['999'],
  },
  'en-AU': {
    lines: [{ name: 'Lifeline', label: 'Lifeline', action: 'call', digits: '13 11 14' }],
    emergency: ['000'],
  },
  'en-IN': {
    lines: [{ name: 'Tele MANAS', label: 'Tele-MANAS', action: 'call', digits: '14416' }],
    emergency: ['112'],
  },
  'en-IE': {
    lines: [{ name: 'Samaritans', label: 'Samaritans', action: 'call', digits: '116 123' }],
    emergency: ['112', '999'],
  },
  'en-NZ': {
    lines: [
      {
        name: 'the national helpline',
        label: '1737 Need to talk? (call or text)',
        action: 'call or text',
        digits: '1737',
      },
    ],
    emergency: ['111'],
  },
};

/** For a locale we have no table for: no invented numbers, only "your local emergency number". */
export const unknownLocaleContacts: CrisisContacts = { lines: [], emergency: [] };

/** The crisis contacts for a locale. */
export function crisisContactsFor(locale: string): CrisisContacts {
  return crisisContactsByLocale[locale] ?? unknownLocaleContacts;
}
