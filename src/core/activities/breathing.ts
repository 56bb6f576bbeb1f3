import type { BreathingPatternId } from '../../content/types';
import { breathingPatternIds } from '../../content/types';
import type { Context, Outcome } from '../context';
import type { BreathingVisual, Speech, SpeechPart } from '../reply';
import type { BreathingPattern } from '../breathingPatterns';
import { estimateSpeechSeconds, guidedRateFactor, speechSeconds } from '../../speech/timing';
import {
  breathingPatterns,
  practisesBeforeFullLength,
  roundSeconds,
  soundSeconds,
} from '../breathingPatterns';
import { ask, close, isOneShot, remembering } from '../context';
import { pick } from '../random';
import { guided, spoken } from '../script';
import { maxRounds } from '../state';
import { whatNext } from './menu';

/** Rounds the listener may choose, and the default. */
export const roundsRange = { min: 1, max: maxRounds, default: 4 } as const;
/** Minutes the listener may choose. */
export const minutesRange = { min: 1, max: 10 } as const;
/** About how much guided breathing goes in one response before asking whether to go on. */
const secondsPerResponse = 80;
/** Alexa plays at most five sounds in one response. */
const maxSoundsPerResponse = 5;

/** Reads a spoken whole number; undefined when it is not a number at all. */
export function parseRounds(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*-?\d+(\.\d+)?\s*$/.test(value)) return undefined;
  return Math.round(Number(value));
}

/** The pattern a slot names, by id; undefined when it names none. */
export function findPattern(value: string | undefined): BreathingPatternId | undefined {
  const key = value?.trim().toLowerCase();
  return breathingPatternIds.find((id) => id === key);
}

const clamp = (value: number, range: { min: number; max: number }) =>
  Math.min(range.max, Math.max(range.min, value));

function inWords(context: Context, value: number): string {
  return context.content.numberWords[value] ?? String(value);
}

/** How many times four-seven-eight has been practised in this conversation. */
const practisedCount = (context: Context) =>
  Math.max(
    context.state.fourSevenEightPractised ?? 0,
    context.profile?.fourSevenEightPractised ?? 0,
  );

/** One phase: its cue at the guided pace, an optional chime, then silence so the whole lasts the phase's seconds. */
function phaseSpeech(cue: string, seconds: number, sound?: 'inhale' | 'exhale'): Speech {
  const chime: SpeechPart[] = sound ? [{ type: 'sound', sound, seconds: soundSeconds[sound] }] : [];
  const used = estimateSpeechSeconds(cue, guidedRateFactor) + (sound ? soundSeconds[sound] : 0);
  const rest = Math.max(0, Math.round((seconds - used) * 10) / 10);
  return [
    ...chime,
    ...guided(cue),
    ...(rest > 0 ? [{ type: 'pause' as const, seconds: rest }] : []),
  ];
}

/** The rounds of a pattern: a rising chime on each in-breath and a falling one on each out-breath, while the response may still play one. */
function rounds(
  context: Context,
  pattern: BreathingPattern,
  count: number,
  soundsAllowed: number,
): Speech {
  const { cues } = context.content.breathing;
  let soundsLeft = soundsAllowed;
  const chimeFor = (phase: string): 'inhale' | 'exhale' | undefined => {
    const sound = phase === 'breatheIn' ? 'inhale' : phase === 'breatheOut' ? 'exhale' : undefined;
    if (!sound || soundsLeft <= 0) return undefined;
    soundsLeft -= 1;
    return sound;
  };
  return Array.from({ length: count }, () =>
    pattern.phases.flatMap(({ phase, seconds }) =>
      phaseSpeech(cues[phase], seconds, chimeFor(phase)),
    ),
  ).flat();
}

/** A few rounds of a pattern, cues and silences only, for breathing alongside something else (a crisis call). */
export function guidedRounds(
  context: Context,
  patternId: BreathingPatternId,
  count: number,
  chimes = maxSoundsPerResponse - 1,
): Speech {
  return rounds(context, breathingPatterns[patternId], count, chimes);
}

/** Rounds that fit one response for a pattern. */
export const roundsPerResponse = (pattern: BreathingPattern) =>
  Math.max(1, Math.floor(secondsPerResponse / roundSeconds(pattern)));

function visualFor(
  context: Context,
  patternId: BreathingPatternId,
  before: Speech,
  firstRound: number,
  count: number,
  total: number,
): BreathingVisual {
  const leadInSeconds = speechSeconds(before);
  return {
    kind: 'breathing',
    title: context.content.breathing.patterns[patternId].name,
    phases: breathingPatterns[patternId].phases,
    leadInSeconds: Math.round(leadInSeconds * 10) / 10,
    firstRound,
    rounds: count,
    totalRounds: total,
  };
}

/** Asks how long (or which pattern), unless the listener already said. */
export function startBreathing(
  context: Context,
  slots: { rounds?: string; minutes?: string; pattern?: string },
): Outcome {
  const activity = context.state.activity;
  const patternId =
    findPattern(slots.pattern) ??
    (activity.name === 'breathing' ? activity.pattern : undefined) ??
    'box';
  const rounds = parseRounds(slots.rounds);
  const minutes = parseRounds(slots.minutes);
  if (rounds === undefined && minutes === undefined && !isOneShot(context)) {
    const { askLength, patterns } = context.content.breathing;
    const question = askLength(patterns[patternId].name);
    return ask(context, spoken(question.speech), spoken(question.reprompt), 'howManyRounds', {
      activity: {
        name: 'breathing',
        pattern: patternId,
        roundsTotal: roundsRange.default,
        roundsDone: 0,
      },
    });
  }
  if (minutes !== undefined && rounds === undefined)
    return beginMinutes(context, patternId, minutes);
  return beginRounds(context, rounds ?? roundsRange.default, rounds === undefined, patternId);
}

