import type { ModelIntent } from '../src/core/intents';

/**
 * What Alexa's built-in intents already understand, which our samples only extend. Dialogflow has no
 * built-ins, so its agent gets these as training phrases too; the terminal chat uses them to resolve as Alexa would.
 */
export const builtInPhrases: Partial<Record<ModelIntent, readonly string[]>> = {
  stop: ['stop', 'off', 'shut up', 'be quiet', 'quiet'],
  cancel: ['cancel', 'never mind', 'forget it'],
  help: ['help', 'help me', 'what do i do'],
  yes: ['yes', 'yeah', 'yep', 'yes please', 'sure'],
  no: ['no', 'nope', 'no thanks'],
  repeat: ['repeat', 'say that again', 'repeat that'],
  startOver: ['start over', 'restart'],
  navigateHome: ['go home', 'home', 'main menu'],
};

/** What starts a Dialogflow conversation besides the WELCOME event: greetings, and the skill's name. */
export const welcomePhrases: readonly string[] = [
  'hello',
  'hi',
  'hey',
  'hi there',
  'good evening',
  'good morning',
  'open kind recovery',
  'talk to kind recovery',
  'kind recovery',
  'start',
];
