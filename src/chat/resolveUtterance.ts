import type { Intent as AlexaIntent, Slot } from 'ask-sdk-model';

/** The parts of a generated Alexa interaction model the resolver reads. */
export interface InteractionModel {
  readonly interactionModel: {
    readonly languageModel: {
      readonly invocationName: string;
      readonly intents: readonly {
        readonly name: string;
        readonly slots?: readonly { readonly name: string; readonly type: string }[];
        readonly samples: readonly string[];
      }[];
      readonly types: readonly {
        readonly name: string;
        readonly values: readonly {
          readonly id: string;
          readonly name: { readonly value: string; readonly synonyms?: readonly string[] };
        }[];
      }[];
    };
  };
}

/** Phrases Alexa's built-in intents understand without samples of ours. */
const builtInPhrases: Readonly<Record<string, readonly string[]>> = {
  'AMAZON.StopIntent': ['stop', 'off', 'shut up', 'be quiet', 'quiet'],
  'AMAZON.CancelIntent': ['cancel', 'never mind', 'forget it'],
  'AMAZON.HelpIntent': ['help', 'help me', 'what do i do'],
  'AMAZON.YesIntent': ['yes', 'yeah', 'yep', 'yes please', 'sure'],
  'AMAZON.NoIntent': ['no', 'nope', 'no thanks'],
  'AMAZON.RepeatIntent': ['repeat', 'say that again', 'repeat that'],
  'AMAZON.StartOverIntent': ['start over', 'restart'],
  'AMAZON.NavigateHomeIntent': ['go home', 'home', 'main menu'],
};

const numberWords: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  a: 1,
  an: 1,
};

/** Words that may follow a number without changing it ("seven rounds"). */
const countedThings = new Set(['rounds', 'round', 'times', 'cycles', 'breaths']);

