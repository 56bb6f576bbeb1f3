import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import type { Example } from './corpus';
import type { Answer, Figures } from './figures';
import type { TrainingRow, TrainingSettings } from './trainModel';
import type {
  LinearModel,
  Thresholds,
  TrainedModel,
} from '../../src/core/understanding/linearModel';
import type { Screening } from '../../src/core/safety/screenText';
import { corpusHash, devExamples, trainingExamples } from './corpus';
import { answerOfLabel, figuresOf } from './figures';
import { quantise, trainWeights } from './trainModel';
import { featureBuckets } from '../../src/core/understanding/features';
import { decodeModel, probabilities } from '../../src/core/understanding/linearModel';
import { screenLabels, urgentLabels } from '../../src/core/understanding/labels';
import { decide, normaliseStatement } from '../../src/core/understanding/understand';
import { screenNormalised } from '../../src/core/safety/screenText';

/** The settings the committed model is trained with. */
export const settings: TrainingSettings = {
  shape: { buckets: 1 << 14, wordGrams: 2, charGrams: [3, 5], marksNegation: true },
  epochs: 12,
  learningRate: 0.2,
  l2: 0,
  balance: 0.5,
  seed: 20261130,
};

/** On the dev split, the most everyday statements the model may add answers to, and may ask, in percent. */
const devLimits = { answered: 0.5, asked: 2 };

const modelPath = join(__dirname, '..', '..', 'src', 'core', 'understanding', 'trainedModel.ts');

/** A statement read once: what the rules found and the words the model reads. */
export interface Read {
  readonly example: Example;
  readonly normalised: string;
  readonly rule: Screening;
}

/** Normalises and screens each statement once. */
export const readAll = (examples: readonly Example[]): Read[] =>
  examples.map((example) => {
    const normalised = normaliseStatement(example.text);
    return { example, normalised, rule: screenNormalised(normalised) };
  });

/** Trains the model's weights on labelled statements with the given settings. */
export function trainModel(examples: readonly Example[], chosen: TrainingSettings = settings) {
  const rows: TrainingRow[] = examples.map((example) => ({
    buckets: featureBuckets(normaliseStatement(example.text), chosen.shape),
    label: screenLabels.indexOf(example.label),
  }));
  return quantise(screenLabels, chosen, trainWeights(rows, screenLabels.length, chosen));
}

/** How many parts the training corpus is cut into to see what the model makes of statements it has not seen. */
const folds = 5;

/** A missed crisis weighs this many false alarms when a rule's trust is decided. */
const missWeight = 1;

/** The model's chances for each training statement from a model trained on the other folds. */
function outOfFoldChances(training: readonly Example[], chosen: TrainingSettings): Float64Array[] {
  const foldOf = (index: number) => index % folds;
  const chances: Float64Array[] = new Array<Float64Array>(training.length);
  for (let fold = 0; fold < folds; fold += 1) {
    const model = decodeModel(
      trainModel(
        training.filter((_, index) => foldOf(index) !== fold),
        chosen,
      ),
    );
    training.forEach((example, index) => {
      if (foldOf(index) === fold)
        chances[index] = probabilities(model, normaliseStatement(example.text));
    });
  }
  return chances;
}

/**
 * The crisis rules to treat as signals. For each rule, on statements the model was not trained on: the crises it
 * met that the model alone would miss (what trusting it gains), against the everyday statements it met that the
 * model alone would let pass (what trusting it costs). A rule whose false alarms outweigh its catches only signals.
 */
export function findSignalRules(
  training: readonly Example[],
  chosen: TrainingSettings = settings,
): string[] {
  const reads = readAll(training);
  const chances = outOfFoldChances(training, chosen);
  const tally = new Map<string, { gain: number; cost: number }>();
  reads.forEach(({ rule, example }, index) => {
    if (rule.concern !== 'crisis' || rule.reason === undefined) return;
    const chance = chances[index]!;
    const isModelCatching = chance[0]! + chance[1]! + chance[2]! + chance[3]! >= 0.5;
    if (isModelCatching) return;
    const counts = tally.get(rule.reason) ?? { gain: 0, cost: 0 };
    const isDanger = urgentLabels.includes(example.label) || example.label === 'concern';
    tally.set(rule.reason, {
      gain: counts.gain + (isDanger ? missWeight : 0),
      cost: counts.cost + (isDanger ? 0 : 1),
    });
  });
  return [...tally]
    .filter(([, { gain, cost }]) => cost > gain)
    .map(([reason]) => reason)
    .sort();
}

