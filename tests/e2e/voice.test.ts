import { UtteranceResolver } from '../../src/chat/resolveUtterance';
import { en } from '../../src/content/en';
import { lessonIds } from '../../src/content/types';
import { CheckedConversation, generatedModel, heard } from '../support/alexa';

const resolver = new UtteranceResolver(generatedModel());
const lessonTopics = generatedModel().interactionModel.languageModel.types.find(
  (type) => type.name === 'LESSON_TOPIC',
);
const firstLine = (id: (typeof lessonIds)[number]) =>
  en.lessons.topics[id].summary.find((line): line is string => typeof line === 'string') ?? '';

/** Opens the skill and says each line in turn, as a listener would. */
async function talk(...lines: string[]): Promise<CheckedConversation> {
  const talking = new CheckedConversation();
  await talking.conversation.open();
  for (const line of lines) await talking.conversation.say(line);
  return talking;
}

describe('the generated en-US model understands people as they speak', () => {
  it.each([
    ['help me breathe', 'BreatheIntent'],
    ['I need a breather', 'BreatheIntent'],
    ['walk me through breathing', 'BreatheIntent'],
    ['could you help me breathe please', 'BreatheIntent'],
    ['give me a self compassion break', 'CompassionBreakIntent'],
    ["I'm being really hard on myself", 'SaidImIntent'],
    ["I'm having a panic attack", 'GroundingIntent'],
    ['ground me', 'GroundingIntent'],
    ['I need to get out of my head', 'GroundingIntent'],
    ['can you help me calm down', 'BreatheIntent'],
    ["I can't sleep", 'WindDownIntent'],
    ['help me sleep', 'WindDownIntent'],
    ['say something kind', 'AffirmationIntent'],
    ['teach me about self compassion', 'LearnIntent'],
    ['tell me more', 'TellMeMoreIntent'],
    ['another one', 'NextIntent'],
    ['six', 'RoundsIntent'],
    ['I took too many pills', 'MedicalEmergencyIntent'],
    ["my friend won't wake up", 'SomeoneInDangerIntent'],
    ['I need help', 'CrisisIntent'],
    ['I want to end it all', 'CrisisIntent'],
    ['what can I do', 'AMAZON.HelpIntent'],
    ['stop', 'AMAZON.StopIntent'],
    ['cancel', 'AMAZON.CancelIntent'],
    ['yes please', 'AMAZON.YesIntent'],
    ['no thanks', 'AMAZON.NoIntent'],
    ['say that again', 'AMAZON.RepeatIntent'],
    ['start over', 'AMAZON.StartOverIntent'],
    ['purple monkey dishwasher', 'SaidAnythingIntent'],
    ["I'd like to do some breathing", 'BreatheIntent'],
    ['can we do a breathing exercise', 'BreatheIntent'],
    ['kindness break', 'CompassionBreakIntent'],
    ['ask kind recovery for an affirmation', 'AffirmationIntent'],
    ['Alexa, tell kind recovery I need help', 'CrisisIntent'],
    ['I want to kill some time', 'SaidIIntent'],
    ['this craving is killing me', 'SaidThisIntent'],
    ['not right now', 'AMAZON.NoIntent'],
    ['what are my choices', 'AMAZON.HelpIntent'],
    ['I feel dizzy', 'FeelingUnwellIntent'],
    ['how much should I cut my dose by', 'MedicationIntent'],
    ['can I drink alcohol on my medication', 'MedicationIntent'],
    ['I slipped up', 'SlipIntent'],
    ['I relapsed', 'SlipIntent'],
    ["I'm having a fit", 'MedicalEmergencyIntent'],
    ['nobody would miss me', 'CrisisIntent'],
  ])('"%s" is %s', (utterance, intent) => {
    expect(resolver.resolve(utterance).name).toBe(intent);
  });

  it.each([
    ['breathe for seven rounds', '7'],
    ["let's do three", '3'],
    ['ten rounds', '10'],
    ['breathe for purple rounds', '?'],
    ['I want to breathe for 5 rounds', '5'],
    ["let's do seven rounds", '7'],
  ])('"%s" fills rounds with %s', (utterance, rounds) => {
    const intent = resolver.resolve(utterance);
    expect(intent.slots?.rounds?.value).toBe(rounds);
  });
});

it("without the catch-all, speech that matches nothing is Alexa's fallback", () => {
  const cautious = new UtteranceResolver(generatedModel(), { isCatchingAll: false });
  expect(cautious.resolve('purple monkey dishwasher').name).toBe('AMAZON.FallbackIntent');
  expect(resolver.resolve('purple monkey dishwasher').slots?.words?.value).toBe(
    'purple monkey dishwasher',
  );
});

it.each([
  ['open kind recovery', true],
  ['Alexa, open Kind Recovery', true],
  ['kind recovery', true],
  ['open kind recovery and help me breathe', false],
  ['help me breathe', false],
])('"%s" only opens the skill: %p', (utterance, isLaunch) => {
  expect(resolver.isLaunch(utterance)).toBe(isLaunch);
});

