import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { canonicalLocale, supportedLocales } from '../content';
import { crisisContactsByLocale } from '../content/crisisContacts';
import type { HeardTurn } from './conversation';
import type { InteractionModel } from './resolveUtterance';
import type { PermissionAnswer } from './alexaRequests';
import { startAlexaApis } from './alexaApis';
import { middayToday, newSession, seededIds } from './alexaRequests';
import { Conversation } from './conversation';
import { agentAsModel } from './dialogflowAgentModel';
import { DialogflowConversation } from './dialogflowConversation';
import { UtteranceResolver } from './resolveUtterance';
import { inProcess, overHttp, webhookInProcess, webhookOverHttp } from './transport';

const usage = `Talk to Kind Recovery in the terminal, as an Alexa device or the Dialogflow phone line would.

  npm run chat                                  Alexa, in this process
  npm run chat -- --url http://127.0.0.1:3000   to a running \`npm run dev\`
  npm run chat -- --platform dialogflow         a call to the Dialogflow phone line (the webhook adapter)
  npm run chat -- --locale en-GB                another English locale
  npm run chat -- --screen                      as an Alexa device with a screen
  npm run chat -- --ask "for an affirmation"    a one-shot: "Alexa, ask kind recovery for an affirmation"
  npm run chat -- --grant yes                   answer Alexa's permission questions (reminders) yes, or no
  npm run chat -- --seed 1                      the same words every time (ids counted from 1, the clock at midday UTC)

Type what you would say. An empty line is silence. "stop" or Ctrl-D ends it.
Alexa's own questions (a permission) are answered like any line, y or n, unless --grant answers them.`;

const modelsFolder = join(__dirname, '..', '..', 'interaction-models');

function alexaModelFor(locale: string): InteractionModel {
  const path = join(modelsFolder, 'alexa', `${locale}.json`);
  const fallback = join(modelsFolder, 'alexa', 'en-US.json');
  return JSON.parse(readFileSync(existsSync(path) ? path : fallback, 'utf8')) as InteractionModel;
}

/** The locales each platform answers in: Alexa's published ones, and every locale the phone line has numbers for. */
const localesOf = {
  alexa: supportedLocales,
  dialogflow: Object.keys(crisisContactsByLocale),
} as const;

/** The locale asked for, in its usual spelling, or a clear refusal naming the ones there are. */
function localeFor(platform: keyof typeof localesOf, asked: string): string {
  const locale = canonicalLocale(asked);
  const known: readonly string[] = localesOf[platform];
  if (known.includes(locale)) return locale;
  throw new Error(
    `--locale "${asked}" is not one Kind Recovery speaks on ${platform === 'alexa' ? 'Alexa' : 'Dialogflow'}. ` +
      `Choose one of: ${known.join(', ')}.`,
  );
}

const grantAnswers: Readonly<Record<string, PermissionAnswer>> = {
  yes: 'ACCEPTED',
  no: 'DENIED',
};

function print(turn: HeardTurn, voice: string): void {
  const labelled = (label: string, text: string) =>
    `\n  [${label}] ${text.replace(/\n/g, `\n${' '.repeat(label.length + 5)}`)}`;
  if (turn.understood) console.log(`  (understood: ${turn.understood})`);
  if (turn.speech) console.log(`\n${voice}: ${turn.speech}`);
  if (turn.card) console.log(labelled('card', turn.card));
  if (turn.screen) console.log(labelled('screen', turn.screen.join('\n')));
  for (const note of turn.notes ?? []) console.log(`\n  (${note})`);
  if (turn.asks) console.log(`\n(${turn.asks} Grant it? [y/n])`);
  if (turn.isSessionOver) console.log('\n(The session has ended.)');
}

/** What the terminal needs of a conversation on either platform. */
interface ChatConversation {
  readonly hasEnded: boolean;
  /** Whether the platform itself is asking the listener something (Alexa's permission question). */
  readonly isAskingPermission?: boolean;
  open(): Promise<HeardTurn>;
  say(words: string): Promise<HeardTurn>;
  answerPermission?(answer: PermissionAnswer): Promise<HeardTurn>;
  leave(): Promise<void> | void;
}

