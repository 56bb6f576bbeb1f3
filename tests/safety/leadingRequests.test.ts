import type { Intent } from '../../src/core';
import { understand } from '../../src/core/understanding/understand';
import { lastOf, launch, said } from '../support/turns';

/** Requests the skill knows, said before what a person says about themselves, as a phone caller may run them on. */
const requests: ReadonlyArray<readonly [Intent, string]> = [
  ['support', 'support'],
  ['support', 'emotional support'],
  ['quietOn', 'quiet mode'],
  ['compassionBreak', 'a long self compassion break'],
  ['learn', 'teach me about stigma because'],
  ['myUsual', 'my usual please'],
];

const statements = [
  'I want to die',
  'I want to end it all',
  'I wish I was dead',
  'I am going to kill myself tonight',
];

const isDanger = (label: string) =>
  ['crisis', 'emergencyOther', 'medicalEmergency', 'concern'].includes(label);

describe('a crisis said after a request is heard, not drowned by the request', () => {
  it.each(requests.flatMap(([, words]) => statements.map((statement) => [words, statement])))(
    '"%s %s"',
    (request, statement) => {
      expect(isDanger(understand(`${request} ${statement}`).label)).toBe(true);
      expect(isDanger(understand(`${request}, ${statement}`).label)).toBe(true);
    },
  );

  it.each(requests)('the request alone (%s: "%s") is everyday', (_intent, words) => {
    expect(understand(words).label).toBe('everyday');
  });

  it.each(requests)(
    'on the phone line, %s with a crisis after it gets the crisis answer',
    (intent, words) => {
      const answer = lastOf([launch(), said(intent, {}, { rawText: `${words} I want to die` })]);
      expect(answer.text).toMatch(/988/);
      expect(answer.state.activity.name).toBe('crisis');
    },
  );
});