/** Which parts of the screen a figure is for. */
export type Parts = 'rules' | 'model' | 'both';

/** What each statement gets from the screen with some of its parts, the model's chances worked out once. */
export function answersFor(
  reads: readonly Read[],
  chances: readonly Float64Array[],
  thresholds: Thresholds,
  signalRules: ReadonlySet<string>,
  parts: Parts,
): Answer[] {
  return reads.map((read, index) => {
    const hearing = decide({
      rule: parts === 'model' ? { concern: 'none' } : read.rule,
      ...(parts === 'rules' ? {} : { chances: chances[index]! }),
      thresholds,
      signalRules,
      normalised: read.normalised,
    });
    return answerOfLabel(hearing.label);
  });
}

const range = (from: number, to: number, step: number) =>
  Array.from({ length: Math.round((to - from) / step) + 1 }, (_, index) =>
    Number((from + index * step).toFixed(3)),
  );

const never = 1.01;

/** What one pair of thresholds does to a group of statements, counted. */
interface GroupCounts {
  readonly answer: number;
  readonly ask: number;
  readonly urgentCaught: number;
  readonly urgentAnswered: number;
  readonly concernCaught: number;
  readonly everydayAnswered: number;
  readonly everydayAsked: number;
}

/** Counts for every pair of thresholds on the grid, for the statements of one group. */
function countsOnGrid(
  group: readonly number[],
  reads: readonly Read[],
  chances: readonly Float64Array[],
  signalRules: ReadonlySet<string>,
  thresholdsFor: (answer: number, ask: number) => Thresholds,
): GroupCounts[] {
  const grid: GroupCounts[] = [];
  for (const answer of range(0.2, 1.0, 0.025)) {
    for (const ask of range(0.1, answer, 0.025)) {
      const thresholds = thresholdsFor(answer, ask);
      const counts = {
        answer,
        ask,
        urgentCaught: 0,
        urgentAnswered: 0,
        concernCaught: 0,
        everydayAnswered: 0,
        everydayAsked: 0,
      };
      for (const index of group) {
        const read = reads[index]!;
        const { label } = decide({
          rule: read.rule,
          chances: chances[index]!,
          thresholds,
          signalRules,
          normalised: read.normalised,
        });
        const heard = answerOfLabel(label);
        const kind = read.example.label;
        const isCaught = heard === 'emergency' || heard === 'question';
        if (urgentLabels.includes(kind)) {
          counts.urgentCaught += isCaught ? 1 : 0;
          counts.urgentAnswered += heard === 'emergency' ? 1 : 0;
        } else if (kind === 'concern') {
          counts.concernCaught += isCaught ? 1 : 0;
        } else if (kind === 'everyday') {
          counts.everydayAnswered += heard === 'emergency' ? 1 : 0;
          counts.everydayAsked += heard === 'question' ? 1 : 0;
        }
      }
      grid.push(counts);
    }
  }
  return grid;
}

/** The three ways a statement can meet the rules without a trusted one answering, each with its own pair. */
const tiers = {
  plain: ['answer', 'ask'],
  signal: ['signalAnswer', 'signalAsk'],
  setAside: ['setAsideAnswer', 'setAsideAsk'],
} as const;

type Tier = keyof typeof tiers;

/**
 * Chooses the thresholds on the dev split. Statements where a signal rule was met, where danger words were set
 * aside, and the rest are judged by different pairs, so each pair's effect is counted on its own group and the
 * pairs are chosen together: the emergency answer and the direct question as sure as everyday statements allow
 * (the model may add at most `devLimits` to the trusted rules' own false alarms), a signal never making the model
 * need more certainty than nothing, and danger set aside never less. Then slips and medication, with few everyday
 * mistakes.
 */
