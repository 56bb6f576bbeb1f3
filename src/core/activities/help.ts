import type { HelpMoment } from '../../content/types';
import type { Context, Outcome } from '../context';
import type { Question } from '../state';
import { ask } from '../context';
import { normaliseText } from '../safety/normaliseText';
import { spoken } from '../script';
import { repeatNumbers } from './crisis';
import { askDirectly } from './directQuestion';

/** What help says while each question waits; any other question takes a yes or a no. */
const momentOf: Readonly<Partial<Record<Question, HelpMoment>>> = {
  checkIn: 'checkIn',
  offerFitting: 'feelings',
  repeatNumbers: 'crisis',
  connectCall: 'crisis',
  stayWhileCalling: 'crisis',
  anythingElse: 'crisis',
};

/** "Help" said with no more words than a plea: it may mean the skill, or the person's own need. */
const isBareHelp = (words: string | undefined): boolean =>
  words === undefined ||
  /^((please|can you|could you) )?help( me)?( please)?$/.test(normaliseText(words));

/** Whether the last answer was help for the moment: asking again means the whole of how it works. */
function hasJustHeardHelp(context: Context): boolean {
  const first = context.state.lastSaid?.speech[0];
  const forMoment = Object.values(context.content.help.forMoment) as string[];
  return first?.type === 'text' && forMoment.includes(first.text);
}

/** How the skill works: every door into it, briefly, then the menu's question. */
export function howItWorks(context: Context): Outcome {
  const { help } = context.content;
  return ask(context, spoken(help.speech, help.question), spoken(help.reprompt), 'whatNext', {
    activity: { name: 'menu' },
  });
}

/**
 * Support right now: distress that may hide risk, so the question counsellors ask, as the safety screen asks it
 * (on Alexa the words "I need support" can carry no more of what was said). After a crisis answer, the numbers
 * again, of the kind that was heard.
 */
export function support(context: Context): Outcome {
  if (context.state.activity.name === 'crisis') return repeatNumbers(context);
  return askDirectly(context, false);
}

/**
 * Help that fits the moment: while a question waits, what can be said to it, then the question again; a bare
 * "help" asks whether it is the skill or support that is needed; anything else, or asking again, is how it works.
 */
export function help(context: Context): Outcome {
  const { help: words } = context.content;
  const { question, lastSaid } = context.state;
  const isInCrisis = context.state.activity.name === 'crisis';
  if (!isInCrisis && (question === 'helpWhich' || hasJustHeardHelp(context))) {
    return howItWorks(context);
  }
  const pending = question !== 'whatNext' ? lastSaid?.reprompt : undefined;
  if (question && pending) {
    const moment = momentOf[question] ?? 'yesOrNo';
    return ask(context, [...spoken(words.forMoment[moment]), ...pending], pending, question);
  }
  const said = context.turn.kind === 'intent' ? context.turn.rawText : undefined;
  if (!isBareHelp(said)) return howItWorks(context);
  return ask(context, spoken(words.which), spoken(words.whichReprompt), 'helpWhich', {
    activity: { name: 'menu' },
  });
}
