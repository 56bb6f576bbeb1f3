import type { FeelingFamilyName, FittingOffer } from '../../src/content/types';
import type { Speech } from '../../src/core';
import { en } from '../../src/content/en';
import { offerFor } from '../../src/core/activities/listening';
import { windDownMinutes } from '../../src/core/activities/windDown';
import { hearFeeling } from '../../src/core/understanding/hearFeeling';
import { alexaSpeech, estimateSpeechSeconds, guidedRateFactor, toSsml } from '../../src/speech';
import { converse, lastOf, launch, said } from '../support/turns';

const words = (rawText: string) => said('said', {}, { rawText });
const { families, offers, declined } = en.listening;

/** A statement of each family, as a listener might say it. */
const statements: ReadonlyArray<readonly [FeelingFamilyName, string]> = [
  ['shame', 'I feel so guilty about the way I spoke to my mum'],
  ['selfCriticism', 'I feel like a failure'],
  ['comparison', 'everyone else in my group tapered faster than me'],
  ['fear', "I'm scared this will never end"],
  ['loneliness', 'nobody understands what withdrawal is like'],
  ['stigma', "my family thinks I'm just weak"],
  ['anger', "I'm so angry at the doctor who put me on these"],
  ['lowMood', "I'm so tired and flat today"],
  ['withdrawal', 'my brain zaps are really bad today'],
  ['craving', 'I really want to take a pill right now'],
  ['panic', "my heart is racing and I'm panicking"],
  ['sleeplessness', "it's three in the morning and I'm still wide awake"],
  ['pride', 'I made it through the night'],
];

/** Sentences heard before the question: everything up to the last sentence, which asks. */
const sentencesBeforeQuestion = (text: string) =>
  text.split(/(?<=[.!?])\s+/).filter((sentence) => sentence !== '').length - 1;

describe.each(statements)('a statement of %s', (family, statement) => {
  const heard = lastOf([launch(), words(statement)]);

  it('is reflected without judgement, met kindly, and offered what fits, as a yes/no question', () => {
    expect(families[family].reflect.some((line) => heard.text.startsWith(line))).toBe(true);
    expect(families[family].kindly.some((line) => heard.text.includes(line))).toBe(true);
    expect(heard.text.endsWith(offers[offerFor[family]])).toBe(true);
    expect(sentencesBeforeQuestion(heard.text)).toBeLessThanOrEqual(2);
    expect(heard.state.question).toBe('offerFitting');
    expect(heard.repromptText).toMatch(/yes, or no/);
  });

  it('says nothing of a dose, nor gives the crisis line', () => {
    expect(heard.text).not.toMatch(/\d|milligram|988|911/);
  });
});

/** What a listener hears first when each offer starts. */
const offerStarts: Readonly<Record<FittingOffer, RegExp>> = {
  compassionBreak: /short break, just for you|self-compassion break/i,
  grounding: /five things you can see|Name five things you can see/,
  windDown: /wind down|quiet time for resting/,
  urgeSurfing: /craving/,
  longExhale: /Breathe in/,
  usual: /usual/,
  lessonComparison: /comparisons|falling behind/i,
  lessonFear: /relapse/,
  lessonStigma: /weakness|stigma/i,
  affirmationSupport: new RegExp(
    en.affirmation.all
      .map((a) => a.text)
      .join('|')
      .replace(/[?()]/g, '.'),
  ),
  affirmationHealing: new RegExp(
    en.affirmation.all
      .map((a) => a.text)
      .join('|')
      .replace(/[?()]/g, '.'),
  ),
  affirmationResilience: new RegExp(
    en.affirmation.all
      .map((a) => a.text)
      .join('|')
      .replace(/[?()]/g, '.'),
  ),
};

