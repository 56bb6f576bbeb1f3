import type { Context, Outcome } from '../context';
import { close, remembering } from '../context';
import { pick } from '../random';
import { guided, silence } from '../script';
import { speechSeconds } from '../../speech/timing';
import { guidedRounds } from './breathing';

/** How long a wind-down lasts, in minutes, when none is asked for, and the range a listener can ask for. */
export const windDownMinutes = { default: 10, least: 10, most: 20 } as const;

/** The long-exhale breaths that open it, each about ten seconds. */
const openingBreaths = 6;
/** The most breaths guided after the body scan; past them, silence, so the speech stays within Alexa's limit. */
const mostClosingBreaths = 20;
const secondsPerBreath = 10;

const inRange = (minutes: number) =>
  Math.min(windDownMinutes.most, Math.max(windDownMinutes.least, minutes));

/**
 * A wind-down for a sleepless night, with no questions: a settling, slow breaths with a long exhale, a body scan,
 * more breaths that fall quiet, a soft goodnight, and silence to the end of the minutes chosen; then the session
 * closes. Chimes are left out: this is for falling asleep.
 */
export function windDown(context: Context, minutesSaid?: string): Outcome {
  const { windDown: words } = context.content;
  const asked = Number.parseInt(minutesSaid ?? '', 10);
  const minutes = Number.isFinite(asked) ? inRange(asked) : windDownMinutes.default;
  const opening = [
    ...guided(pick(words.opening, context.random)),
    ...guidedRounds(context, 'extended-exhale', openingBreaths),
  ];
  const bodyScan = guided(words.bodyScan);
  const closing = guided(pick(words.closing, context.random));
  const fixed = speechSeconds([...opening, ...bodyScan, ...closing]);
  const remaining = Math.max(0, minutes * 60 - fixed);
  const breaths = Math.min(mostClosingBreaths, Math.floor(remaining / 2 / secondsPerBreath));
  const closingBreaths = guidedRounds(context, 'extended-exhale', breaths);
  const quiet = Math.max(0, Math.round(remaining - speechSeconds(closingBreaths)));
  const speech = [...opening, ...bodyScan, ...closingBreaths, ...closing, ...silence(quiet)];
  return remembering(context, close(speech), 'windDown');
}
