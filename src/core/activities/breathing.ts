import type { Context, Outcome } from '../context';
import type { Speech } from '../reply';
import { ask, close, isOneShot } from '../context';
import { maxRounds } from '../state';
import { pick } from '../random';
import { guided, silence, spoken } from '../script';
import { whatNext } from './menu';

/** Box breathing: each of the four phases lasts this long. */
export const phaseSeconds = 4;
/** About how long a short cue such as "Breathe in." takes to say at the guided pace. */
const cueSeconds = 0.8;
/** Rounds the listener may choose, and the default. */
export const roundsRange = { min: 1, max: maxRounds, default: 4 } as const;
/** Rounds guided in one response before asking whether to go on. */
export const roundsPerResponse = 4;

/** Reads a spoken number of rounds; undefined when it is not a number at all. */
export function parseRounds(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*-?\d+(\.\d+)?\s*$/.test(value)) return undefined;
  return Math.round(Number(value));
}

function clampRounds(rounds: number): number {
  return Math.min(roundsRange.max, Math.max(roundsRange.min, rounds));
}

function inWords(context: Context, value: number): string {
  return context.content.numberWords[value] ?? String(value);
}

function rounds(context: Context, count: number): Speech {
  const { cues } = context.content.breathing;
  const phase = (cue: string): Speech => [...guided(cue), ...silence(phaseSeconds - cueSeconds)];
  const oneRound = [cues.breatheIn, cues.holdIn, cues.breatheOut, cues.holdOut].flatMap(phase);
  return Array.from({ length: count }, () => oneRound).flat();
}

/** Asks how many rounds, unless the listener already said. */
export function startBreathing(context: Context, roundsSaid: string | undefined): Outcome {
  const requested = parseRounds(roundsSaid);
  if (requested === undefined && !isOneShot(context)) {
    const { askRounds } = context.content.breathing;
    return ask(context, spoken(askRounds.speech), spoken(askRounds.reprompt), 'howManyRounds', {
      activity: { name: 'breathing', roundsTotal: roundsRange.default, roundsDone: 0 },
    });
  }
  return beginRounds(context, requested ?? roundsRange.default, requested === undefined);
}

/** Starts the chosen number of rounds, saying so kindly when the number was out of range. */
export function beginRounds(context: Context, requested: number, isDefault = false): Outcome {
  const { breathing } = context.content;
  const total = clampRounds(requested);
  const chosen = inWords(context, total);
  const confirmation = isDefault
    ? breathing.roundsByDefault(chosen)
    : total === requested
      ? breathing.roundsChosen(chosen)
      : breathing.roundsOutOfRange(chosen);
  return continueBreathing(
    {
      ...context,
      state: {
        ...context.state,
        activity: { name: 'breathing', roundsTotal: total, roundsDone: 0 },
      },
    },
    spoken(confirmation, breathing.intro),
  );
}

/** Guides the next block of rounds, then asks to go on, or finishes. */
export function continueBreathing(context: Context, before: Speech = []): Outcome {
  const { activity } = context.state;
  if (activity.name !== 'breathing') return beginRounds(context, roundsRange.default);
  const { breathing } = context.content;
  const remaining = activity.roundsTotal - activity.roundsDone;
  // A single round left over is guided now, rather than asking to go on for one more.
  const isNearlyDone = remaining <= roundsPerResponse + 1;
  const count = isOneShot(context) || isNearlyDone ? remaining : roundsPerResponse;
  const roundsDone = activity.roundsDone + count;
  const guidedRounds = [...before, ...rounds(context, count)];

  if (roundsDone < activity.roundsTotal) {
    const question = breathing.keepGoing(
      inWords(context, roundsDone),
      inWords(context, activity.roundsTotal),
    );
    return ask(
      context,
      [...guidedRounds, ...spoken(question)],
      spoken(breathing.keepGoingReprompt),
      'keepBreathing',
      {
        activity: { ...activity, roundsDone },
      },
    );
  }
  const finished = [...guidedRounds, ...guided(pick(breathing.finished, context.random))];
  if (isOneShot(context))
    return close([...finished, ...spoken(pick(context.content.oneShotGoodbye, context.random))]);
  return whatNext(context, finished);
}

/** Ends the practice early when the listener says they have had enough. */
export function finishBreathing(context: Context): Outcome {
  return whatNext(context, guided(pick(context.content.breathing.finished, context.random)));
}
