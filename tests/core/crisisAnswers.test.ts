import type { Turn } from '../../src/core';
import { contentFor, supportedLocales } from '../../src/content';
import { converse, count, lastOf, launch, said } from '../support/turns';

/** The locales with a crisis table, as the design lists them, and what each says aloud. */
const locales = [
  ['en-US', '988', '911'],
  ['en-CA', '988', '911'],
  ['en-GB', '116 123', '999'],
  ['en-AU', 'thirteen eleven fourteen', 'triple zero'],
  ['en-IN', '14416', '112'],
  ['en-IE', '116 123', '112 or 999'],
  ['en-NZ', '1737', '111'],
] as const;

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const thoughts = (locale: string): Turn =>
  said('said', {}, { locale, rawText: 'I want to end my life tonight' });
const call = { hasScreen: false, isPhoneCall: true, canTransferCall: true };

describe.each(locales)('thoughts of suicide in %s', (locale, line, emergency) => {
  const answer = lastOf([launch({ locale }), thoughts(locale)]);

  it('leads with the crisis line and who answers it, then the emergency number for anyone who might act', () => {
    expect(answer.text.indexOf(line)).toBeGreaterThan(0);
    expect(answer.text.indexOf(line)).toBeLessThan(answer.text.indexOf(emergency));
    expect(answer.text).toMatch(/trained counsellor|trained to help/);
    expect(answer.text).toMatch(/free, any time/);
    expect(answer.text).toMatch(
      /If you might act on these thoughts, or you've taken something, call/,
    );
  });

  it('says both numbers twice, the second time naturally, within about sixty words before it', () => {
    expect(count(answer.text, line)).toBe(2);
    expect(count(answer.text, emergency)).toBe(2);
    const before = answer.text.slice(0, answer.text.indexOf('Here it is again'));
    expect(words(before)).toBeLessThanOrEqual(locale === 'en-GB' ? 72 : 60);
    expect(answer.text).not.toMatch(/Once more/);
  });

  it('is heard in under half a minute, never names a treatment referral line, and shows the numbers', () => {
    const whoAndHow = answer.text.slice(0, answer.text.search(/free, any time/));
    expect(words(whoAndHow)).toBeLessThanOrEqual(45);
    expect(words(answer.text)).toBeLessThanOrEqual(locale === 'en-GB' ? 90 : 80);
    expect(answer.text).not.toMatch(/SAMHSA|1 800 662 4357/);
    const { contacts } = contentFor(locale);
    contacts.lines.forEach((phone) => expect(answer.reply.card?.text).toContain(phone.digits));
  });

  it('has the number itself as its reprompt', () => {
    expect(answer.repromptText.startsWith(line)).toBe(true);
    expect(answer.repromptText).toMatch(/\?$/);
  });
});

describe('after the crisis answer', () => {
  const crisis = [launch(), said('breathe', { rounds: '9' }), thoughts('en-US')];

  it('"no" to the numbers again is met with an offer to stay, not a goodbye', () => {
    const offered = lastOf([...crisis, said('no')]);
    expect(offered.reply.isListening).toBe(true);
    expect(offered.text).toMatch(/breathe slowly with me while you reach out\?$/);
    expect(offered.repromptText).toMatch(/^The number is 988/);
    expect(offered.reply.card?.text).toMatch(/988/);
  });

  it('"yes" to staying breathes a long exhale with no questions, then closes with the number last', () => {
    const together = lastOf([...crisis, said('no'), said('yes')]);
    expect(together.text).toMatch(/Breathe in\..*Breathe out/s);
    expect(together.text).toMatch(/If you feel dizzy, let your breath go back to normal/);
    expect(together.text.split('?')).toHaveLength(1);
    expect(together.text).toMatch(/988, call or text, any time\.$/);
    expect(together.reply.isListening).toBe(false);
    expect(together.reply.card?.text).toMatch(/988/);
  });

  it('"no" to staying closes kindly, with the number last', () => {
    const closing = lastOf([...crisis, said('no'), said('no')]);
    expect(closing.reply.isListening).toBe(false);
    expect(closing.text).toMatch(/You matter.*988, call or text, any time\.$/s);
  });

  it('never resumes the exercise, whatever is said', () => {
    const [, , , again, offered] = converse([...crisis, said('yes'), said('next')]);
    expect(again?.text).not.toMatch(/Breathe in/);
    expect(offered?.text).not.toMatch(/Breathe in/);
  });
});

