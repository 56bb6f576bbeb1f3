import type { Intent as AlexaIntent, canfulfill } from 'ask-sdk-model';
import type { ModelIntent, SlotName } from '../../core';
import { findPattern, minutesRange, roundsRange } from '../../core/activities/breathing';
import { findTheme } from '../../core/activities/affirmation';
import { findLesson } from '../../core/activities/lessons';
import { windDownMinutes } from '../../core/activities/windDown';
import { isObject } from '../isObject';
import { carrierOfIntent } from './freeSpeech';
import { alexaIntents } from './intentNames';

/** A slot as Alexa sent it in a CanFulfillIntentRequest, read defensively. */
interface HeardSlot {
  /** The words heard ("?" when Alexa heard something it could not make out). */
  readonly value: string;
  /** The id Alexa resolved the words to against the skill's own list (`ER_SUCCESS_MATCH`). */
  readonly resolvedId?: string;
  /** Whether Alexa looked the words up in the skill's list and found nothing (`ER_SUCCESS_NO_MATCH`). */
  readonly isUnresolved: boolean;
}

/** How the skill judges one slot's value; `isOwnWords` when the value is the person's words, not a listed value. */
interface SlotJudgement extends canfulfill.CanFulfillSlot {
  readonly isOwnWords?: boolean;
}

type SlotJudge = (slot: HeardSlot) => SlotJudgement;

/**
 * An intent Alexa may route to the skill without its name, and how each of its slots is judged; or why it never
 * may. A slot not said is not judged: every practice has a gentle default and starts at once without one.
 */
type Claim =
  { readonly slots: Readonly<Partial<Record<SlotName, SlotJudge>>> } | { readonly never: string };

const understood: SlotJudgement = { canUnderstand: 'YES', canFulfill: 'YES' };
const outOfRange: SlotJudgement = { canUnderstand: 'YES', canFulfill: 'NO' };
const unclear: SlotJudgement = { canUnderstand: 'MAYBE', canFulfill: 'NO' };

/** A whole number the practice can be played for; outside the range it would be kept within it, so not served as said. */
const wholeNumber =
  (range: { readonly min: number; readonly max: number }): SlotJudge =>
  ({ value }) => {
    if (!/^\d+$/.test(value.trim())) return unclear;
    const number = Number(value);
    return number >= range.min && number <= range.max ? understood : outOfRange;
  };

/**
 * A value from one of the skill's own lists, found by the same lookup the core uses. Words that match none are the
 * person's own: the skill would ask or offer rather than start, so at most a maybe.
 */
const listed =
  (find: (value: string) => string | undefined): SlotJudge =>
  ({ value, resolvedId, isUnresolved }) => {
    if (resolvedId !== undefined) return find(resolvedId) ? understood : outOfRange;
    if (!isUnresolved && find(value)) return understood;
    if (value.trim() === '?') return unclear;
    // Words that match nothing the skill has are not a request it can serve: claiming them would bring it
    // requests that name no skill and are about something else.
    return { canUnderstand: 'NO', canFulfill: 'NO', isOwnWords: true };
  };

const findLength = (value: string) =>
  ['short', 'long'].find((length) => length === value.trim().toLowerCase());

/** Never displaced by the skill: Alexa's own answer outside a skill comes first. */
const safety =
  "A danger, a medication question, a slip or feeling unwell: Alexa's own answer, never displaced by the skill.";
const builtIn = "Alexa's own built-in: outside a skill it is Alexa's to answer.";
const insideOnly = 'Means something only inside a conversation with the skill.';
const personal = "About the listener's own record or reminders: asked of the skill by name.";

/**
 * Every neutral intent, and whether a request said without the skill's name may be routed to it. A new intent is a
 * compile error here until someone decides.
 */
