import type { Intent as AlexaIntent, Slot } from 'ask-sdk-model';
import type { AlexaInteractionModel } from '../../interaction-models/alexaModel';
import { builtInPhrases } from '../../interaction-models/builtInPhrases';
import type { ModelIntent } from '../core';
import { alexaNameOf } from '../platforms/alexa/intentNames';
import { spokenNumber } from './spokenNumber';
import { spokenTime } from './spokenTime';
import { contentWords, similarity } from './wordSimilarity';

/** A generated Alexa interaction model (or a Dialogflow agent read into the same shape). */
export type InteractionModel = AlexaInteractionModel;

/** Contractions typed without their apostrophe, as a recogniser writes them when they are spoken. */
const spokenContractions: ReadonlyMap<string, string> = new Map(
  (
    "i'm i've don't can't won't isn't didn't doesn't haven't hasn't wasn't couldn't wouldn't shouldn't " +
    "aren't there's what's he's she's that's they're you're everything's"
  )
    .split(' ')
    .map((spoken): [string, string] => [spoken.replace("'", ''), spoken])
    // Spoken, "its" is nearly always "it's": a recogniser writes the possessive only from context.
    .concat([['its', "it's"]]),
);

/** Lowercase words without punctuation, as a speech recogniser would hand them over. */
export function normaliseUtterance(text: string): string {
  const heard = text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^a-z0-9' -]+/g, ' ')
    .replace(/-/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return heard
    .split(' ')
    .map((word) => spokenContractions.get(word) ?? word)
    .join(' ');
}

/** Politeness, invocation and wanting words a listener wraps around a request. */
const leadingFillers =
  /^(?:(?:alexa|okay|ok|um|uh|so|well|hey|please|just|could you|can you|would you|will you|can we|could we|i'd like you to|i'd like to|i would like to|i want to|i wanna|let's)\s+)+/;
const trailingFillers =
  /(?:\s+(?:please|now|thanks|thank you|last night|yesterday|today|tonight|this morning|this evening|earlier|again))+$/;

/** What was heard, then the same without fillers and invocation, so either can match a sample. */
function readings(heard: string, invocationName: string): string[] {
  const invocation = new RegExp(
    `^(?:(?:ask|tell|open|start|launch|use)\\s+)?${escapeRegExp(invocationName)}\\s*(?:to\\s+|for\\s+)?`,
  );
  const withoutInvocation = heard
    .replace(/^alexa\s+/, '')
    .replace(invocation, '')
    .trim();
  const stripped = withoutInvocation
    .replace(leadingFillers, '')
    .replace(trailingFillers, '')
    .trim();
  return [...new Set([heard, withoutInvocation, stripped])].filter((reading) => reading !== '');
}

interface Template {
  readonly intent: string;
  readonly pattern: RegExp;
  readonly slotNames: readonly string[];
  /** The sample's meaningful words, for near matches. */
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
    words: contentWords(normaliseUtterance(normalised.replace(/\{[a-z_]+\}/gi, ' '))),
  };
}

/** Resolves typed or spoken words to an Alexa intent the way the platform would, from a generated model. */
export class UtteranceResolver {
  private readonly templates: Template[];
  private readonly slotTypes: Map<string, string>;

  private readonly invocationName: string;

  /**
   * With `isCatchingAll` (the default), a sample that is a custom slot alone takes speech nothing else matched,
   * its slot unresolved, as Alexa fills such a slot; without it, that speech is Alexa's fallback, the more
   * cautious reading of what Alexa will do.
   */
  constructor(
    private readonly model: InteractionModel,
    private readonly options: { readonly isCatchingAll?: boolean } = {},
  ) {
    const { intents, invocationName } = model.interactionModel.languageModel;
    this.invocationName = invocationName;
    this.slotTypes = new Map(
      intents.flatMap((intent) =>
        (intent.slots ?? []).map((slot) => [`${intent.name}.${slot.name}`, slot.type] as const),
      ),
    );
    const modelNames = new Set(intents.map((intent) => intent.name));
    const builtIns = Object.entries(builtInPhrases)
      .map(([intent, phrases]) => [alexaNameOf[intent as ModelIntent], phrases ?? []] as const)
      .filter(([name]) => modelNames.has(name))
      .flatMap(([name, phrases]) => phrases.map((phrase) => compile(name, phrase)));
    const isFree = (intent: (typeof intents)[number]) =>
      (intent.slots ?? []).some((slot) => slot.type === 'AMAZON.SearchQuery');
    const compiled = intents.flatMap((intent) =>
      intent.samples.map((sample) => ({
        template: compile(intent.name, sample),
        isFree: isFree(intent),
      })),
    );
    this.templates = [
      ...compiled.filter(({ isFree }) => !isFree).map(({ template }) => template),
      ...builtIns,
    ];
    this.freeTemplates = compiled.filter(({ isFree }) => isFree).map(({ template }) => template);
  }

  /** Samples with an AMAZON.SearchQuery slot after a carrier: they take any words, when nothing else fits. */
  private readonly freeTemplates: Template[];

  /** Whether the words only open the skill ("Alexa, open kind recovery"), which Alexa sends as a launch. */
  isLaunch(utterance: string): boolean {
    const heard = normaliseUtterance(utterance).replace(/^alexa\s+/, '');
    const name = escapeRegExp(this.invocationName);
    return new RegExp(`^(?:(?:open|start|launch|ask|talk to|use)\\s+)?${name}$`).test(heard);
  }

  /** The intent Alexa would send for `utterance`; AMAZON.FallbackIntent when nothing fits. */
  resolve(utterance: string): AlexaIntent {
    const heard = readings(normaliseUtterance(utterance), this.invocationName);
    // The words as said are tried before the same words with fillers taken away.
    const exact = heard
      .map((reading) =>
        this.templates.find(
          (template) => template.slotNames.length === 0 && template.pattern.test(reading),
        ),
      )
      .find((template) => template !== undefined);
    if (exact) return this.intent(exact.intent, {});
    const filled = this.slotMatches(heard);
    const best = filled[0];
    if (best && best.score > 0) return this.intent(best.template.intent, best.values);
    const near = this.nearest(heard[heard.length - 1] ?? '');
    if (near) return this.intent(near, {});
    const free = this.freeSpeech(heard);
    if (free) return free;
    // A carrier phrase around a slot Alexa could not fill ("breathe for purple rounds") still picks its intent.
    const carried = filled.find(
      (candidate) =>
        candidate.template.words.length >= 1 &&
        Object.values(candidate.values).every((value) => value.split(' ').length <= 2),
    );
    if (carried) return this.intent(carried.template.intent, carried.values);
    return this.catchAll(heard) ?? this.intent('AMAZON.FallbackIntent', {});
  }

  /** A carrier and the words after it, from the first reading a free-speech sample takes (the words as said first). */
  private freeSpeech(heard: readonly string[]): AlexaIntent | undefined {
    for (const reading of heard) {
      for (const template of this.freeTemplates) {
        const match = reading.match(template.pattern);
        const [slotName] = template.slotNames;
        if (match?.[1] && slotName) return this.intent(template.intent, { [slotName]: match[1] });
      }
    }
    return undefined;
  }

  /**
   * Speech nothing else took, in the slot of a catch-all: a sample that is one slot alone, of a custom type with a
   * single value, which nothing said will resolve to. Samples of a real type alone ("{pattern}") are not assumed to
   * catch everything, though on Alexa they may.
   */
  private catchAll(heard: readonly string[]): AlexaIntent | undefined {
    if (this.options.isCatchingAll === false) return undefined;
    const { types } = this.model.interactionModel.languageModel;
    const isCatchAllType = (type: string | undefined) =>
      types.find((candidate) => candidate.name === type)?.values.length === 1;
    const catcher = this.templates.find(
      (template) =>
        template.words.length === 0 &&
        template.slotNames.length === 1 &&
        isCatchAllType(this.slotTypes.get(`${template.intent}.${template.slotNames[0]}`)),
    );
    // The words as said, less the invocation ("ask kind recovery"): Alexa fills the slot with all of them.
    const words = heard.find((reading) => !reading.includes(this.invocationName)) ?? heard[0];
    if (!catcher || !words) return undefined;
    return this.intent(catcher.intent, { [catcher.slotNames[0]!]: words });
  }

  /** Samples with slots that match a reading, best filled first. */
  private slotMatches(heard: readonly string[]) {
    return this.templates
      .filter((template) => template.slotNames.length > 0)
      .flatMap((template) =>
        heard.flatMap((reading) => {
          const match = reading.match(template.pattern);
          if (!match) return [];
          const values = Object.fromEntries(
            template.slotNames.map((name, index) => [name, match[index + 1] ?? '']),
          );
          const isCarried = template.words.length > 0;
          return [{ template, values, score: this.slotScore(template.intent, values, isCarried) }];
        }),
      )
      .sort((a, b) => b.score - a.score || b.template.words.length - a.template.words.length);
  }

  /** How well a sample's slots are filled; a value only near a known one counts when a carrier phrase frames it. */
  private slotScore(intent: string, values: Record<string, string>, isCarried: boolean): number {
    return Object.entries(values).reduce((score, [name, value]) => {
      const type = this.slotTypes.get(`${intent}.${name}`);
      if (type === 'AMAZON.NUMBER') return score + (spokenNumber(value) === '?' ? 0 : 1);
      if (type === 'AMAZON.TIME') return score + (spokenTime(value) === '?' ? 0 : 1);
      if (this.resolveCustom(type, value)) return score + 1;
      return score + (isCarried && this.resolveCustom(type, value, true) ? 0.5 : 0);
    }, 0);
  }

  /** The sample closest in meaningful words, for the small differences in phrasing Alexa tolerates. */
  private nearest(heard: string): string | undefined {
    const heardWords = contentWords(heard);
    const scored = this.templates
      .filter((template) => template.slotNames.length === 0)
      .map((template) => ({
        intent: template.intent,
        score: similarity(heardWords, template.words),
      }))
      .sort((a, b) => b.score - a.score);
    const best = scored[0];
    return best && best.score >= 0.75 ? best.intent : undefined;
  }

  /**
   * The slot-type value a heard value names: exactly (a leading "the", "a", "my" aside), or, when `isNearEnough`,
   * the value whose meaningful words are closest, as Alexa's entity resolution tolerates small differences.
   */
  private resolveCustom(
    type: string | undefined,
    value: string,
    isNearEnough = false,
  ): { id: string; name: string } | undefined {
    const slotType = this.model.interactionModel.languageModel.types.find(
      (candidate) => candidate.name === type,
    );
    const namesOf = (candidate: NonNullable<typeof slotType>['values'][number]) => [
      candidate.name.value,
      ...(candidate.name.synonyms ?? []),
    ];
    const wanted = normaliseUtterance(value).replace(/^(the|a|an|my|about) /, '');
    const found = slotType?.values.find((candidate) =>
      namesOf(candidate).some(
        (name) => normaliseUtterance(name).replace(/^(the|a|an|my|about) /, '') === wanted,
      ),
    );
    if (found) return { id: found.id, name: found.name.value };
    if (!isNearEnough || !slotType) return undefined;
    const wantedWords = contentWords(wanted);
    const nearest = slotType.values
      .flatMap((candidate) =>
        namesOf(candidate).map((name) => ({
          candidate,
          score: similarity(wantedWords, contentWords(normaliseUtterance(name))),
        })),
      )
      .sort((a, b) => b.score - a.score)[0];
    return nearest && nearest.score >= 0.8
      ? { id: nearest.candidate.id, name: nearest.candidate.name.value }
      : undefined;
  }

  private intent(name: string, values: Record<string, string>): AlexaIntent {
    const declared =
      this.model.interactionModel.languageModel.intents.find((intent) => intent.name === name)
        ?.slots ?? [];
    const slots = Object.fromEntries(
      declared.map((slot): [string, Slot] => {
        const raw = values[slot.name];
        if (raw === undefined) return [slot.name, { name: slot.name, confirmationStatus: 'NONE' }];
        if (slot.type === 'AMAZON.TIME') {
          return [
            slot.name,
            { name: slot.name, value: spokenTime(raw), confirmationStatus: 'NONE' },
          ];
        }
        if (slot.type === 'AMAZON.SearchQuery') {
          return [slot.name, { name: slot.name, value: raw, confirmationStatus: 'NONE' }];
        }
        if (slot.type === 'AMAZON.NUMBER')
          return [
            slot.name,
            { name: slot.name, value: spokenNumber(raw), confirmationStatus: 'NONE' },
          ];
        const resolved =
          this.resolveCustom(slot.type, raw) ?? this.resolveCustom(slot.type, raw, true);
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
