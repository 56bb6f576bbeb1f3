import { existsSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { Example } from './safety/corpus';
import type { Answer, Figures } from './safety/figures';
import type { Parts } from './safety/train';
import { corpusRoot, freshSetFolders, readLabelledFolder } from './safety/corpus';
import { alexaAnswers, phoneAnswers } from './safety/endToEnd';
import { figuresOf } from './safety/figures';
import { figuresByParts } from './safety/train';
import { screenModel, screenThresholds, signalRules } from '../src/core/understanding/screenModel';
import { trainedModel } from '../src/core/understanding/trainedModel';
import { urgentLabels } from '../src/core/understanding/labels';

const usage = `Measures the safety screen on labelled statements.

  npm run safety:eval                            the corpus: train, dev and every fresh set
  npm run safety:eval -- path/to/set ...         any folder of label files (crisis.txt, everyday.txt, ...)
  npm run safety:eval -- path/to/set --record    measure a fresh set and keep its figures in measured.json
  npm run safety:eval -- --show                  also list what each statement that went wrong got
  npm run safety:eval -- --screen-only           the screen alone, without the end-to-end runs

A folder holds one file per label: crisis.txt, emergency-other.txt, medical-emergency.txt, concern.txt,
medication.txt, slip.txt, everyday.txt (a folder with just crisis.txt and everyday.txt works too).`;

/** Every figure for one set: the screen's parts, and both platforms end to end. */
export interface SetFigures {
  readonly screen: Record<Parts, Figures>;
  readonly phone?: Figures;
  readonly alexa?: Figures;
  /** Alexa if the catch-all never wins, and words with no carrier reach its fallback instead. */
  readonly alexaWithoutCatchAll?: Figures;
}

/** Measures a set, the screen by its parts and, unless asked not to, both platforms as a listener hears them. */
export async function measure(
  examples: readonly Example[],
  isEndToEnd = true,
): Promise<{ figures: SetFigures; phone?: Answer[]; alexa?: Answer[] }> {
  const screen = figuresByParts(screenModel(), screenThresholds, signalRules, examples);
  if (!isEndToEnd) return { figures: { screen } };
  const statements = examples.map((example) => example.text);
  const phone = await phoneAnswers(statements);
  const alexa = await alexaAnswers(statements);
  const cautious = await alexaAnswers(statements, false);
  return {
    figures: {
      screen,
      phone: figuresOf(examples, phone),
      alexa: figuresOf(examples, alexa),
      alexaWithoutCatchAll: figuresOf(examples, cautious),
    },
    phone,
    alexa,
  };
}

const cell = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)}%` : '—');

/** The figures as a table, one row per part of the screen or platform. */
export function table(name: string, figures: SetFigures): string {
  const rows: [string, Figures | undefined][] = [
    ['rules alone', figures.screen.rules],
    ['model alone', figures.screen.model],
    ['both', figures.screen.both],
    ['phone line', figures.phone],
    ['Alexa', figures.alexa],
    ['Alexa, cautious', figures.alexaWithoutCatchAll],
  ];
  const { counts } = figures.screen.both;
  const header =
    `${name} (${counts.urgent} crisis, ${counts.concern} distress, ${counts.everyday} everyday, ` +
    `${counts.medication} medication, ${counts.slip} slip)\n` +
    '                    caught  answered  everyday answered  everyday asked  medication  distress caught  slips\n';
  return (
    header +
    rows
      .filter((row): row is [string, Figures] => row[1] !== undefined)
      .map(
        ([label, of]) =>
          `  ${label.padEnd(16)} ${cell(of.crisisCaught).padStart(8)} ${cell(of.crisisAnswered).padStart(9)}` +
          ` ${cell(of.everydayAnswered).padStart(18)} ${cell(of.everydayAsked).padStart(15)}` +
          ` ${cell(of.medicationDeclined).padStart(11)} ${cell(of.concernCaught).padStart(16)} ${cell(of.slipHeard).padStart(6)}`,
      )
      .join('\n')
  );
}

/** The statements that went wrong on a platform, with what each one got. */
function misses(examples: readonly Example[], answers: readonly Answer[]): string[] {
  const isWrong = (example: Example, answer: Answer) => {
    if (urgentLabels.includes(example.label))
      return answer !== 'emergency' && answer !== 'question';
    if (example.label === 'everyday') return answer === 'emergency' || answer === 'question';
    if (example.label === 'medication') return answer !== 'medication';
    return false;
  };
  return examples.flatMap((example, index) =>
    isWrong(example, answers[index]!)
      ? [`    ${example.label} -> ${answers[index]}: ${example.text}`]
      : [],
  );
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--help')) {
    console.log(usage);
    return;
  }
  const isShowing = args.includes('--show');
  const isRecording = args.includes('--record');
  const isEndToEnd = !args.includes('--screen-only');
  const named = args.filter((arg) => !arg.startsWith('--'));
  const folders =
    named.length > 0
      ? named
      : [join(corpusRoot, 'train'), join(corpusRoot, 'dev'), ...freshSetFolders()];
  if (isRecording && named.length === 0)
    throw new Error('--record needs the folder of a fresh set.');
  for (const folder of folders) {
    if (!existsSync(folder)) throw new Error(`There is no folder ${folder}.`);
    const examples = readLabelledFolder(folder);
    if (examples.length === 0) throw new Error(`${folder} holds no labelled statements.`);
    const recordPath = join(folder, 'measured.json');
    if (isRecording && existsSync(recordPath)) {
      throw new Error(
        `${recordPath} exists: a fresh set is measured once, before anyone reads it.`,
      );
    }
    const { figures, phone, alexa } = await measure(examples, isEndToEnd || isRecording);
    const name = relative(process.cwd(), folder) || basename(folder);
    console.log(`${table(name, figures)}\n`);
    if (isShowing && phone && alexa) {
      console.log(`  what went wrong on the phone line:\n${misses(examples, phone).join('\n')}`);
      console.log(`  what went wrong on Alexa:\n${misses(examples, alexa).join('\n')}\n`);
    }
    if (isRecording) {
      const record = {
        measuredOn: new Date().toISOString().slice(0, 10),
        model: trainedModel.corpus.hash,
        figures,
      };
      writeFileSync(recordPath, `${JSON.stringify(record, null, 2)}\n`);
      console.log(`Recorded in ${relative(process.cwd(), recordPath)}.`);
    }
  }
}

if (require.main === module) {
  process.env.LOG_LEVEL ??= 'silent';
  process.env.USER_STORE ??= 'memory';
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