async function main(): Promise<void> {
  // Log lines would interleave with the conversation; LOG_LEVEL still wins when set.
  process.env.LOG_LEVEL ??= 'silent';
  // The terminal chat remembers within one run unless USER_STORE says otherwise.
  process.env.USER_STORE ??= 'memory';
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      platform: { type: 'string', default: 'alexa' },
      locale: { type: 'string', default: 'en-US' },
      screen: { type: 'boolean', default: false },
      ask: { type: 'string' },
      grant: { type: 'string' },
      seed: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const isDialogflow = values.platform === 'dialogflow';
  if (!isDialogflow && values.platform !== 'alexa') {
    throw new Error(`--platform is "alexa" or "dialogflow", not "${values.platform}".`);
  }
  const locale = localeFor(isDialogflow ? 'dialogflow' : 'alexa', values.locale ?? 'en-US');
  const granting =
    values.grant !== undefined && Object.hasOwn(grantAnswers, values.grant)
      ? grantAnswers[values.grant]
      : undefined;
  if (values.grant !== undefined && !granting) {
    throw new Error(`--grant is "yes" or "no", not "${values.grant}".`);
  }
  if (isDialogflow && (values.grant !== undefined || values.ask !== undefined)) {
    throw new Error(
      '--ask and --grant are for Alexa; the phone line has no one-shots or permissions.',
    );
  }
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (seed !== undefined && (!Number.isInteger(seed) || seed < 0)) {
    throw new Error(`--seed is a whole number, not "${values.seed}".`);
  }
  if (seed !== undefined && isDialogflow) {
    throw new Error('--seed replays an Alexa conversation; the phone line has no seed.');
  }
  const isOneShot = values.ask !== undefined;
  // The skill reaches the Alexa APIs at the request's apiEndpoint: here, a stand-in that shows what it asked for.
  const apis = isDialogflow ? undefined : await startAlexaApis();
  const conversation: ChatConversation = isDialogflow
    ? new DialogflowConversation(
        values.url ? webhookOverHttp(values.url) : webhookInProcess(),
        new UtteranceResolver(agentAsModel(join(modelsFolder, 'dialogflow', 'agent'))),
        locale.toLowerCase(),
        { isPhoneCall: true },
      )
    : new Conversation(
        newSession({
          locale,
          hasScreen: values.screen,
          apiEndpoint: apis?.endpoint,
          ...(seed !== undefined ? { newId: seededIds(seed), clock: middayToday } : {}),
        }),
        values.url ? overHttp(values.url) : inProcess(),
        new UtteranceResolver(alexaModelFor(locale)),
        apis,
      );
  const voice = isDialogflow ? 'Phone' : 'Alexa';
  const platformName = isDialogflow ? 'Dialogflow phone line' : 'Alexa';
  console.log(
    isOneShot
      ? `Kind Recovery chat (${platformName}, ${locale}).\n`
      : `Kind Recovery chat (${platformName}, ${locale}). Type what you would say; "stop" or Ctrl-D ends it.\n`,
  );
  /** Prints a turn, and answers Alexa's permission question at once when --grant says how. */
  const show = async (turn: HeardTurn): Promise<void> => {
    print(turn, voice);
    if (granting && conversation.isAskingPermission && conversation.answerPermission) {
      console.log(`\nYou: ${values.grant}`);
      await show(await conversation.answerPermission(granting));
    }
  };
  try {
    if (isOneShot) {
      console.log(`You: Alexa, ask kind recovery ${values.ask}`);
      await show(await conversation.say(`ask kind recovery ${values.ask}`));
    } else {
      console.log(isDialogflow ? '(The call connects.)' : 'You: Alexa, open kind recovery');
      await show(await conversation.open());
    }
    if (!conversation.hasEnded) await converse(conversation, show);
  } finally {
    await apis?.close();
  }
}

/** Reads what the listener says, line by line, until the conversation ends or the input does. */
async function converse(
  conversation: ChatConversation,
  show: (turn: HeardTurn) => Promise<void>,
): Promise<void> {
  const lines = createInterface({ input: process.stdin, terminal: process.stdin.isTTY === true });
  const prompt = () => process.stdout.write('\nYou: ');
  prompt();
  for await (const line of lines) {
    if (!process.stdin.isTTY) console.log(line);
    await show(await conversation.say(line));
    if (conversation.hasEnded) break;
    prompt();
  }
  lines.close();
  if (!conversation.hasEnded) {
    await conversation.leave();
    console.log('\n(You left the conversation.)');
  }
}

main().catch((error: Error) => {
  console.error(`\n${error.message}`);
  process.exit(1);
});