describe('whole conversations by voice', () => {
  it('breathing: starts at once, a number changes the length, the check-in, then leave', async () => {
    const talking = await talk('I need a breather', 'nine', 'a bit calmer', 'no', 'no');
    const [, started, nine, thanked, , goodbye] = talking.responses;
    expect(heard(started!)).toMatch(/^Four rounds of long exhale breathing\./);
    expect(heard(started!).match(/Breathe in\./g)).toHaveLength(4);
    expect(heard(nine!)).toMatch(/^Nine rounds of long exhale breathing\./);
    expect(heard(nine!).match(/Breathe in\./g)).toHaveLength(9);
    expect(heard(nine!)).toMatch(/How are you feeling now\?$/);
    expect(heard(thanked!)).toMatch(/^(I'm glad|That's good to hear)/);
    expect(goodbye?.response.shouldEndSession).toBe(true);
    expect(talking.conversation.hasEnded).toBe(true);
  });

  it('affirmations: one, another, then the menu', async () => {
    const talking = await talk('give me an affirmation', 'another one', 'no thanks');
    const offered = talking.responses
      .slice(1, 3)
      .map((response) => en.affirmation.all.find((a) => heard(response).includes(a.text)));
    expect(offered[0]).toBeDefined();
    expect(offered[1]).toBeDefined();
    expect(offered[0]).not.toBe(offered[1]);
    expect(heard(talking.last)).toMatch(/\?$/);
  });

  it.each(lessonIds)('reaches the lesson %s by voice, by its spoken name', async (id) => {
    const value = lessonTopics?.values.find((topic) => topic.id === id)?.name.value;
    const talking = await talk(`teach me about ${value}`);
    expect(heard(talking.last)).toContain(firstLine(id));
  });

  it('learning: more, a tiny practice, then the next topic', async () => {
    const talking = await talk(
      'I want to learn about self compassion',
      'tell me more',
      'yes',
      'yes',
    );
    expect(heard(talking.last)).toContain(firstLine('how-it-supports-recovery'));
  });

  it('a medical emergency mid-breath stops the practice: call 911 now, first', async () => {
    const talking = await talk('help me breathe', 'nine', 'I took too many pills');
    expect(heard(talking.last)).not.toMatch(/Breathe in/);
    expect(heard(talking.last)).toMatch(/^Call 911 now\./);
    expect(heard(talking.last)).not.toMatch(/988|Lifeline|thoughts/);
    expect(talking.last.response.card).toBeDefined();
  });

  it('thoughts of suicide mid-breath stop the practice: the line first, both numbers twice', async () => {
    const talking = await talk('help me breathe', 'nine', 'I want to end my life');
    expect(heard(talking.last)).not.toMatch(/Breathe in/);
    expect(heard(talking.last).match(/988/g)).toHaveLength(2);
    expect(heard(talking.last).match(/911/g)).toHaveLength(2);
    expect(heard(talking.last).indexOf('988')).toBeLessThan(heard(talking.last).indexOf('911'));
  });

  it('silence hears the reprompt once, then the session closes', async () => {
    const talking = await talk('help me breathe');
    const reprompt = await talking.conversation.say('');
    expect(reprompt.speech).toMatch(/^Take your time\. Would you like [^?]+\?$/);
    const closed = await talking.conversation.say('');
    expect(closed.isSessionOver).toBe(true);
  });
});

describe('stop and cancel end the session in every state, by voice', () => {
  const states = [
    [],
    ['help me breathe'],
    ['help me breathe', 'nine'],
    ['a self compassion break'],
    ['give me an affirmation'],
    ['teach me about resilience'],
    ['teach me about resilience', 'tell me more'],
    ['what can I do'],
    ['purple monkey dishwasher'],
    ['I need help'],
  ];
  it.each(
    states.flatMap((before) =>
      ['stop', 'cancel', "I'm done"].map(
        (ending) => [before.join(' / ') || 'the welcome', before, ending] as const,
      ),
    ),
  )('after %s, "%s"', async (_name, before, ending) => {
    const talking = await talk(...before, ending);
    expect(talking.last.response.shouldEndSession).toBe(true);
    expect(talking.conversation.hasEnded).toBe(true);
  });
});

describe('one-shot requests from outside the skill', () => {
  it.each([
    ['for an affirmation', /Here's|Take this one/],
    ['to start a breathing exercise', /Breathe in\./],
    ['for a self compassion break', /not alone/],
  ])('"Alexa, ask kind recovery %s" delivers it and ends', async (words, expected) => {
    const talking = new CheckedConversation();
    const answer = await talking.conversation.say(words);
    expect(answer.speech).toMatch(expected);
    expect(answer.isSessionOver).toBe(true);
  });
});
