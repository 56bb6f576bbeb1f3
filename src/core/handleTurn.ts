import type { Context, Outcome } from './context';
import type { Turn } from './turn';
import { contentFor } from '../content';
import { welcome } from './activities/menu';
import { isQuiet, quietly } from './activities/quietMode';
import { answerSilence } from './activities/silence';
import { numberAsLastWords } from './activities/crisis';
import { seededRandom } from './random';
import { routeIntent } from './router';
import { safetyGuard } from './safety/guard';
import { newProfile } from './profile';
import { initialState, restoreState } from './state';

/** Answers one turn of a conversation: the safety guard first, then the activity router. */
export function handleTurn(turn: Turn, savedState: unknown): Outcome {
  const { content, contacts } = contentFor(turn.locale);
  const context: Context = {
    turn,
    state: restoreState(savedState),
    content,
    contacts,
    random: seededRandom(turn.seed),
    ...(turn.hasMemory ? { profile: turn.profile ?? newProfile(turn.today) } : {}),
  };
  if (turn.kind === 'sessionEnd')
    return { reply: { speech: [], isListening: false }, state: initialState };
  return rememberingCrisis(context, answer(context));
}

function answer(context: Context): Outcome {
  const { turn } = context;
  const guarded = safetyGuard(context);
  if (guarded) return forgettingSilences(forgettingMisses(context, guarded));
  if (turn.kind === 'silence') return inQuietMode(context, answerSilence(context));
  if (turn.kind === 'launch')
    return forgettingSilences(forgettingMisses(context, welcome(context)));
  if (turn.kind === 'sessionEnd')
    return { reply: { speech: [], isListening: false }, state: initialState };
  return forgettingSilences(forgettingMisses(context, routeIntent(context, turn)));
}

const crisisCardTitles = (context: Context) => [
  context.content.crisis.cardTitle,
  context.content.emergency.cardTitle,
];

/**
 * Once a crisis is heard, the conversation keeps it in mind, whatever is asked afterwards: leaving, however it
 * comes (stop, a goodbye after a practice, a miss too many), ends with the number, and shows it.
 */
function rememberingCrisis(context: Context, outcome: Outcome): Outcome {
  const { activity } = outcome.state;
  const now = activity.name === 'crisis' ? (activity.isMedical ? 'medical' : 'crisis') : undefined;
  const heard =
    context.state.crisisHeard === 'crisis' || now === 'crisis'
      ? 'crisis'
      : (now ?? context.state.crisisHeard);
  if (!heard) return outcome;
  if (outcome.reply.isListening) {
    return { ...outcome, state: { ...outcome.state, crisisHeard: heard } };
  }
  const saysNumberLast = crisisCardTitles(context).includes(outcome.reply.card?.title ?? '');
  if (saysNumberLast || outcome.reply.speech.length === 0) return outcome;
  const last = numberAsLastWords(context, heard);
  return {
    ...outcome,
    reply: {
      ...outcome.reply,
      speech: [...outcome.reply.speech, ...last.speech],
      card: last.card,
      visual: { kind: 'text', ...last.card },
    },
  };
}

/** Anything but silence ends a run of silences, so only two in a row close the call. */
function forgettingSilences(outcome: Outcome): Outcome {
  if (outcome.state.silences === undefined) return outcome;
  const { silences: _forgotten, ...state } = outcome.state;
  return { ...outcome, state };
}

/** Quiet mode, as the outcome leaves it, applied to what is said. */
function inQuietMode(context: Context, outcome: Outcome): Outcome {
  const after = { ...context, state: outcome.state, profile: outcome.profile ?? context.profile };
  return isQuiet(after) ? quietly(outcome) : outcome;
}

/** A turn that was understood starts the count of misses again; only a new miss keeps it. */
function forgettingMisses(context: Context, answered: Outcome): Outcome {
  const outcome = inQuietMode(context, answered);
  const isNewMiss = (outcome.state.misses ?? 0) > (context.state.misses ?? 0);
  if (isNewMiss || outcome.state.misses === undefined) return outcome;
  const { misses: _forgotten, ...state } = outcome.state;
  return { ...outcome, state };
}
