import type { ApiCall } from './alexaApis';

type Json = Record<string, unknown>;

const isJson = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Permission scopes in the words Alexa's own question uses. */
const permissionWords: Readonly<Record<string, string>> = {
  'alexa::alerts:reminders:skill:readwrite': 'set reminders',
};

/** What a permission scope lets the skill do, in plain words. */
export const permissionToDo = (scope: string): string => permissionWords[scope] ?? `use "${scope}"`;

const seconds = (milliseconds: unknown): string => {
  const value = Math.round((Number(milliseconds) || 0) / 100) / 10;
  return `${value} s`;
};

/** The text a screen shows, in reading order: every Text component under the template. */
function textsOf(component: unknown): string[] {
  if (!isJson(component)) return [];
  const own =
    component.type === 'Text' && typeof component.text === 'string' ? [component.text] : [];
  const children = [...asList(component.items), ...(component.item ? [component.item] : [])];
  return [...own, ...children.flatMap(textsOf)];
}

/** The scale an AnimateItem moves a component from and to. */
function scalesOf(command: Json): { from: number; to: number } | undefined {
  const transform = asList(command.value).find(
    (value) => isJson(value) && value.property === 'transform',
  );
  if (!isJson(transform)) return undefined;
  const scaleIn = (list: unknown) => {
    const found = asList(list).find((item) => isJson(item) && typeof item.scale === 'number');
    return isJson(found) ? (found.scale as number) : undefined;
  };
  const from = scaleIn(transform.from);
  const to = scaleIn(transform.to);
  return from === undefined || to === undefined ? undefined : { from, to };
}

/** One command as a phase of the circle: "grow 4 s", "hold 7 s", "shrink 8 s". */
function phaseOf(command: unknown): string | undefined {
  if (!isJson(command)) return undefined;
  if (command.type === 'Idle') return `hold ${seconds(command.delay)}`;
  if (command.type !== 'AnimateItem') return undefined;
  const scales = scalesOf(command);
  const movement = !scales
    ? 'move'
    : scales.to > scales.from
      ? 'grow'
      : scales.to < scales.from
        ? 'shrink'
        : 'hold';
  return `${movement} ${seconds(command.duration)}`;
}

/** How the document's commands move the circle: a wait, then one round of phases repeated. */
function circleOf(document: Json): string | undefined {
  const commands = asList(document.onMount).filter(isJson);
  const rounds = commands.find((command) => command.type === 'Sequential');
  if (!rounds) return undefined;
  const phases = asList(rounds.commands).map(phaseOf).filter(Boolean);
  if (phases.length === 0) return undefined;
  const times = (Number(rounds.repeatCount) || 0) + 1;
  const waits = commands.slice(0, commands.indexOf(rounds));
  const leadIn = waits.reduce(
    (sum, command) => sum + (command.type === 'Idle' ? Number(command.delay) || 0 : 0),
    0,
  );
  return `circle: ${phases.join(', ')}, × ${times}${leadIn > 0 ? ` (starting after ${seconds(leadIn)})` : ''}`;
}

/** An APL document as lines of text: what the screen says, and how its breathing circle moves. */
export function describeScreen(document: unknown): string[] {
  if (!isJson(document)) return [];
  const template = isJson(document.mainTemplate) ? document.mainTemplate : {};
  const texts = asList(template.items).flatMap(textsOf);
  const circle = circleOf(document);
  if (circle) return [texts.join(' · '), circle];
  return texts.flatMap((text) => text.split('\n'));
}

const pad = (value: string | undefined) => (value ?? '0').padStart(2, '0');

const frequencyWords: Readonly<Record<string, string>> = {
  DAILY: 'daily',
  WEEKLY: 'weekly',
  MONTHLY: 'monthly',
};

/** When a reminder the skill created will ring, from its trigger. */
function whenOf(trigger: Json): string {
  const recurrence = isJson(trigger.recurrence) ? trigger.recurrence : undefined;
  const rule = asList(recurrence?.recurrenceRules).find((item) => typeof item === 'string');
  if (typeof rule === 'string') {
    const parts = Object.fromEntries(
      rule
        .split(';')
        .filter(Boolean)
        .map((part) => part.split('=') as [string, string]),
    );
    const frequency = frequencyWords[parts.FREQ ?? ''] ?? 'repeating';
    return `A ${frequency} reminder is set for ${pad(parts.BYHOUR)}:${pad(parts.BYMINUTE)}`;
  }
  if (typeof trigger.scheduledTime === 'string')
    return `A reminder is set for ${trigger.scheduledTime}`;
  if (typeof trigger.offsetInSeconds === 'number')
    return `A reminder is set for ${trigger.offsetInSeconds} seconds from now`;
  return 'A reminder is set';
}

/** What a call to the Alexa APIs did, as the listener would find it in their Alexa app; nothing for a lookup. */
export function describeApiCall(call: ApiCall): string | undefined {
  if (!call.path.startsWith('/v1/alerts/reminders')) return undefined;
  if (call.method === 'DELETE')
    return `The reminder ${call.path.split('/').pop() ?? ''} is deleted.`;
  if (call.method !== 'POST' || !isJson(call.body)) return undefined;
  const trigger = isJson(call.body.trigger) ? call.body.trigger : {};
  const alertInfo = isJson(call.body.alertInfo) ? call.body.alertInfo : {};
  const spokenInfo = isJson(alertInfo.spokenInfo) ? alertInfo.spokenInfo : {};
  const spoken = asList(spokenInfo.content).find(isJson);
  return typeof spoken?.text === 'string'
    ? `${whenOf(trigger)}: "${spoken.text}"`
    : `${whenOf(trigger)}.`;
}