describe('on a phone call, the skill never hangs up after a crisis answer', () => {
  const onCall = (turn: Turn): Turn => ({ ...turn, device: call, locale: 'en-GB' });
  const crisis = [onCall(launch()), onCall(thoughts('en-GB'))];

  it.each([
    ['"no", then "no"', [said('no'), said('no')]],
    ['"no", then "yes" to breathing together', [said('no'), said('yes')]],
  ])('%s stays on the line with the number, and asks what it can do', (_name, answers) => {
    const stayed = lastOf([...crisis, ...answers.map(onCall)]);
    expect(stayed.reply.isListening).toBe(true);
    expect(stayed.text).toMatch(/I'm still here with you\. The number is 116 123/);
    expect(stayed.text).toMatch(/\?$/);
  });

  it('ends only when the caller says so, with the number last', () => {
    const left = lastOf([...crisis, ...[said('no'), said('no'), said('no')].map(onCall)]);
    expect(left.reply.isListening).toBe(false);
    expect(left.text).toMatch(/116 123, call, any time\.$/);
  });
});

describe('on a US phone call, one step to a human', () => {
  const onCall = (turn: Turn): Turn => ({ ...turn, device: call });
  const crisis = [onCall(launch()), onCall(thoughts('en-US'))];

  it('offers to put the call through, and on "yes" puts it through to the Lifeline', () => {
    const [, offered, connected] = converse([...crisis, onCall(said('yes'))]);
    expect(offered?.text).toMatch(/Shall I put you through to them now\?$/);
    expect(connected?.reply.transferTo).toBe('+18002738255');
    expect(connected?.text).toMatch(/Putting you through/);
  });

  it('"no" is met with an offer to stay', () => {
    expect(lastOf([...crisis, onCall(said('no'))]).text).toMatch(/breathe slowly with me/);
  });

  it('is not offered on a call from another country, nor in a US chat', () => {
    const fromBritain = lastOf([onCall(launch()), onCall(thoughts('en-GB'))]);
    const inChat = lastOf([launch(), thoughts('en-US')]);
    for (const answer of [fromBritain, inChat]) {
      expect(answer.text).not.toMatch(/put you through/);
      expect(answer.text).toMatch(/Would you like me to say them again\?$/);
    }
  });
});

describe.each(locales)('a medical emergency in %s', (locale, line, emergency) => {
  it.each([
    [
      'their own body',
      'I mixed my diazepam with a bottle of vodka and my breathing is really slow',
      /what you took/,
    ],
    ['someone else', 'my husband took all his tablets and he will not wake up', /stay with them/],
  ])(
    'for %s: "call the emergency number now" first, three sentences, no suicide line',
    (_name, words, tell) => {
      const answer = lastOf([launch({ locale }), said('said', {}, { locale, rawText: words })]);
      expect(answer.text.startsWith(`Call ${emergency} now.`)).toBe(true);
      expect(answer.text).toMatch(tell);
      expect(answer.text.split(/[.?]\s*/).filter(Boolean)).toHaveLength(3);
      expect(answer.text).not.toContain(line);
      expect(answer.text).not.toMatch(/suicid|thoughts|counsellor|Lifeline/i);
      expect(answer.reply.card?.text).toMatch(/In an emergency, call/);
      expect(answer.repromptText).toMatch(/\?$/);
    },
  );
});

it('a medical emergency with a wish to die gets the crisis answer, with the line', () => {
  const answer = lastOf([
    launch(),
    said('said', {}, { rawText: 'I took all my pills because I want to die' }),
  ]);
  expect(answer.text).toMatch(/988/);
});

describe("medication, in the boxed warning's words", () => {
  const boxedWarning = /stopping, or cutting down too fast, can be dangerous/i;
  const noDose =
    /\d|\b(mg|milligrams?|percent|half|quarter|every (day|week|night)|per (day|week)|weeks?|months?|days?|valium|diazepam|xanax|klonopin)\b/i;

  it.each([
    ['a question', 'how much should I cut my dose by each week', /prescriber or pharmacist/],
    [
      'a statement, as a statement',
      "I'm going to quit my lorazepam cold turkey this weekend",
      /thinking about a change|what you're planning/,
    ],
    [
      'running out',
      'I ran out of my clonazepam yesterday and the pharmacy is shut',
      /call your prescriber or pharmacy today.*seizure, call 911/s,
    ],
    [
      'mixing',
      'can I drink wine with my klonopin on a night out',
      /slow your breathing dangerously|slow breathing dangerously/,
    ],
  ])('%s gets the prescriber and the warning, never a dose', (_name, words, fits) => {
    const answer = lastOf([launch(), said('said', {}, { rawText: words })]);
    expect(answer.text).toMatch(fits);
    expect(answer.text).toMatch(boxedWarning);
    expect(answer.text).toMatch(/prescriber/);
    expect(answer.text.replace(/911/g, '')).not.toMatch(noDose);
    expect(answer.text).not.toMatch(/That's an important question/);
  });

  it('a statement is never answered as a question, and says a taper can be slowed or paused', () => {
    const answer = lastOf([
      launch(),
      said('said', {}, { rawText: 'my taper is going too fast and I want to give up' }),
    ]);
    expect(answer.text).toMatch(/slowed or paused/);
  });
});

describe('a slip', () => {
  it.each(['I relapsed last night', 'I took an extra pill last night'])(
    '"%s" is met without a confession\'s framing, and no making up for it',
    (words) => {
      const answer = lastOf([launch(), said('said', {}, { rawText: words })]);
      expect(answer.text).not.toMatch(/confess|courage|thank you for telling/i);
      expect(answer.text).toMatch(/make up for it by cutting down faster or skipping doses/);
      expect(answer.text).toMatch(/much more than usual.*call 911 now/s);
      expect(answer.text.replace('911', '')).not.toMatch(/\d/);
    },
  );
});

describe('feeling unwell', () => {
  it('outside a practice, no "let\'s stop the exercise", and the severe signs get the emergency number', () => {
    const answer = lastOf([launch(), said('feelingUnwell')]);
    expect(answer.text).not.toMatch(/Let's stop/);
    expect(answer.text).toMatch(/Withdrawal can/);
    expect(answer.text).toMatch(/chest pain, confusion or a seizure.*call 911 now/s);
    expect(answer.text).toMatch(/prescriber/);
  });

  it('in a practice, it stops at once', () => {
    const answer = lastOf([launch(), said('breathe', { rounds: '9' }), said('feelingUnwell')]);
    expect(answer.text).toMatch(/^Let's stop/);
    expect(answer.text).not.toMatch(/Breathe in/);
  });

  it('in the UK, NHS 111 is the service for anything less than an emergency', () => {
    const answer = lastOf([
      launch({ locale: 'en-GB' }),
      said('feelingUnwell', {}, { locale: 'en-GB' }),
    ]);
    expect(answer.text).toMatch(/call 999 now/);
    expect(answer.text).toMatch(/prescriber how you feel, or you can call N H S on 111/);
  });
});

describe('when the skill misses what was said', () => {
  const miss = said('fallback');

  it('names the emergency number, and never says the same thing twice running', () => {
    const [, first, second, third] = converse([launch(), miss, miss, miss]);
    for (const answer of [first, second, third])
      expect(answer?.text).toMatch(/in danger, call 911/);
    expect(new Set([first?.text, second?.text, third?.text]).size).toBe(3);
  });

  it('offers one practice, then the choices, then says a kind goodbye with the number', () => {
    const [, first, second, third] = converse([launch(), miss, miss, miss]);
    expect(first?.text).toMatch(/Would you like a gentle breathing exercise\?$/);
    expect(second?.text).toMatch(/breathing, self-compassion break, or affirmation/);
    expect(third?.reply.isListening).toBe(false);
    expect(third?.text).toMatch(/call 911\.$/);
  });

  it('"yes" to the practice offered starts breathing', () => {
    expect(lastOf([launch(), miss, said('yes')]).text).toMatch(
      /^Four rounds of long exhale breathing\..*Breathe in\./s,
    );
  });

  it('starts counting again once something is understood', () => {
    const [, , , , afterwards] = converse([launch(), miss, miss, said('startOver'), miss]);
    expect(afterwards?.text).toMatch(/Would you like a gentle breathing exercise\?$/);
  });

  it('after a crisis answer, never says goodbye, however often it misses', () => {
    const answer = lastOf([launch(), thoughts('en-US'), miss, miss, miss, miss]);
    expect(answer.reply.isListening).toBe(true);
    expect(answer.text).toMatch(/988/);
  });
});

describe('the treatment referral line', () => {
  it('is in the lesson on professional support, in the US', () => {
    const answer = lastOf([launch(), said('learn', { topic: 'professional-support' })]);
    expect(answer.text).toMatch(
      /SAMHSA National Helpline is free and confidential.*1 800 662 4357/s,
    );
  });

  it.each(supportedLocales.filter((locale) => locale !== 'en-US'))(
    'is not named in %s',
    (locale) => {
      const answer = lastOf([
        launch({ locale }),
        said('learn', { topic: 'professional-support' }, { locale }),
      ]);
      expect(answer.text).not.toMatch(/SAMHSA/);
    },
  );
});

describe('once a crisis is heard, leaving ends with the number, whatever came between', () => {
  const crisis = said('crisis');
  it.each([
    ['support', [crisis, said('support')]],
    ['start over, then help', [crisis, said('startOver'), said('help')]],
    ['start over, then quiet mode', [crisis, said('startOver'), said('quietOn')]],
    ['start over, then a breathing practice', [crisis, said('startOver'), said('breathe')]],
    ['an affirmation asked for', [crisis, said('affirmation')]],
    ['words about a topic with no lesson', [crisis, said('learn', { topic: 'astrophysics' })]],
  ])('after %s, "stop" says the line and the emergency number last', (_name, between) => {
    const left = lastOf([launch(), ...between, said('stop')]);
    expect(left.reply.isListening).toBe(false);
    expect(left.text).toMatch(/988, call or text, any time\.$/);
    expect(left.reply.card?.text).toMatch(/988/);
  });

  it('after a medical emergency, the emergency number alone, never the crisis line', () => {
    const left = lastOf([launch(), said('bodyInDanger'), said('startOver'), said('stop')]);
    expect(left.text).toMatch(/911/);
    expect(left.text).not.toMatch(/988/);
  });

  it('a stray word caught as a topic does not drop the crisis for the list of lessons', () => {
    const heard = lastOf([
      launch(),
      crisis,
      said('said', {}, { rawText: 'my mom', isPartOfRequest: true, unmatchedSlots: ['topic'] }),
    ]);
    expect(heard.text).not.toMatch(/Here are three topics/);
    expect(heard.state.activity.name).toBe('crisis');
  });
});
