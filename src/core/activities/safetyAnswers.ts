import type { Context, Outcome } from '../context';
import { ask } from '../context';
import { pick } from '../random';
import { spoken } from '../script';
import { whatNext } from './menu';

/** A medication question: a kind refusal, the prescriber or pharmacist, and never a dose. */
export function medicationAnswer(context: Context): Outcome {
  return whatNext(context, spoken(pick(context.content.safety.medication, context.random)));
}

/** A slip: compassion, a nudge to tell someone, the emergency number in case it was too much, and a kind offer. */
export function slipAnswer(context: Context): Outcome {
  const { safety } = context.content;
  const { emergency } = context.contacts;
  const danger =
    emergency.length > 0 ? safety.slipDanger(emergency) : safety.slipDangerUnknownLocale;
  return ask(
    context,
    spoken(pick(safety.slip, context.random), danger, safety.offerBreak),
    spoken(safety.offerBreakReprompt),
    'offerBreak',
    { activity: { name: 'menu' } },
  );
}

/** Dizzy or unwell during a practice: stop at once, breathe normally, and know where help is. */
export function unwellAnswer(context: Context): Outcome {
  const { safety } = context.content;
  const { emergency } = context.contacts;
  const danger =
    emergency.length > 0 ? safety.unwellDanger(emergency) : safety.unwellDangerUnknownLocale;
  return whatNext(context, spoken(pick(safety.unwell, context.random), danger));
}