export function chooseThresholds(
  reads: readonly Read[],
  chances: readonly Float64Array[],
  signalRules: ReadonlySet<string>,
): Thresholds {
  const examples = reads.map((read) => read.example);
  const tierOf = (read: Read): Tier => {
    const isSignal = signalRules.has(read.rule.reason ?? '') || read.rule.isToldAsPast === true;
    if (read.rule.concern === 'crisis' && isSignal) return 'signal';
    return read.rule.isDangerSetAside === true ? 'setAside' : 'plain';
  };
  const base: Thresholds = {
    answer: never,
    ask: never,
    signalAnswer: never,
    signalAsk: never,
    setAsideAnswer: never,
    setAsideAsk: never,
    medication: never,
    slip: never,
  };
  const grids = Object.fromEntries(
    (Object.keys(tiers) as Tier[]).map((tier) => {
      const group = reads.flatMap((read, index) => (tierOf(read) === tier ? [index] : []));
      const [answerKey, askKey] = tiers[tier];
      const grid = countsOnGrid(group, reads, chances, signalRules, (answer, ask) => ({
        ...base,
        [answerKey]: answer,
        [askKey]: ask,
      }));
      return [tier, grid];
    }),
  ) as Record<Tier, GroupCounts[]>;
  const total = (kind: (label: Example['label']) => boolean) =>
    examples.filter((example) => kind(example.label)).length;
  const urgentCount = total((label) => urgentLabels.includes(label));
  const everydayCount = total((label) => label === 'everyday');
  const concernCount = total((label) => label === 'concern');
  // What the trusted rules answer is the floor: at the surest thresholds the model adds nothing to it.
  const floor = Math.min(...grids.plain.map((counts) => counts.everydayAnswered));
  const evaluate = (chosen: Record<Tier, GroupCounts>) => {
    const sum = (key: keyof GroupCounts) =>
      chosen.plain[key] + chosen.signal[key] + chosen.setAside[key];
    const answered = (100 * (sum('everydayAnswered') - floor)) / everydayCount;
    const asked = (100 * sum('everydayAsked')) / everydayCount;
    if (answered > devLimits.answered || asked > devLimits.asked) return -Infinity;
    if (chosen.signal.answer > chosen.plain.answer || chosen.signal.ask > chosen.plain.ask) {
      return -Infinity;
    }
    if (chosen.setAside.answer < chosen.plain.answer || chosen.setAside.ask < chosen.plain.ask) {
      return -Infinity;
    }
    const caught = (100 * sum('urgentCaught')) / urgentCount;
    const answeredUrgent = (100 * sum('urgentAnswered')) / urgentCount;
    const concern = (100 * sum('concernCaught')) / concernCount;
    return 2 * caught + answeredUrgent + 0.5 * concern;
  };
  const surest = (grid: readonly GroupCounts[]) =>
    grid.reduce((most, next) => (next.answer + next.ask > most.answer + most.ask ? next : most));
  let chosen: Record<Tier, GroupCounts> = {
    plain: surest(grids.plain),
    signal: surest(grids.signal),
    setAside: surest(grids.setAside),
  };
  // Plain and signal together, then set-aside alone, twice: each step is exact given the other.
  for (let round = 0; round < 2; round += 1) {
    let best = { chosen, score: evaluate(chosen) };
    for (const plain of grids.plain) {
      for (const signal of grids.signal) {
        const trial = { ...chosen, plain, signal };
        const score = evaluate(trial);
        if (score > best.score) best = { chosen: trial, score };
      }
    }
    for (const setAside of grids.setAside) {
      const trial = { ...best.chosen, setAside };
      const score = evaluate(trial);
      if (score > best.score) best = { chosen: trial, score };
    }
    chosen = best.chosen;
  }
  const fromGrid = {
    ...base,
    answer: chosen.plain.answer,
    ask: chosen.plain.ask,
    signalAnswer: chosen.signal.answer,
    signalAsk: chosen.signal.ask,
    setAsideAnswer: chosen.setAside.answer,
    setAsideAsk: chosen.setAside.ask,
  };
  const tune = (label: 'medication' | 'slip', current: Thresholds) => {
    const scored = range(0.3, 1.0, 0.025).map((threshold) => {
      const thresholds = { ...current, [label]: threshold };
      const answersGiven = answersFor(reads, chances, thresholds, signalRules, 'both');
      const heard = answersGiven.filter(
        (answer, index) => answer === label && examples[index]!.label === label,
      ).length;
      const mistakes = answersGiven.filter(
        (answer, index) => answer === label && examples[index]!.label !== label,
      ).length;
      // A prescriber answer to something else is a misunderstanding: each one costs two that were heard.
      return { thresholds, score: heard - 2 * mistakes };
    });
    return scored.reduce((most, next) => (next.score > most.score ? next : most)).thresholds;
  };
  return tune('slip', tune('medication', fromGrid));
}