/** Lowercase words without punctuation, as a speech recogniser would hand them over. */
export function normaliseUtterance(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9' -]+/g, ' ')
    .replace(/-/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** What AMAZON.NUMBER would hear: digits for "five" or "5", "?" when it is not a number. */
export function spokenNumber(text: string): string {
  const trimmed = text.trim();
  if (/^-?\d+$/.test(trimmed)) return String(Number(trimmed));
  const words = trimmed.split(' ').filter((word) => word !== 'and');
  while (words.length > 1 && countedThings.has(words[words.length - 1] ?? '')) words.pop();
  if (words.length === 0 || words.some((word) => numberWords[word] === undefined)) return '?';
  const total = words.reduce((sum, word) => {
    const value = numberWords[word] ?? 0;
    return value === 100 ? Math.max(sum, 1) * 100 : sum + value;
  }, 0);
  return String(total);
}

/** Politeness and invocation words a recogniser drops before matching. */
const leadingFillers =
  /^(?:(?:alexa|okay|ok|um|uh|so|well|hey|please|just|could you|can you|would you|will you|i'd like you to)\s+)+/;
const trailingFillers = /(?:\s+(?:please|now|thanks|thank you))+$/;

function withoutFillers(heard: string, invocationName: string): string {
  const invocation = new RegExp(
    `^(?:(?:ask|tell|open|start|launch|use)\\s+)?${escapeRegExp(invocationName)}\\s*(?:to\\s+)?`,
  );
  const stripped = heard
    .replace(leadingFillers, '')
    .replace(invocation, '')
    .replace(trailingFillers, '')
    .trim();
  return stripped === '' ? heard : stripped;
}

interface Template {
  readonly intent: string;
  readonly pattern: RegExp;
  readonly slotNames: readonly string[];
  readonly words: readonly string[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compile(intent: string, sample: string): Template {
  const normalised = sample.toLowerCase().replace(/\s+/g, ' ').trim();
  const slotNames = [...normalised.matchAll(/\{([a-z_]+)\}/gi)].map((match) => match[1] ?? '');
  const source = normalised
    .split(/(\{[a-z_]+\})/i)
    .map((piece) =>
      /^\{[a-z_]+\}$/i.test(piece) ? '(.+?)' : escapeRegExp(normaliseUtterance(piece)),
    )
    .filter((piece) => piece !== '')
    .join(' ');
  return {
    intent,
    pattern: new RegExp(`^${source}$`),
    slotNames,
    words: normaliseUtterance(normalised.replace(/\{[a-z_]+\}/gi, ' '))
      .split(' ')
      .filter(Boolean),
  };
}

/** Resolves typed or spoken words to an Alexa intent the way the platform would, from a generated model. */
export class UtteranceResolver {
  private readonly templates: Template[];
  private readonly slotTypes: Map<string, string>;

  private readonly invocationName: string;

  constructor(private readonly model: InteractionModel) {
    const { intents, invocationName } = model.interactionModel.languageModel;
    this.invocationName = invocationName;
    this.slotTypes = new Map(
      intents.flatMap((intent) =>
        (intent.slots ?? []).map((slot) => [`${intent.name}.${slot.name}`, slot.type] as const),
      ),
    );
    const modelNames = new Set(intents.map((intent) => intent.name));
    const builtIns = Object.entries(builtInPhrases)
      .filter(([name]) => modelNames.has(name))
      .flatMap(([name, phrases]) => phrases.map((phrase) => compile(name, phrase)));
    this.templates = [
      ...intents.flatMap((intent) => intent.samples.map((sample) => compile(intent.name, sample))),
      ...builtIns,
    ];
  }

  /** The intent Alexa would send for `utterance`; AMAZON.FallbackIntent when nothing fits. */
  resolve(utterance: string): AlexaIntent {
    const heard = withoutFillers(normaliseUtterance(utterance), this.invocationName);
    const exact = this.templates.filter(
      (template) => template.slotNames.length === 0 && template.pattern.test(heard),
    );
    if (exact[0]) return this.intent(exact[0].intent, {});
    const withSlots = this.templates
      .filter((template) => template.slotNames.length > 0)
      .map((template) => ({ template, match: heard.match(template.pattern) }))
      .filter((candidate) => candidate.match !== null)
      .map(({ template, match }) => ({
        template,
        values: Object.fromEntries(
          template.slotNames.map((name, index) => [name, match?.[index + 1] ?? '']),
        ),
      }))
      .map((candidate) => ({
        ...candidate,
        score: this.slotScore(candidate.template.intent, candidate.values),
      }))
      .sort((a, b) => b.score - a.score || b.template.words.length - a.template.words.length);
    const best = withSlots[0];
    if (best && best.score > 0) return this.intent(best.template.intent, best.values);
    const near = this.nearest(heard);
    if (near) return this.intent(near, {});
    // A carrier phrase with a slot Alexa could not fill ("breathe for purple rounds") still picks the intent.
    const carried = withSlots.find((candidate) => candidate.template.words.length >= 2);
    if (carried) return this.intent(carried.template.intent, carried.values);
    return this.intent('AMAZON.FallbackIntent', {});
  }

  private slotScore(intent: string, values: Record<string, string>): number {
    return Object.entries(values).reduce((score, [name, value]) => {
      const type = this.slotTypes.get(`${intent}.${name}`);
      if (type === 'AMAZON.NUMBER') return score + (spokenNumber(value) === '?' ? 0 : 1);
      return score + (this.resolveCustom(type, value) ? 1 : 0);
    }, 0);
  }

  /** A sample whose words nearly all appear in what was said, for small differences in phrasing. */
  private nearest(heard: string): string | undefined {
    const heardWords = new Set(heard.split(' '));
    const scored = this.templates
      .filter((template) => template.slotNames.length === 0 && template.words.length >= 2)
      .map((template) => {
        const shared = template.words.filter((word) => heardWords.has(word)).length;
        return {
          intent: template.intent,
          score: shared / Math.max(template.words.length, heardWords.size),
        };
      })
      .sort((a, b) => b.score - a.score);
    const best = scored[0];
    return best && best.score >= 0.75 ? best.intent : undefined;
  }

  private resolveCustom(
    type: string | undefined,
    value: string,
  ): { id: string; name: string } | undefined {
    const slotType = this.model.interactionModel.languageModel.types.find(
      (candidate) => candidate.name === type,
    );
    const wanted = normaliseUtterance(value);
    const found = slotType?.values.find((candidate) =>
      [candidate.name.value, ...(candidate.name.synonyms ?? [])].some(
        (name) => normaliseUtterance(name) === wanted,
      ),
    );
    return found ? { id: found.id, name: found.name.value } : undefined;
  }

  private intent(name: string, values: Record<string, string>): AlexaIntent {
    const declared =
      this.model.interactionModel.languageModel.intents.find((intent) => intent.name === name)
        ?.slots ?? [];
    const slots = Object.fromEntries(
      declared.map((slot): [string, Slot] => {
        const raw = values[slot.name];
        if (raw === undefined) return [slot.name, { name: slot.name, confirmationStatus: 'NONE' }];
        if (slot.type === 'AMAZON.NUMBER')
          return [
            slot.name,
            { name: slot.name, value: spokenNumber(raw), confirmationStatus: 'NONE' },
          ];
        const resolved = this.resolveCustom(slot.type, raw);
        const authority = `amzn1.er-authority.echo-sdk.kind-recovery.${slot.type}`;
        return [
          slot.name,
          {
            name: slot.name,
            value: raw,
            confirmationStatus: 'NONE',
            resolutions: {
              resolutionsPerAuthority: [
                resolved
                  ? {
                      authority,
                      status: { code: 'ER_SUCCESS_MATCH' },
                      values: [{ value: { id: resolved.id, name: resolved.name } }],
                    }
                  : { authority, status: { code: 'ER_SUCCESS_NO_MATCH' }, values: [] },
              ],
            },
          },
        ];
      }),
    );
    return { name, confirmationStatus: 'NONE', ...(declared.length > 0 ? { slots } : {}) };
  }
}