function begin(
  context: Context,
  patternId: BreathingPatternId,
  total: number,
  confirmation: string,
): Outcome {
  const { breathing } = context.content;
  const pattern = breathingPatterns[patternId];
  const isNewcomer =
    pattern.newcomerRounds !== undefined && practisedCount(context) < practisesBeforeFullLength;
  const limited =
    isNewcomer && pattern.newcomerRounds !== undefined
      ? Math.min(total, pattern.newcomerRounds)
      : total;
  const limitNote = limited < total ? [breathing.newcomerLimit(inWords(context, limited))] : [];
  const next = {
    ...context,
    state: {
      ...context.state,
      activity: {
        name: 'breathing' as const,
        pattern: patternId,
        roundsTotal: limited,
        roundsDone: 0,
      },
      ...(patternId === 'four-seven-eight'
        ? { fourSevenEightPractised: practisedCount(context) + 1 }
        : {}),
    },
  };
  const opening = spoken(
    confirmation,
    ...limitNote,
    breathing.patterns[patternId].description,
    breathing.safetyNote,
  );
  const outcome = remembering(
    next,
    continueBreathing(next, [...opening, { type: 'pause', seconds: 2 }]),
    `breathing:${patternId}`,
  );
  return outcome.profile && patternId === 'four-seven-eight'
    ? {
        ...outcome,
        profile: { ...outcome.profile, fourSevenEightPractised: practisedCount(context) + 1 },
      }
    : outcome;
}

/** Starts the chosen number of rounds, saying so kindly when the number was out of range. */
export function beginRounds(
  context: Context,
  requested: number,
  isDefault = false,
  patternId: BreathingPatternId = context.state.activity.name === 'breathing'
    ? context.state.activity.pattern
    : 'box',
): Outcome {
  const { breathing } = context.content;
  const total = clamp(requested, roundsRange);
  const chosen = inWords(context, total);
  const confirmation = isDefault
    ? breathing.roundsByDefault(chosen)
    : total === requested
      ? breathing.roundsChosen(chosen)
      : breathing.roundsOutOfRange(chosen);
  return begin(context, patternId, total, confirmation);
}

/** Starts a practice of a number of minutes: as many whole rounds as fit. */
export function beginMinutes(
  context: Context,
  patternId: BreathingPatternId,
  requested: number,
): Outcome {
  const { breathing } = context.content;
  const minutes = clamp(requested, minutesRange);
  const chosen = inWords(context, minutes);
  const confirmation =
    minutes === requested ? breathing.minutesChosen(chosen) : breathing.minutesOutOfRange(chosen);
  const total = Math.max(
    1,
    Math.round((minutes * 60) / roundSeconds(breathingPatterns[patternId])),
  );
  return begin(context, patternId, total, confirmation);
}

/** Guides the next block of rounds, then asks to go on, or finishes with the closing bell. */
export function continueBreathing(context: Context, before: Speech = []): Outcome {
  const { activity } = context.state;
  if (activity.name !== 'breathing') return beginRounds(context, roundsRange.default, true, 'box');
  const { breathing } = context.content;
  const pattern = breathingPatterns[activity.pattern];
  const remaining = activity.roundsTotal - activity.roundsDone;
  const perResponse = roundsPerResponse(pattern);
  // A single round left over is guided now, rather than asking to go on for one more.
  const isNearlyDone = remaining <= perResponse + 1;
  const count = isOneShot(context) || isNearlyDone ? remaining : perResponse;
  const roundsDone = activity.roundsDone + count;
  const isFinishing = roundsDone >= activity.roundsTotal;
  const soundsAllowed = maxSoundsPerResponse - (isFinishing ? 1 : 0);
  const guidedRounds = [...before, ...rounds(context, pattern, count, soundsAllowed)];
  const visual = visualFor(
    context,
    activity.pattern,
    before,
    activity.roundsDone + 1,
    count,
    activity.roundsTotal,
  );

  if (!isFinishing) {
    const question = breathing.keepGoing(
      inWords(context, roundsDone),
      inWords(context, activity.roundsTotal),
    );
    const outcome = ask(
      context,
      [...guidedRounds, ...spoken(question)],
      spoken(breathing.keepGoingReprompt),
      'keepBreathing',
      {
        activity: { ...activity, roundsDone },
      },
    );
    return { ...outcome, reply: { ...outcome.reply, visual } };
  }
  const bell: SpeechPart = { type: 'sound', sound: 'bell', seconds: soundSeconds.bell };
  const finished = [...guidedRounds, bell, ...guided(pick(breathing.finished, context.random))];
  const outcome = isOneShot(context)
    ? close([...finished, ...spoken(pick(context.content.oneShotGoodbye, context.random))])
    : whatNext(context, finished);
  return { ...outcome, reply: { ...outcome.reply, visual } };
}

/** Ends the practice early when the listener says they have had enough. */
export function finishBreathing(context: Context): Outcome {
  return whatNext(context, guided(pick(context.content.breathing.finished, context.random)));
}
