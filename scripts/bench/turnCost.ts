import { devExamples, trainingExamples } from '../safety/corpus';
import { understand } from '../../src/core/understanding/understand';
import { createSkill } from '../../src/platforms/alexa';
import { answerWebhook } from '../../src/platforms/dialogflow';
import { MemoryStore } from '../../src/storage/memoryStore';
import { helloWorldSkill } from './baselines/helloWorldSkill';
import { benchSkillId, recordedAlexaVisit, recordedWebhookVisit } from './conversation';
import { interleaved, median } from './statistics';

/**
 * The screen of one statement, as heard: each statement of the corpus's dev split (what people say about
 * themselves, a dozen words at the median) screened once, timed alone; the median of those times, in microseconds.
 * The training split is screened first, as a function that has been answering for a while has heard other
 * people's statements: its code is warm and the words it repairs are known, but these statements are new to it.
 */
function screenOfOneStatement(): { statements: number; medianMicroseconds: number } {
  const statements = devExamples().map((example) => example.text);
  for (const { text } of trainingExamples()) understand(text);
  const times = statements.map((statement) => {
    const started = performance.now();
    understand(statement);
    return (performance.now() - started) * 1000;
  });
  return { statements: statements.length, medianMicroseconds: median(times) };
}

/**
 * Turn cost in-process: the recorded visit replayed through the Alexa skill (with its store in memory) and
 * through the webhook adapter, against the hello-world skill answering the same Alexa requests. Run as its
 * own process by `npm run bench`, with turn logging on as in production and written to nowhere.
 * Prints microseconds per turn as JSON.
 */
async function main(): Promise<void> {
  const alexaVisit = await recordedAlexaVisit();
  const webhookVisit = await recordedWebhookVisit();
  const ours = createSkill({ skillId: benchSkillId, store: new MemoryStore() });
  const hello = helloWorldSkill();
  const visitsPerRound = 200;
  const perTurn = (run: () => Promise<void>, turns: number) => async () => {
    const started = performance.now();
    for (let visit = 0; visit < visitsPerRound; visit += 1) await run();
    return ((performance.now() - started) * 1000) / (visitsPerRound * turns);
  };
  const subjects = {
    helloWorld: perTurn(async () => {
      for (const request of alexaVisit) await hello.invoke(request);
    }, alexaVisit.length),
    alexa: perTurn(async () => {
      for (const request of alexaVisit) await ours.invoke(request);
    }, alexaVisit.length),
    dialogflow: perTurn(async () => {
      for (const request of webhookVisit) answerWebhook(request);
    }, webhookVisit.length),
    // The part of a webhook turn spent screening the caller's words (rules and model).
    screening: perTurn(async () => {
      for (const request of webhookVisit) understand(request.queryResult.queryText ?? '');
    }, webhookVisit.length),
  };
  await interleaved(3, subjects);
  const results = await interleaved(15, subjects);
  const medians = Object.fromEntries(
    Object.entries(results).map(([name, values]) => [name, median(values as number[])]),
  );
  process.stdout.write(
    JSON.stringify({
      turns: alexaVisit.length,
      microsecondsPerTurn: medians,
      screenOfOneStatement: screenOfOneStatement(),
    }),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