/** The figures of a split for the rules alone, the model alone and both. */
export function figuresByParts(
  model: LinearModel,
  thresholds: Thresholds,
  signalRules: ReadonlySet<string>,
  examples: readonly Example[],
): Record<Parts, Figures> {
  const reads = readAll(examples);
  const chances = reads.map((read) => probabilities(model, read.normalised));
  const parts: Parts[] = ['rules', 'model', 'both'];
  return Object.fromEntries(
    parts.map((part) => [
      part,
      figuresOf(examples, answersFor(reads, chances, thresholds, signalRules, part)),
    ]),
  ) as Record<Parts, Figures>;
}

/** Figures without their counts, and without a figure for a kind the split holds none of (JSON has no NaN). */
function plainFigures(figures: Figures): Record<string, number> {
  const { counts: _counts, ...rest } = figures;
  return Object.fromEntries(Object.entries(rest).filter(([, value]) => Number.isFinite(value)));
}

/** Builds the committed model from the corpus: train, find the signal rules, choose thresholds on dev, measure. */
export function buildModel(chosen: TrainingSettings = settings): TrainedModel {
  const training = trainingExamples();
  const dev = devExamples();
  const encoded = trainModel(training, chosen);
  const model = decodeModel(encoded);
  const signalRules = findSignalRules(training, chosen);
  const reads = readAll(dev);
  const chances = reads.map((read) => probabilities(model, read.normalised));
  const thresholds = chooseThresholds(reads, chances, new Set(signalRules));
  const figures = figuresByParts(model, thresholds, new Set(signalRules), dev);
  return {
    ...encoded,
    thresholds,
    signalRules,
    corpus: { hash: corpusHash([...training, ...dev]), statements: training.length + dev.length },
    devFigures: {
      rules: plainFigures(figures.rules),
      model: plainFigures(figures.model),
      both: plainFigures(figures.both),
    },
  };
}

/** The generated module's source, formatted as the project formats TypeScript. */
export async function moduleSource(model: TrainedModel): Promise<string> {
  const source = [
    '// Generated by `npm run safety:train` from corpus/ (train, and fresh sets once recorded); do not edit.',
    "import type { TrainedModel } from './linearModel';",
    '',
    "/** The screen's trained classifier, its thresholds, and its figures on the dev split. */",
    `export const trainedModel: TrainedModel = ${JSON.stringify(model)};`,
    '',
  ].join('\n');
  const config = (await resolveConfig(modelPath)) ?? {};
  return format(source, { ...config, parser: 'typescript' });
}

/** The committed model module's path. */
export const trainedModelPath = modelPath;

async function main(): Promise<void> {
  const isChecking = process.argv.includes('--check');
  const model = buildModel();
  const source = await moduleSource(model);
  if (isChecking) {
    if (readFileSync(modelPath, 'utf8') !== source) {
      console.error(
        'The committed screen model is stale: run `npm run safety:train` and commit it.',
      );
      process.exitCode = 1;
      return;
    }
    console.log(`The committed screen model matches corpus ${model.corpus.hash}.`);
    return;
  }
  writeFileSync(modelPath, source);
  console.log(`Trained on corpus ${model.corpus.hash} (${model.corpus.statements} statements).`);
  console.log(`Thresholds: ${JSON.stringify(model.thresholds)}`);
  console.log(`Signal rules: ${model.signalRules.length}`);
  for (const [part, figures] of Object.entries(model.devFigures)) {
    console.log(`  dev, ${part.padEnd(5)} ${JSON.stringify(figures)}`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