export const nameFreeClaims: Readonly<Record<ModelIntent, Claim>> = {
  breathe: {
    slots: {
      rounds: wholeNumber(roundsRange),
      minutes: wholeNumber(minutesRange),
      pattern: listed(findPattern),
    },
  },
  compassionBreak: { slots: { length: listed(findLength) } },
  urgeSurfing: { slots: {} },
  grounding: { slots: {} },
  windDown: {
    slots: { minutes: wholeNumber({ min: windDownMinutes.least, max: windDownMinutes.most }) },
  },
  affirmation: { slots: { theme: listed(findTheme) } },
  learn: { slots: { topic: listed(findLesson) } },
  listTopics: { never: insideOnly },
  explainUrgeSurfing: { never: 'A question of fact Alexa can answer itself.' },
  tellMeMore: { never: insideOnly },
  next: { never: insideOnly },
  chooseNumber: { never: insideOnly },
  crisis: { never: safety },
  bodyInDanger: { never: safety },
  someoneInDanger: { never: safety },
  medication: { never: safety },
  slip: { never: safety },
  feelingUnwell: { never: safety },
  progress: { never: personal },
  myUsual: { never: personal },
  quietOn: { never: personal },
  quietOff: { never: personal },
  forgetMe: { never: personal },
  setReminder: { never: "Alexa's own reminders answer this outside a skill." },
  cancelReminder: { never: "Alexa's own reminders answer this outside a skill." },
  support: { never: insideOnly },
  help: { never: builtIn },
  stop: { never: builtIn },
  cancel: { never: builtIn },
  fallback: { never: builtIn },
  repeat: { never: builtIn },
  yes: { never: builtIn },
  no: { never: builtIn },
  startOver: { never: builtIn },
  navigateHome: { never: builtIn },
};

const refused: canfulfill.CanFulfillIntent = { canFulfill: 'NO' };

/** A slot's words and how Alexa resolved them; undefined when the slot was not said. */
function heardSlot(slot: unknown): HeardSlot | undefined {
  if (!isObject(slot) || typeof slot.value !== 'string' || slot.value.trim() === '')
    return undefined;
  const authorities = isObject(slot.resolutions)
    ? slot.resolutions.resolutionsPerAuthority
    : undefined;
  const statuses = (Array.isArray(authorities) ? authorities : []).filter(isObject);
  const codeOf = (authority: Record<string, unknown>) =>
    isObject(authority.status) ? authority.status.code : undefined;
  const matched = statuses.find((authority) => codeOf(authority) === 'ER_SUCCESS_MATCH');
  const values: unknown = matched?.values;
  const first: unknown = Array.isArray(values) && isObject(values[0]) ? values[0].value : undefined;
  const id = isObject(first) && typeof first.id === 'string' ? first.id : undefined;
  return {
    value: slot.value,
    ...(id !== undefined ? { resolvedId: id } : {}),
    isUnresolved:
      matched === undefined &&
      statuses.some((authority) => codeOf(authority) === 'ER_SUCCESS_NO_MATCH'),
  };
}

/**
 * Whether the skill can serve a request Alexa heard without the skill's name: YES for a practice, lesson or
 * affirmation it can play as asked; MAYBE when a slot's value is unclear or outside what it plays, so it would ask;
 * NO for everything else, and always for danger, medication, a slip, feeling unwell, the person's free words (a
 * slot's words that match nothing the skill has) and Alexa's own built-ins.
 */
export function canFulfill(intent: AlexaIntent | undefined): canfulfill.CanFulfillIntent {
  const name = isObject(intent) && typeof intent.name === 'string' ? intent.name : '';
  if (carrierOfIntent.has(name) || !Object.hasOwn(alexaIntents, name)) return refused;
  const claim = nameFreeClaims[alexaIntents[name as keyof typeof alexaIntents]];
  if ('never' in claim) return refused;
  const given: Record<string, unknown> = isObject(intent?.slots) ? intent.slots : {};
  const answers = Object.entries(given).flatMap(([slotName, slot]) => {
    const heard = heardSlot(slot);
    if (!heard) return [];
    const judge = Object.hasOwn(claim.slots, slotName)
      ? claim.slots[slotName as SlotName]
      : undefined;
    const judgement = judge?.(heard);
    // The person's own words, whatever is in them, are never claimed.
    const isRefused = !judgement || judgement.isOwnWords === true;
    const answer: canfulfill.CanFulfillSlot = isRefused
      ? { canUnderstand: 'NO', canFulfill: 'NO' }
      : { canUnderstand: judgement.canUnderstand, canFulfill: judgement.canFulfill };
    return [{ slotName, answer, isRefused }];
  });
  // Built as own properties, so a slot named "__proto__" is a slot like any other.
  const slots = Object.fromEntries(answers.map(({ slotName, answer }) => [slotName, answer]));
  const isRefused = answers.some((answer) => answer.isRefused);
  if (isRefused) return { canFulfill: 'NO', slots };
  const isAsked = answers.every(
    ({ answer }) => answer.canUnderstand === 'YES' && answer.canFulfill === 'YES',
  );
  return {
    canFulfill: isAsked ? 'YES' : 'MAYBE',
    ...(answers.length > 0 ? { slots } : {}),
  };
}