describe.each(statements)('"yes" to what fits %s', (family, statement) => {
  it('starts it at once', () => {
    const started = lastOf([launch(), words(statement), said('yes')]);
    expect(started.text).toMatch(offerStarts[offerFor[family]]);
    expect(started.text).not.toMatch(/^It sounds like/);
  });
});

describe('"no" to what fits', () => {
  it('gets "That\'s okay. I\'m here if you want to talk or practise.", and a short menu', () => {
    const answer = lastOf([launch(), words('I feel so alone'), said('no')]);
    expect(answer.text.startsWith(declined)).toBe(true);
    expect(answer.text).toMatch(/\?$/);
    expect(answer.reply.isListening).toBe(true);
    expect(answer.state.question).not.toBe('offerFitting');
  });
});

describe('the same feeling twice in one conversation', () => {
  it.each(statements)('%s is met in other words the second time', (_family, statement) => {
    const [, first, , second] = converse([
      launch(),
      words(statement),
      said('no'),
      words(statement),
    ]);
    const opening = (text: string) => text.split(/(?<=[.!?])\s/)[0];
    expect(opening(second!.text)).not.toBe(opening(first!.text));
  });
});

describe('the safety screen runs first', () => {
  it.each([
    ['a crisis', 'I feel so alone and I want to end my life tonight', /988|911/],
    ['a slip', 'I feel so ashamed that I relapsed last week', /doesn't undo|not a measure/],
    ['a dose question', 'I feel awful, should I cut my dose faster', /prescriber/],
  ])('%s said with a feeling gets its safety answer', (_name, statement, expected) => {
    const answer = lastOf([launch(), words(statement)]);
    expect(answer.text).toMatch(expected);
    expect(answer.state.question).not.toBe('offerFitting');
  });
});

describe('what is not a feeling is not heard as one', () => {
  it.each([
    'I',
    "I'm",
    'honestly',
    'um, I feel like',
    "I'm fine",
    'nothing',
    'not really',
    'can you help me calm down',
    'what time does the pharmacy open',
    'my sister is coming over for tea on sunday',
  ])('"%s"', (statement) => {
    expect(hearFeeling(statement)).toBeUndefined();
  });
});

/** How long speech lasts as heard: words at their pace, silences and sounds at their length. */
const secondsHeard = (speech: Speech) =>
  speech.reduce(
    (sum, part) =>
      sum +
      (part.type === 'text'
        ? estimateSpeechSeconds(part.text, part.isGuided ? guidedRateFactor : 1)
        : part.type === 'digits'
          ? 1
          : part.seconds),
    0,
  );

describe('grounding, for panic and feeling unreal', () => {
  it.each([
    ['en-US', /call 911\./],
    ['en-CA', /call 911\./],
    ['en-GB', /call 999\./],
    ['en-AU', /call triple zero\./],
    ['en-IN', /call 112\./],
  ])(
    'in %s, starts at once, lasts about ninety seconds, and ends with the signs to call for',
    (locale, number) => {
      const [, grounding] = converse([launch({ locale }), said('grounding', {}, { locale })]);
      const { speech } = grounding!.reply;
      expect(grounding!.text).toMatch(/^Let's (bring you back|ground you)/);
      expect(grounding!.text).toMatch(/five things you can see/i);
      const closing = speech.findIndex(
        (part) => part.type === 'text' && /chest pain/.test(part.text),
      );
      expect(closing).toBeGreaterThan(0);
      const seconds = secondsHeard(speech.slice(0, closing));
      expect(seconds).toBeGreaterThanOrEqual(75);
      expect(seconds).toBeLessThanOrEqual(110);
      expect(grounding!.text).toMatch(
        new RegExp(`If you also have chest pain or feel faint, ${number.source}`),
      );
    },
  );

  it('"I\'m having a panic attack" as a request starts it', () => {
    const heard = lastOf([launch(), said('grounding')]);
    expect(heard.text).toMatch(/feet/);
  });
});

describe('the wind-down, for a sleepless night', () => {
  it.each([
    [undefined, windDownMinutes.default],
    ['10', 10],
    ['15', 15],
    ['20', 20],
    ['45', 20],
    ['2', 10],
    ['lots', windDownMinutes.default],
  ])('asked for %s minutes, lasts %d as heard, asks nothing, and closes', (minutes, expected) => {
    const slots = minutes === undefined ? {} : { minutes };
    const windDown = lastOf([launch(), said('windDown', slots)]);
    const seconds = secondsHeard(windDown.reply.speech);
    expect(seconds).toBeGreaterThanOrEqual(expected * 60 * 0.95);
    expect(seconds).toBeLessThanOrEqual(expected * 60 * 1.05);
    expect(windDown.text).not.toMatch(/\?/);
    expect(windDown.reply.isListening).toBe(false);
    expect(windDown.reply.speech.some((part) => part.type === 'sound')).toBe(false);
    const ssml = toSsml(windDown.reply.speech, alexaSpeech);
    expect(ssml.length).toBeLessThan(8000);
    // The last minutes are silence: nothing is said after the goodnight.
    const last = windDown.reply.speech[windDown.reply.speech.length - 1];
    expect(last?.type).toBe('pause');
  });

  it('works one-shot, as a bedtime routine starts it', () => {
    const windDown = lastOf([said('windDown', {}, { isNewSession: true })]);
    expect(windDown.text).toMatch(/wind down|resting/);
    expect(windDown.reply.isListening).toBe(false);
  });
});

describe('late at night', () => {
  it.each([23, 0, 2, 4])(
    "at %d o'clock the welcome knows it, and offers the wind-down first",
    (localHour) => {
      const welcome = lastOf([launch({ localHour })]);
      expect(welcome.text).toMatch(/Nights can be (long, and )?the hardest part\. I'm glad/);
      expect(welcome.text).toMatch(/wind-down to help you rest\?$/);
      const yes = lastOf([launch({ localHour }), said('yes')]);
      expect(yes.text).toMatch(/wind down|resting/);
      expect(yes.reply.isListening).toBe(false);
    },
  );

  it.each([5, 9, 14, 22])("at %d o'clock the welcome is the day's", (localHour) => {
    expect(lastOf([launch({ localHour })]).text).not.toMatch(/Nights/);
  });

  it('"no" to the wind-down gets the choices', () => {
    const no = lastOf([launch({ localHour: 3 }), said('no')]);
    expect(no.text.startsWith(declined)).toBe(true);
    expect(no.text).toMatch(/\?$/);
  });
});

describe('nothing of a feeling is kept', () => {
  it('the state remembers only which wording was used, and no words said', () => {
    const heard = lastOf([launch(), words('I feel so guilty about the way I spoke to my mum')]);
    const kept = JSON.stringify(heard.state);
    expect(kept).not.toMatch(/guilty|mum/);
  });
});

describe('what the platform hands back is checked before it is trusted', () => {
  const saved = (extra: Record<string, unknown>) => ({
    version: 1,
    activity: { name: 'menu' },
    question: 'offerFitting',
    ...extra,
  });

  it.each([
    ['an offer that does not exist', { offered: 'deleteEverything' }],
    ['an offer that is not a word', { offered: { name: 'grounding' } }],
  ])('%s: "yes" starts nothing unknown, and gets the choices', (_name, extra) => {
    const yes = lastOf([said('yes')], saved(extra));
    expect(yes.text).toMatch(/\?$/);
    expect(yes.state.offered).toBeUndefined();
  });

  it('wordings kept under unknown families, or as anything but small counts, are dropped', () => {
    const heard = lastOf(
      [words('I feel so alone')],
      saved({ reflections: { loneliness: 'x', nonsense: 2, shame: -1, anger: 1e9, pride: 1 } }),
    );
    expect(heard.state.reflections).toEqual({ pride: 1, loneliness: expect.any(Number) });
  });
});
