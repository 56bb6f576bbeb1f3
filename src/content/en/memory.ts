import type { Content } from '../types';

const dayOrDays = (words: string, isPlural: boolean) => `${words} ${isPlural ? 'days' : 'day'}`;

/** Progress, "my usual" and forgetting: gentle about gaps, and plain about what is kept. */
export const memory: Content['memory'] = {
  progress: (week, all, isPlural) =>
    `You've practised on ${dayOrDays(week, isPlural.week)} this week, and ${dayOrDays(all, isPlural.all)} in all. Each one was a kindness to yourself.`,
  noPracticeYet:
    "We haven't practised together yet, and that's fine. Today is a good day to start.",
  quietWeek: (all, isPlural) =>
    `It's been a quieter week, and that's okay. You've practised on ${dayOrDays(all, isPlural)} in all, and you're here now.`,
  notRemembered:
    "I don't keep a record of your practice here, so I can't say. Every time you come back counts.",
  usualIs: (practice) => `Your usual, then: ${practice}.`,
  practiceNames: {
    compassionBreak: 'a self-compassion break',
    affirmation: 'an affirmation',
    urgeSurfing: 'urge surfing',
  },
  noUsualYet: "You don't have a usual yet, so let's start with some gentle breathing.",
  confirmForget:
    'I keep the days you practised, your favourite practice, the affirmations you have heard, and any reminder. Shall I forget all of it?',
  confirmForgetReprompt: 'You can say yes, or no. Shall I forget everything I keep about you?',
  forgotten:
    "Done. I've forgotten everything I kept about you. Next time will be a fresh start. Take care.",
  keptEverything: "Alright, I'll keep things as they are.",
  nothingKept: "I don't keep anything about you here, so there's nothing to forget.",
};
