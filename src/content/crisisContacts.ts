import type { CrisisContacts } from './types';

/**
 * Crisis lines and emergency numbers by locale, as listed in the design's safety table, each said as its country
 * says it. Re-check every number before a release.
 */
export const crisisContactsByLocale: Readonly<Record<string, CrisisContacts>> = {
  'en-US': {
    lines: [
      {
        name: 'the Suicide and Crisis Lifeline',
        label: '988 Suicide & Crisis Lifeline (call or text; Spanish: press 2)',
        action: 'call or text',
        digits: '988',
      },
    ],
    emergency: [{ digits: '911' }],
    referral: {
      name: 'the SAMHSA National Helpline',
      label: 'SAMHSA National Helpline (free, confidential treatment referral)',
      action: 'call',
      digits: '1 800 662 4357',
    },
    // The Lifeline's ten-digit number, which reaches the same counsellors as 988.
    transferTo: '+18002738255',
  },
  'en-CA': {
    lines: [
      {
        name: 'the Suicide Crisis Helpline',
        label: '9-8-8 Suicide Crisis Helpline (call or text)',
        action: 'call or text',
        digits: '988',
      },
    ],
    emergency: [{ digits: '911' }],
  },
  'en-GB': {
    lines: [
      {
        name: 'Samaritans',
        label: 'Samaritans (free, any time)',
        action: 'call',
        digits: '116 123',
      },
      {
        name: 'N H S',
        label: 'NHS 111 (choose the mental health option)',
        action: 'call',
        digits: '111',
        howTo: 'and choose the mental health option',
      },
    ],
    emergency: [{ digits: '999' }],
    urgentAdvice: { name: 'N H S', label: 'NHS 111', action: 'call', digits: '111' },
  },
  'en-AU': {
    lines: [
      {
        name: 'Lifeline',
        label: 'Lifeline 13 11 14 (text 0477 13 11 14)',
        action: 'call',
        digits: '13 11 14',
        sayAs: 'thirteen eleven fourteen',
        textDigits: '0477 13 11 14',
      },
    ],
    emergency: [{ digits: '000', sayAs: 'triple zero' }],
  },
  'en-IN': {
    lines: [
      {
        name: 'Tele MANAS',
        label: 'Tele-MANAS 14416 (or 1-800-891-4416)',
        action: 'call',
        digits: '14416',
      },
    ],
    emergency: [{ digits: '112' }],
  },
  'en-IE': {
    lines: [
      {
        name: 'Samaritans',
        label: 'Samaritans 116 123 (free, any time; text 50808)',
        action: 'call',
        digits: '116 123',
        textDigits: '50808',
      },
    ],
    emergency: [{ digits: '112' }, { digits: '999' }],
  },
  'en-NZ': {
    lines: [
      {
        name: 'Need to Talk',
        label: '1737 Need to talk? (call or text)',
        action: 'call or text',
        digits: '1737',
      },
    ],
    emergency: [{ digits: '111' }],
  },
};

/** For a locale we have no table for: no invented numbers, only "your local emergency number". */
export const unknownLocaleContacts: CrisisContacts = { lines: [], emergency: [] };

/** The crisis contacts for a locale. */
export function crisisContactsFor(locale: string): CrisisContacts {
  return crisisContactsByLocale[locale] ?? unknownLocaleContacts;
}
