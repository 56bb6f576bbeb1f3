import type { Context, Outcome } from '../context';
import type { Intent } from '../intents';
import type { IntentTurn } from '../turn';
import { ask, close } from '../context';
import { pick } from '../random';
import { spoken } from '../script';
import { normaliseText } from '../safety/normaliseText';
import { crisisAnswer, crisisCard } from './crisis';
import { repeat } from './menu';

/** Distress that may hide risk: one warm sentence and the question counsellors ask; asking does not raise risk. */
export function askDirectly(context: Context, isAboutHarm: boolean): Outcome {
  const { askDirectly } = context.content.safety;
  const question = isAboutHarm ? askDirectly.aboutHarm : askDirectly.aboutEndingLife;
  const [line] = context.contacts.lines;
  return ask(
    context,
    spoken(pick(askDirectly.opening, context.random), question),
    // Silence is not an answer: the reprompt says where help is before it asks again.
    spoken(askDirectly.ifYou(line, isAboutHarm), question),
    'askedDirectly',
    { activity: { name: 'menu' } },
  );
}

/** "No" to the direct question: thanks, the feeling acknowledged, and a gentle offer. */
export function thankForAnswering(context: Context): Outcome {
  const { safety } = context.content;
  return ask(
    context,
    spoken(pick(safety.askDirectly.thanks, context.random), safety.offerBreak),
    spoken(safety.offerBreakReprompt),
    'offerBreak',
    { activity: { name: 'menu' } },
  );
}

/** Leaving while the question is open: the crisis line is the last thing said, and shown. */
function leaveAfterQuestion(context: Context): Outcome {
  const [line] = context.contacts.lines;
  const outcome = close(spoken(context.content.safety.askDirectly.leaving(line)));
  return { ...outcome, reply: { ...outcome.reply, card: crisisCard(context) } };
}

/** Ways of saying a clear "no"; anything less clear is not a no. */
const denial =
  '(no|nope|nah|not really|not at all|never|no way|definitely not|of course not|i am not|i am okay|i am ok|i am fine|i am alright|i do not think so|no thanks|no thank you|thank you|thanks|honestly|really)';
const clearNo = new RegExp(`^${denial}( ${denial})*$`);

/** Whether the person's own words, in their first clause, are a clear "no". */
export function isClearNo(text: string): boolean {
  const [firstClause = ''] = normaliseText(text).split(/ ?\| ?| but /);
  return clearNo.test(firstClause.trim());
}

/** Answers to the direct question that mean one thing whatever words came with them. */
const plainAnswers: Partial<Record<Intent, (context: Context) => Outcome>> = {
  no: thankForAnswering,
  repeat,
  stop: leaveAfterQuestion,
  cancel: leaveAfterQuestion,
};

/**
 * Any answer to the direct question: yes, or anything unclear, gets the crisis answer; a clear no gets thanks;
 * "repeat" asks again, and leaving says the line. A crisis in the answer was already heard by the guard.
 */
export function answerDirectQuestion(context: Context, turn: IntentTurn): Outcome {
  const plain = plainAnswers[turn.intent];
  if (plain) return plain(context);
  return turn.rawText !== undefined && isClearNo(turn.rawText)
    ? thankForAnswering(context)
    : crisisAnswer(context);
}
