import { normaliseUtterance } from '../../src/chat/resolveUtterance';
import { freeSpeechCarriers } from '../../src/platforms/alexa/freeSpeech';
import { urgentLabels } from '../../src/core/understanding/labels';
import { devExamples, trainingExamples } from './corpus';

/**
 * `npm run safety:carriers`: how many statements of danger, distress, medication and slips in the corpus open with
 * one of Alexa's free-speech carriers (after the fillers a recogniser drops), and the commonest openings that do
 * not, so the carrier list can follow what people say.
 */
const fillers = new Set([
  'um',
  'uh',
  'er',
  'erm',
  'so',
  'well',
  'okay',
  'ok',
  'oh',
  'hey',
  'alexa',
  'like',
]);
const carriers = new Set(freeSpeechCarriers.map((carrier) => carrier.toLowerCase()));

const firstWord = (text: string) =>
  normaliseUtterance(text)
    .split(' ')
    .find((word) => !fillers.has(word)) ?? '';

function main(): void {
  const statements = [...trainingExamples(), ...devExamples()].filter(
    (example) =>
      urgentLabels.includes(example.label) ||
      ['concern', 'medication', 'slip'].includes(example.label),
  );
  const missing = new Map<string, number>();
  let covered = 0;
  for (const { text } of statements) {
    const word = firstWord(text);
    if (carriers.has(word)) covered += 1;
    else missing.set(word, (missing.get(word) ?? 0) + 1);
  }
  console.log(
    `${covered} of ${statements.length} statements (${((100 * covered) / statements.length).toFixed(1)}%) open with one of ${carriers.size} carriers.`,
  );
  console.log('Commonest openings without one:');
  [...missing]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .forEach(([word, count]) => console.log(`  ${String(count).padStart(4)}  ${word}`));
}

main();
