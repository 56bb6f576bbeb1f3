import type { PhoneNumber } from '../../content/types';
import type { Context, Outcome } from '../context';
import type { Speech } from '../reply';
import { askAside, close } from '../context';
import { pick } from '../random';
import { spoken } from '../script';
import { closeAfterCrisis } from './crisis';

/** Whether speech says a number, digit by digit or as the country says it. */
function saysNumber(speech: Speech, phone: PhoneNumber): boolean {
  return speech.some((part) =>
    part.type === 'digits'
      ? part.digits === phone.digits
      : part.type === 'text' && phone.sayAs !== undefined && part.text.includes(phone.sayAs),
  );
}

/** Silences in a row that close the call: the first is met with the question again. */
const silencesBeforeClose = 2;

/**
 * The person said nothing on a phone line, where the gateway asks the skill rather than reprompting by itself: the
 * first silence says the question still waiting again, gently (after a crisis answer, that is the number); a second
 * closes kindly rather than looping, and after a crisis answer the number is the last thing said.
 */
export function answerSilence(context: Context): Outcome {
  const { content, state } = context;
  const silences = (state.silences ?? 0) + 1;
  const isCrisis = state.activity.name === 'crisis';
  // On a call after a crisis answer, only the caller ends it: silence hears the number again, however long.
  const isStaying = isCrisis && context.turn.device.isPhoneCall === true;
  if (silences >= silencesBeforeClose && !isStaying) {
    return isCrisis
      ? closeAfterCrisis(context)
      : close(spoken(pick(content.silence.goodbye, context.random)));
  }
  const pending = state.lastSaid?.reprompt ?? spoken(content.whatNext.reprompt);
  // After a crisis answer the number is always near: said again when the question waiting does not say it. (A
  // medical emergency's questions all say the emergency number, and it never hears the crisis line.)
  const [line] = context.contacts.lines;
  const isSuicideCrisis = state.activity.name === 'crisis' && state.activity.isMedical !== true;
  const numbers =
    isSuicideCrisis && line && !saysNumber(pending, line)
      ? spoken(content.crisis.again(line, context.contacts.emergency))
      : [];
  const outcome = askAside(
    context,
    [...spoken(pick(content.silence.stillHere, context.random)), ...numbers, ...pending],
    pending,
  );
  return {
    ...outcome,
    state: { ...outcome.state, silences: Math.min(silences, silencesBeforeClose) },
  };
}
