import { join } from 'node:path';
import { middayToday, newSession } from '../../src/chat/alexaRequests';
import type { HeardTurn } from '../../src/chat/conversation';
import { Conversation } from '../../src/chat/conversation';
import { agentAsModel } from '../../src/chat/dialogflowAgentModel';
import { DialogflowConversation } from '../../src/chat/dialogflowConversation';
import { UtteranceResolver } from '../../src/chat/resolveUtterance';
import { en } from '../../src/content/en';
import { offerFor } from '../../src/core/activities/listening';
import { createSkill } from '../../src/platforms/alexa';
import { generatedModel, invokeChecked } from '../support/alexa';
import { answerChecked } from '../support/webhookRequests';

const agentFolder = join(__dirname, '..', '..', 'interaction-models', 'dialogflow', 'agent');
const alexaResolver = new UtteranceResolver(generatedModel());
const dialogflowResolver = new UtteranceResolver(agentAsModel(agentFolder));

/**
 * Both platforms, each request carrying the same id on the same turn, so both pick the same variations.
 * Every response is checked against its platform's rules as it passes.
 */
function conversations() {
  const skill = createSkill();
  let alexaTurn = 0;
  let dialogflowTurn = 0;
  const alexa = new Conversation(
    newSession({ clock: middayToday }),
    (request) => {
      alexaTurn += 1;
      return invokeChecked(
        { ...request, request: { ...request.request, requestId: `turn-${alexaTurn}` } },
        skill,
      );
    },
    alexaResolver,
  );
  const dialogflow = new DialogflowConversation(
    (request) => {
      dialogflowTurn += 1;
      return answerChecked({ ...request, responseId: `turn-${dialogflowTurn}` });
    },
    dialogflowResolver,
    'en-us',
  );
  return { alexa, dialogflow };
}

/** A scripted conversation: what the listener says after opening. */
const scripts: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['box breathing in blocks', ['help me breathe', 'nine', 'yes', 'no']],
  [
    'four seven eight for a few minutes',
    ['four seven eight breathing', 'three minutes of breathing', 'yes', 'stop'],
  ],
  ['urge surfing', ['I have a craving', 'no']],
  [
    'shame, heard and met with a break',
    ['I feel so guilty about how I treated my kids', 'yes', 'stop'],
  ],
  ['fear that it never ends', ["I'm scared this will never end", 'no', 'stop']],
  ['not being understood', ['nobody understands what withdrawal is like', 'no', 'stop']],
  ['a night got through', ['I made it through the night', 'yes', 'stop']],
  ['feeling alone', ['I feel so alone', 'no', 'stop']],
  ['a failure, they say', ['I feel like a failure', 'yes', 'stop']],
  ['a panic attack', ["I'm having a panic attack", 'stop']],
  ['a sleepless night', ["I can't sleep"]],
  [
    'an affirmation about resilience, then another',
    ['an affirmation about resilience', 'another one', 'stop'],
  ],
  ['a long self-compassion break', ['a long self compassion break', 'stop']],
  ['affirmations', ['give me an affirmation', 'another one', 'no thanks', 'stop']],
  ['a self-compassion break', ['a self compassion break', 'no']],
  [
    'a lesson, more, and the next topic',
    ['teach me about resilience', 'tell me more', 'yes', 'stop'],
  ],
  ['a medical emergency mid-breath', ['help me breathe', 'I took too many pills', 'yes', 'no']],
  ['thoughts of suicide, then company', ['I want to end my life', 'no', 'yes']],
  ['someone else in danger', ["my friend won't wake up", 'no']],
  ['running out', ['I ran out of my pills and the pharmacy is shut', 'no']],
  ['mixing', ['can I drink wine with my klonopin', 'no']],
  ['feeling sick with no practice running', ['I feel sick', 'stop']],
  [
    'three misses in a row',
    ['purple monkey dishwasher', 'wobbly hat parade', 'orange kettle song'],
  ],
  ['a medication question', ['how much should I cut my dose by', 'no']],
  ['a slip, then a break', ['I relapsed', 'yes', 'cancel']],
  ['dizziness mid-breath', ['help me breathe', 'nine', 'I feel dizzy', 'stop']],
  [
    'help, repeat, a misunderstanding, start over',
    ['help', 'say that again', 'purple monkey dishwasher', 'start over', 'cancel'],
  ],
];

const heardOn = async (
  open: () => Promise<HeardTurn>,
  say: (words: string) => Promise<HeardTurn>,
  lines: readonly string[],
) => {
  const heard = [(await open()).speech];
  for (const line of lines) heard.push((await say(line)).speech);
  return heard;
};

describe.each(scripts)('%s', (_name, lines) => {
  it('is heard the same on Alexa and through the Dialogflow webhook', async () => {
    const { alexa, dialogflow } = conversations();
    const onAlexa = await heardOn(
      () => alexa.open(),
      (words) => alexa.say(words),
      lines,
    );
    const onDialogflow = await heardOn(
      () => dialogflow.open(),
      (words) => dialogflow.say(words),
      lines,
    );
    expect(onAlexa.every((speech) => speech.length > 20)).toBe(true);
    expect(onDialogflow).toEqual(onAlexa);
    expect(dialogflow.hasEnded).toBe(alexa.hasEnded);
  });
});

describe.each([
  ['I feel so guilty about how I treated my kids', 'shame'],
  ["I'm scared this will never end", 'fear'],
  ['nobody understands what withdrawal is like', 'loneliness'],
  ['I made it through the night', 'pride'],
  ['I feel so alone', 'loneliness'],
  ['I feel like a failure', 'selfCriticism'],
] as const)('"%s", said on either platform', (statement, family) => {
  it(`is reflected as ${family} and offered what fits`, async () => {
    const { alexa, dialogflow } = conversations();
    await alexa.open();
    await dialogflow.open();
    for (const { speech } of [await alexa.say(statement), await dialogflow.say(statement)]) {
      expect(en.listening.families[family].reflect.some((line) => speech.startsWith(line))).toBe(
        true,
      );
      expect(speech.endsWith(en.listening.offers[offerFor[family]])).toBe(true);
    }
  });
});
