import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { HeardTurn } from './conversation';
import type { InteractionModel } from './resolveUtterance';
import { newSession } from './alexaRequests';
import { Conversation } from './conversation';
import { agentAsModel } from './dialogflowAgentModel';
import { DialogflowConversation } from './dialogflowConversation';
import { UtteranceResolver } from './resolveUtterance';
import { inProcess, overHttp, webhookInProcess, webhookOverHttp } from './transport';

const usage = `Talk to Kind Recovery in the terminal, as an Alexa device or the Dialogflow phone line would.

  npm run chat                                  Alexa, in this process
  npm run chat -- --url http://127.0.0.1:3000   to a running \`npm run dev\`
  npm run chat -- --platform dialogflow         through the Dialogflow webhook adapter
  npm run chat -- --locale en-GB                another English locale
  npm run chat -- --screen                      as an Alexa device with a screen
  npm run chat -- --ask "for an affirmation"    a one-shot: "Alexa, ask kind recovery for an affirmation"

Type what you would say. An empty line is silence. "stop" or Ctrl-D ends it.`;

const modelsFolder = join(__dirname, '..', '..', 'interaction-models');

function alexaModelFor(locale: string): InteractionModel {
  const path = join(modelsFolder, 'alexa', `${locale}.json`);
  const fallback = join(modelsFolder, 'alexa', 'en-US.json');
  return JSON.parse(readFileSync(existsSync(path) ? path : fallback, 'utf8')) as InteractionModel;
}

function print(turn: HeardTurn, voice: string): void {
  if (turn.understood) console.log(`  (understood: ${turn.understood})`);
  if (turn.speech) console.log(`\n${voice}: ${turn.speech}`);
  if (turn.card) console.log(`\n  [card] ${turn.card.replace(/\n/g, '\n         ')}`);
  if (turn.isSessionOver) console.log('\n(The session has ended.)');
}

/** What the terminal needs of a conversation on either platform. */
interface ChatConversation {
  readonly hasEnded: boolean;
  open(): Promise<HeardTurn>;
  say(words: string): Promise<HeardTurn>;
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
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const locale = values.locale ?? 'en-US';
  const isDialogflow = values.platform === 'dialogflow';
  if (!isDialogflow && values.platform !== 'alexa') {
    throw new Error(`--platform is "alexa" or "dialogflow", not "${values.platform}".`);
  }
  const conversation: ChatConversation = isDialogflow
    ? new DialogflowConversation(
        values.url ? webhookOverHttp(values.url) : webhookInProcess(),
        new UtteranceResolver(agentAsModel(join(modelsFolder, 'dialogflow', 'agent'))),
        locale.toLowerCase(),
      )
    : new Conversation(
        newSession({ locale, hasScreen: values.screen }),
        values.url ? overHttp(values.url) : inProcess(),
        new UtteranceResolver(alexaModelFor(locale)),
      );
  const voice = isDialogflow ? 'Phone' : 'Alexa';
  console.log(
    `Kind Recovery chat (${isDialogflow ? 'Dialogflow' : 'Alexa'}, ${locale}). Type what you would say; "stop" or Ctrl-D ends it.\n`,
  );
  if (values.ask !== undefined && !isDialogflow) {
    console.log(`You: Alexa, ask kind recovery ${values.ask}`);
    print(await conversation.say(`ask kind recovery ${values.ask}`), voice);
  } else {
    console.log(isDialogflow ? '(The call connects.)' : 'You: Alexa, open kind recovery');
    print(await conversation.open(), voice);
  }
  if (conversation.hasEnded) return;
  const lines = createInterface({ input: process.stdin, terminal: process.stdin.isTTY === true });
  const prompt = () => process.stdout.write('\nYou: ');
  prompt();
  for await (const line of lines) {
    if (!process.stdin.isTTY) console.log(line);
    print(await conversation.say(line), voice);
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
