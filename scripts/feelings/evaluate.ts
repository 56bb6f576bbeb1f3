import { existsSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { HeardTurn } from '../../src/chat/conversation';
import type { FittingOffer } from '../../src/content/types';
import type { FeelingFamily, FeelingLabel } from '../../src/core/understanding/feelingFamilies';
import type { Intent } from '../../src/core';
import { readLabelled } from '../safety/corpus';
import { answerHeard, alexaTurns, phoneTurns } from '../safety/endToEnd';
import { feelingFigures, feelingsFreshFolders, feelingsRoot } from './corpus';
import { en } from '../../src/content/en';
import { offerFor } from '../../src/core/activities/listening';
import { feelingFamilies } from '../../src/core/understanding/feelingFamilies';
import { hearFeeling } from '../../src/core/understanding/hearFeeling';
import { trainedFeelings } from '../../src/core/understanding/trainedFeelings';
import { trainedModel } from '../../src/core/understanding/trainedModel';
import { alexaIntents } from '../../src/platforms/alexa/intentNames';
import { intentOfDisplayName } from '../../src/platforms/dialogflow/intentNames';

const usage = `Measures how the skill hears what people say about how they feel.

  npm run feelings:eval                          the model on train and dev; every fresh set end to end
  npm run feelings:eval -- path/to/set ...       any folder of family files (shame.txt, panic.txt, none.txt, ...)
  npm run feelings:eval -- path/to/set --record  measure a fresh set and keep its figures in measured.json
  npm run feelings:eval -- --show                also list what each statement that went wrong got

A folder holds one file per family, named as corpus/feelings/ names them; none.txt holds statements that are
not feelings (requests, questions, small talk).`;

type Example = { text: string; label: FeelingLabel };

/** What a listener heard for one statement, as these figures tell answers apart. */
type Heard =
  | { readonly kind: 'reflection'; readonly family: FeelingFamily; readonly isOffered: boolean }
  | { readonly kind: 'started'; readonly offer: FittingOffer }
  | { readonly kind: 'emergency' | 'question' | 'slip' | 'medication' | 'other' };

/** The practices a request can start at once, as the offers name them. */
const practiceOfIntent: Partial<Record<Intent, FittingOffer>> = {
  compassionBreak: 'compassionBreak',
  grounding: 'grounding',
  windDown: 'windDown',
  urgeSurfing: 'urgeSurfing',
  breathe: 'longExhale',
};

const plain = (text: string) => text.replace(/\u2019/g, "'");

/** The neutral intent a turn was understood as, from either platform's name for it. */
function intentOf(turn: HeardTurn, platform: 'alexa' | 'phone'): Intent {
  const name = (turn.understood ?? '').replace(/\(.*$/, '').trim();
  if (platform === 'phone') return intentOfDisplayName(name);
  return (alexaIntents as Record<string, Intent>)[name] ?? 'fallback';
}

/** Which answer a listener heard: a reflection of which feeling, a practice begun, or a safety answer. */
export function heardOf(turn: HeardTurn, platform: 'alexa' | 'phone'): Heard {
  const safety = answerHeard(turn);
  if (safety !== 'other') return { kind: safety };
  const speech = plain(turn.speech);
  const family = (Object.keys(offerFor) as FeelingFamily[]).find((name) =>
    en.listening.families[name].reflect.some((line) => speech.includes(plain(line))),
  );
  if (family) {
    const isOffered = speech.includes(en.listening.offers[offerFor[family]]);
    return { kind: 'reflection', family, isOffered };
  }
  const practice = practiceOfIntent[intentOf(turn, platform)];
  return practice ? { kind: 'started', offer: practice } : { kind: 'other' };
}

/** Whether a feeling was met as it should be: its own reflection and offer. */
const isReflectedRight = (example: Example, heard: Heard) =>
  heard.kind === 'reflection' && heard.family === example.label && heard.isOffered;

/**
 * Whether a feeling was met with something that fits: its reflection and offer, the practice that fits it begun
 * at once ("I'm having a panic attack" starts grounding), or, for shame after a slip, the slip's kind answer, which
 * offers the self-compassion break.
 */
function isFitting(example: Example, heard: Heard): boolean {
  if (example.label === 'none') return false;
  if (isReflectedRight(example, heard)) return true;
  if (heard.kind === 'started') return heard.offer === offerFor[example.label];
  return heard.kind === 'slip' && offerFor[example.label] === 'compassionBreak';
}

const percent = (part: number, whole: number) =>
  whole === 0 ? Number.NaN : Math.round((1000 * part) / whole) / 10;

/** The first sentence a listener heard. */
const openingOf = (turn: HeardTurn) => turn.speech.split(/(?<=[.!?])\s/)[0]!.trim();

/** Sixty feeling statements taken a family at a time in turn, as a listener's sixty visits might come. */
function sixtyInTurn(examples: readonly Example[]): number[] {
  const byFamily = feelingFamilies
    .filter((label) => label !== 'none')
    .map((label) => examples.flatMap((example, index) => (example.label === label ? [index] : [])));
  const chosen: number[] = [];
  for (
    let round = 0;
    chosen.length < 60 && byFamily.some((indexes) => round < indexes.length);
    round += 1
  ) {
    for (const indexes of byFamily) {
      if (round < indexes.length && chosen.length < 60) chosen.push(indexes[round]!);
    }
  }
  return chosen;
}

/** One platform's figures on a set, in percent, with counts where a count says more. */
export interface PlatformFigures {
  /** Feelings met with a reflection of their own family and its offer. */
  readonly reflectedRight: number;
  /** Feelings met with something that fits: the above, the fitting practice begun, or the slip's answer to shame. */
  readonly fitting: number;
  /** Feelings given the emergency answer (a count: the target is none). */
  readonly emergencyAnswers: number;
  /** Feelings given the direct question. */
  readonly asked: number;
  /** Different opening sentences across sixty feeling statements. */
  readonly openingsAcrossSixty: number;
  /** Statements that were not feelings, met with a reflection. */
  readonly otherReflected: number;
}

function platformFigures(
  examples: readonly Example[],
  turns: readonly HeardTurn[],
  platform: 'alexa' | 'phone',
): { figures: PlatformFigures; heard: Heard[] } {
  const heard = turns.map((turn) => heardOf(turn, platform));
  const feelings = examples.flatMap((example, index) => (example.label === 'none' ? [] : [index]));
  const others = examples.flatMap((example, index) => (example.label === 'none' ? [index] : []));
  const count = (indexes: readonly number[], isWanted: (index: number) => boolean) =>
    indexes.filter(isWanted).length;
  const sixty = sixtyInTurn(examples);
  return {
    heard,
    figures: {
      reflectedRight: percent(
        count(feelings, (i) => isReflectedRight(examples[i]!, heard[i]!)),
        feelings.length,
      ),
      fitting: percent(
        count(feelings, (i) => isFitting(examples[i]!, heard[i]!)),
        feelings.length,
      ),
      emergencyAnswers: count(feelings, (i) => heard[i]!.kind === 'emergency'),
      asked: percent(
        count(feelings, (i) => heard[i]!.kind === 'question'),
        feelings.length,
      ),
      openingsAcrossSixty: new Set(sixty.map((i) => openingOf(turns[i]!))).size,
      otherReflected: percent(
        count(others, (i) => heard[i]!.kind === 'reflection'),
        others.length,
      ),
    },
  };
}

/** Every figure for one set: the model alone, and both platforms as a listener hears them. */
export interface FeelingSetFigures {
  readonly counts: { readonly feelings: number; readonly others: number };
  readonly model: ReturnType<typeof feelingFigures>;
  readonly phone?: PlatformFigures;
  readonly alexa?: PlatformFigures;
}

/** Measures a set: the model alone and, unless asked not to, both platforms end to end. */
export async function measureFeelings(examples: readonly Example[], isEndToEnd = true) {
  const counts = {
    feelings: examples.filter((example) => example.label !== 'none').length,
    others: examples.filter((example) => example.label === 'none').length,
  };
  const model = feelingFigures(
    examples,
    examples.map((example) => hearFeeling(example.text)),
  );
  if (!isEndToEnd) return { figures: { counts, model } as FeelingSetFigures };
  const statements = examples.map((example) => example.text);
  const phone = platformFigures(examples, await phoneTurns(statements), 'phone');
  const alexa = platformFigures(examples, await alexaTurns(statements), 'alexa');
  const figures: FeelingSetFigures = { counts, model, phone: phone.figures, alexa: alexa.figures };
  return { figures, phone: phone.heard, alexa: alexa.heard };
}

const cell = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)}%` : '—');

/** The figures as a table, one row per platform, under the model's own. */
export function feelingsTable(name: string, figures: FeelingSetFigures): string {
  const { counts, model } = figures;
  const lines = [
    `${name} (${counts.feelings} feelings, ${counts.others} other statements)`,
    `  model alone: family heard ${cell(model.familyHeard)}, other heard as a feeling ${cell(model.otherHeardAsFeeling)}`,
    '                reflected right  fitting  emergency  asked  openings in 60  other reflected',
  ];
  for (const [label, of] of [
    ['phone line', figures.phone],
    ['Alexa', figures.alexa],
  ] as const) {
    if (!of) continue;
    lines.push(
      `  ${label.padEnd(12)} ${cell(of.reflectedRight).padStart(16)} ${cell(of.fitting).padStart(8)}` +
        ` ${String(of.emergencyAnswers).padStart(10)} ${cell(of.asked).padStart(6)}` +
        ` ${String(of.openingsAcrossSixty).padStart(15)} ${cell(of.otherReflected).padStart(16)}`,
    );
  }
  return lines.join('\n');
}

const describe = (heard: Heard) =>
  heard.kind === 'reflection'
    ? `reflection of ${heard.family}${heard.isOffered ? '' : ', no offer'}`
    : heard.kind === 'started'
      ? `started ${heard.offer}`
      : heard.kind;

/** The statements that went wrong on a platform, with what each one got. */
function misses(examples: readonly Example[], heard: readonly Heard[]): string[] {
  return examples.flatMap((example, index) => {
    const got = heard[index]!;
    const isWrong = example.label === 'none' ? got.kind === 'reflection' : !isFitting(example, got);
    return isWrong ? [`    ${example.label} -> ${describe(got)}: ${example.text}`] : [];
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--help')) {
    console.log(usage);
    return;
  }
  const isShowing = args.includes('--show');
  const isRecording = args.includes('--record');
  const named = args.filter((arg) => !arg.startsWith('--'));
  if (isRecording && named.length === 0)
    throw new Error('--record needs the folder of a fresh set.');
  // The splits are measured by the model alone (they are what it learned from); fresh sets end to end.
  const sets: { folder: string; isEndToEnd: boolean }[] =
    named.length > 0
      ? named.map((folder) => ({ folder, isEndToEnd: true }))
      : [
          { folder: join(feelingsRoot, 'train'), isEndToEnd: false },
          { folder: join(feelingsRoot, 'dev'), isEndToEnd: false },
          ...feelingsFreshFolders().map((folder) => ({ folder, isEndToEnd: true })),
        ];
  for (const { folder, isEndToEnd } of sets) {
    if (!existsSync(folder)) throw new Error(`There is no folder ${folder}.`);
    const examples = readLabelled(folder, feelingFamilies);
    if (examples.length === 0) throw new Error(`${folder} holds no statements of a family.`);
    const recordPath = join(folder, 'measured.json');
    if (isRecording && existsSync(recordPath)) {
      throw new Error(
        `${recordPath} exists: a fresh set is measured once, before anyone reads it.`,
      );
    }
    const { figures, phone, alexa } = await measureFeelings(examples, isEndToEnd);
    console.log(`${feelingsTable(relative(process.cwd(), folder) || basename(folder), figures)}\n`);
    if (isShowing && phone && alexa) {
      console.log(`  what went wrong on the phone line:\n${misses(examples, phone).join('\n')}`);
      console.log(`  what went wrong on Alexa:\n${misses(examples, alexa).join('\n')}\n`);
    }
    if (isRecording) {
      const record = {
        measuredOn: new Date().toISOString().slice(0, 10),
        feelingsModel: trainedFeelings.corpus.hash,
        screenModel: trainedModel.corpus.hash,
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
