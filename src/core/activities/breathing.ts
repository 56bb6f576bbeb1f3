import type { BreathingPatternId } from '../../content/types';
import { breathingPatternIds } from '../../content/types';
import type { Context, Outcome } from '../context';
import type { BreathingVisual, Speech, SpeechPart } from '../reply';
import type { BreathingPattern } from '../breathingPatterns';
import { estimateSpeechSeconds, guidedRateFactor, speechSeconds } from '../../speech/timing';
import {
  breathingPatterns,
  daysBeforeFullLength,
  roundSeconds,
  soundSeconds,
} from '../breathingPatterns';
import { remembering } from '../context';
import { pick } from '../random';
import { guided, silence, spoken } from '../script';
import { maxRounds } from '../state';
import { recordFourSevenEight } from '../profile';
import { afterPractice } from './afterPractice';

/** Rounds the listener may choose, and the default. */
export const roundsRange = { min: 1, max: maxRounds, default: 4 } as const;
/** Minutes the listener may choose. */
export const minutesRange = { min: 1, max: 10 } as const;
/** The pattern for anyone who did not name one: no holds, and a long breath out, gentlest for panic. */
export const defaultPattern: BreathingPatternId = 'extended-exhale';
/** Seconds of quiet between the opening words and the first cue. */
const settleSeconds = 2;

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

/** One phase as heard: its cue at the guided pace, then silence until the next cue is due. */
function phaseSpeech(cue: string, seconds: number): Speech {
  const rest = Math.round((seconds - estimateSpeechSeconds(cue, guidedRateFactor)) * 10) / 10;
  return [...guided(cue), ...(rest > 0 ? silence(rest) : [])];
}

/** Rounds of a pattern, cues and silences only: the time from one cue to the next is the phase's length. */
export function guidedRounds(
  context: Context,
  patternId: BreathingPatternId,
  count: number,
): Speech {
  const { cues } = context.content.breathing;
  const round = breathingPatterns[patternId].phases.flatMap(({ phase, seconds }) =>
    phaseSpeech(cues[phase], seconds),
  );
  return Array.from({ length: count }, () => round).flat();
}

/** Whether the listener is still new to a pattern with limits: without a memory of them, always. */
function isNewcomer(context: Context): boolean {
  return (context.profile?.fourSevenEightDays.length ?? 0) < daysBeforeFullLength;
}

/** How long the practice lasts, and the words that say so. */
interface Length {
  readonly rounds: number;
  readonly said: readonly string[];
}

/** Rounds for a pattern with limits (four-seven-eight): never by minutes, four for a newcomer, eight at most. */
function limitedLength(
  context: Context,
  pattern: BreathingPattern & { limits: NonNullable<BreathingPattern['limits']> },
  name: string,
  rounds: number | undefined,
  minutes: number | undefined,
): Length {
  const words = context.content.breathing;
  const most = isNewcomer(context) ? pattern.limits.newcomerRounds : pattern.limits.mostRounds;
  const asked = rounds ?? roundsRange.default;
  const total = clamp(asked, { min: roundsRange.min, max: most });
  const notes = [
    ...(minutes !== undefined ? [words.fourSevenEight.inRoundsNotMinutes] : []),
    ...(asked > most
      ? [
          isNewcomer(context)
            ? words.fourSevenEight.startWithFour
            : words.fourSevenEight.atMostEight,
        ]
      : asked < roundsRange.min
        ? [words.roundsOutOfRange]
        : []),
  ];
  return { rounds: total, said: [...notes, words.starting.rounds(inWords(context, total), name)] };
}

/** How long the listener asked for, kept kindly within range. */
function chosenLength(
  context: Context,
  patternId: BreathingPatternId,
  rounds: number | undefined,
  minutes: number | undefined,
): Length {
  const words = context.content.breathing;
  const pattern = breathingPatterns[patternId];
  const name = words.patterns[patternId].name;
  if (pattern.limits) {
    return limitedLength(context, { ...pattern, limits: pattern.limits }, name, rounds, minutes);
  }
  if (minutes !== undefined && rounds === undefined) {
    const chosen = clamp(minutes, minutesRange);
    return {
      rounds: Math.max(1, Math.round((chosen * 60) / roundSeconds(pattern))),
      said: [
        ...(chosen === minutes ? [] : [words.minutesOutOfRange]),
        words.starting.minutes(inWords(context, chosen), name),
      ],
    };
  }
  const asked = rounds ?? roundsRange.default;
  const chosen = clamp(asked, roundsRange);
  return {
    rounds: chosen,
    said: [
      ...(chosen === asked ? [] : [words.roundsOutOfRange]),
      words.starting.rounds(inWords(context, chosen), name),
    ],
  };
}

function visualFor(
  context: Context,
  patternId: BreathingPatternId,
  leadIn: Speech,
  rounds: number,
): BreathingVisual {
  return {
    kind: 'breathing',
    title: context.content.breathing.patterns[patternId].name,
    phases: breathingPatterns[patternId].phases,
    leadInSeconds: Math.round(speechSeconds(leadIn) * 10) / 10,
    firstRound: 1,
    rounds,
    totalRounds: rounds,
  };
}

/**
 * Starts breathing at once, saying how long and which pattern as it begins: the pattern named, or the one under
 * way when only a length was said, or the long exhale; four rounds unless a length was said. The whole practice
 * plays through, then ends with the bell and a check-in.
 */
export function startBreathing(
  context: Context,
  slots: { rounds?: string; minutes?: string; pattern?: string },
): Outcome {
  const { activity } = context.state;
  const patternId =
    findPattern(slots.pattern) ??
    (activity.name === 'breathing' ? activity.pattern : undefined) ??
    defaultPattern;
  return breathe(context, patternId, parseRounds(slots.rounds), parseRounds(slots.minutes));
}

/** Starts `patternId` for the rounds or minutes asked, or the default length. */
export function breathe(
  context: Context,
  patternId: BreathingPatternId,
  rounds?: number,
  minutes?: number,
): Outcome {
  const { breathing } = context.content;
  const length = chosenLength(context, patternId, rounds, minutes);
  const leadIn = [
    ...spoken(...length.said, breathing.patterns[patternId].description, breathing.safetyNote),
    ...silence(settleSeconds),
  ];
  const bell: SpeechPart = { type: 'sound', sound: 'bell', seconds: soundSeconds.bell };
  const practice = [
    ...leadIn,
    ...guidedRounds(context, patternId, length.rounds),
    bell,
    ...guided(pick(breathing.finished, context.random)),
  ];
  const outcome = afterPractice(context, practice, 'breathing', {
    activity: {
      name: 'breathing',
      pattern: patternId,
      roundsTotal: length.rounds,
      roundsDone: length.rounds,
    },
  });
  const withVisual = {
    ...outcome,
    reply: { ...outcome.reply, visual: visualFor(context, patternId, leadIn, length.rounds) },
  };
  const remembered = remembering(context, withVisual, `breathing:${patternId}`);
  return patternId === 'four-seven-eight' && remembered.profile
    ? {
        ...remembered,
        profile: recordFourSevenEight(remembered.profile, context.turn.today),
      }
    : remembered;
}
