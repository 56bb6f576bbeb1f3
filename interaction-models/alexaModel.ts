import { supportedLocales } from '../src/content';
import { alexaNameOf } from '../src/platforms/alexa/intentNames';
import type { LanguageModel } from './languageModel';

/** The English locales the Alexa skill is published in. */
export const alexaLocales = supportedLocales;

/** An Alexa interaction model as the ASK CLI and developer console read it. */
export interface AlexaInteractionModel {
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
          readonly name: { readonly value: string; readonly synonyms: readonly string[] };
        }[];
      }[];
    };
  };
}

/** The Alexa interaction model for one locale, from the shared language model. */
export function toAlexaModel(model: LanguageModel): AlexaInteractionModel {
  return {
    interactionModel: {
      languageModel: {
        invocationName: model.invocationName,
        intents: [
          ...model.intents.map((spec) => ({
            name: alexaNameOf[spec.intent],
            ...(spec.slots.length > 0
              ? { slots: spec.slots.map(({ name, type }) => ({ name, type })) }
              : {}),
            samples: [...spec.samples],
          })),
          // Free speech: one intent per carrier, so the carrier can be put back in front of the words.
          ...model.freeSpeech.carriers.map((carrier) => ({
            name: model.freeSpeech.intentName(carrier),
            slots: [{ name: model.freeSpeech.slot, type: 'AMAZON.SearchQuery' }],
            samples: [`${carrier} {${model.freeSpeech.slot}}`],
          })),
          {
            name: model.freeSpeech.catchAll.intentName,
            slots: [{ name: model.freeSpeech.slot, type: model.freeSpeech.catchAll.slotType }],
            samples: [`{${model.freeSpeech.slot}}`],
          },
        ],
        types: [
          ...model.slotTypes.map((type) => ({
            name: type.name,
            values: type.values.map((value) => ({
              id: value.id,
              name: { value: value.value, synonyms: [...value.synonyms] },
            })),
          })),
          {
            name: model.freeSpeech.catchAll.slotType,
            values: [
              {
                id: 'words',
                name: { value: model.freeSpeech.catchAll.value, synonyms: [] },
              },
            ],
          },
        ],
      },
    },
  };
}
