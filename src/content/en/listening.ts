import type { Content } from '../types';

/**
 * When someone says how they feel: one sentence that reflects it without judgement, one kind sentence in the
 * seed's spirit (common humanity, the kindness you would give a friend), then one fitting offer.
 */
export const listening: Content['listening'] = {
  families: {
    shame: {
      reflect: [
        "It sounds like you're carrying a lot of shame right now.",
        'That sounds like a heavy weight of guilt to carry.',
        "It sounds like you're being very hard on yourself about what happened.",
      ],
      kindly: [
        "Many people in recovery feel this, and it doesn't make you a bad person.",
        'You can look at what happened with kindness, the way you would for a friend.',
        'Mistakes are part of being human, and they are not the whole of who you are.',
      ],
    },
    selfCriticism: {
      reflect: [
        "That's a harsh thing to hear yourself say.",
        'It sounds like the voice in your head is being really unkind to you.',
        "It sounds like you're judging yourself very harshly today.",
      ],
      kindly: [
        'You would never speak to a friend that way, and you deserve the same gentleness.',
        "Struggling doesn't make you a failure; it makes you human, like everyone else.",
        'Recovery is hard, and being hard on yourself only makes it heavier.',
      ],
    },
    comparison: {
      reflect: [
        'It sounds like comparing yourself with others is weighing on you.',
        'It can really sting to feel behind where other people seem to be.',
        "It sounds like you're measuring yourself against someone else's road.",
      ],
      kindly: [
        'Every recovery has its own pace, and yours is still moving.',
        'You only ever see the outside of other people\u2019s journeys, never the hard nights.',
        'Your path is your own, and each step on it counts.',
      ],
    },
    fear: {
      reflect: [
        "It sounds like you're really frightened about what might happen.",
        'That fear sounds exhausting to live with.',
        "It sounds like you're worried this will never end.",
      ],
      kindly: [
        'Fear like this is common in recovery, and it does ease with time and care.',
        'Being afraid of slipping shows how much your recovery matters to you.',
        "You don't have to face the future all at once; just this moment.",
      ],
    },
    loneliness: {
      reflect: [
        'It sounds like you feel really alone with this.',
        'It hurts to feel that nobody understands what this is like.',
        "It sounds like you're missing people right now.",
      ],
      kindly: [
        'Many people going through withdrawal feel this way, so in that, you are not alone.',
        "What you're feeling is shared by more people than you can see from here.",
        "I'm glad you said it out loud, and I'm here with you now.",
      ],
    },
    stigma: {
      reflect: [
        'It sounds painful to feel judged for what you are going through.',
        "It hurts when the people around you don't see how hard you are working.",
        "It sounds like other people's labels are weighing on you.",
      ],
      kindly: [
        "Dependence on a prescribed medicine is not a moral failure, and you're not weak.",
        'Their judgement says more about what they understand than about who you are.',
        'You are doing something difficult and brave, whatever anyone else thinks.',
      ],
    },
    anger: {
      reflect: [
        'It sounds like you are really angry right now.',
        "That sounds so frustrating, and it makes sense you're fed up.",
        "It sounds like there's a lot of anger about how you got here.",
      ],
      kindly: [
        "Anger is a normal part of recovery, and it's okay to feel it.",
        'Feeling this way is human; it can pass through you without taking over.',
        'Your frustration makes sense, and you can be gentle with yourself inside it.',
      ],
    },
    lowMood: {
      reflect: [
        'It sounds like you are really worn down today.',
        'It sounds like everything feels heavy and flat right now.',
        "It sounds like you're running on empty.",
      ],
      kindly: [
        'Days like this are part of recovery, and you are still moving through it.',
        "You don't have to do anything big today; getting through is enough.",
        "Being tired like this isn't a failing; it's what healing can feel like.",
      ],
    },
    withdrawal: {
      reflect: [
        'It sounds like your body is having a really rough time.',
        'Those symptoms sound so uncomfortable to live with.',
        'It sounds like withdrawal is hitting hard today.',
      ],
      kindly: [
        "Many people feel this as their body adjusts, and if it gets worse, it's worth telling your prescriber.",
        "You're not imagining it, and you're not alone; your prescriber can help if it gets worse.",
        'Your body is working hard to heal; if it gets worse, please let your prescriber know.',
      ],
    },
    craving: {
      reflect: [
        'It sounds like the craving is strong right now.',
        'That pull sounds really hard to sit with.',
        'It sounds like part of you really wants to reach for the pills.',
      ],
      kindly: [
        'Cravings rise and fall like waves, and noticing one is already a brave step.',
        "Wanting it doesn't mean you have to act on it; this feeling will pass.",
        "A craving is part of recovery, not a sign you're failing at it.",
      ],
    },
    panic: {
      reflect: [
        'It sounds like panic is washing over you right now.',
        'That sounds really frightening.',
        'It sounds like everything feels strange and far away right now.',
      ],
      kindly: [
        'Panic feels overwhelming, and it does pass, every time.',
        'This feeling will peak and fade, and I can help you ride it out.',
        'Lots of people in withdrawal feel unreal like this, and it does settle.',
      ],
    },
    sleeplessness: {
      reflect: [
        'It sounds like sleep just won\u2019t come tonight.',
        'Lying awake in the small hours can feel so long and lonely.',
        "It sounds like you're exhausted but wide awake.",
      ],
      kindly: [
        'Sleepless nights are common in recovery, and they do get easier.',
        "You don't have to force sleep; resting gently still helps your body.",
        "Nights can be the hardest part, and you're not alone in them.",
      ],
    },
    pride: {
      reflect: [
        "That's wonderful, and you should be proud of yourself.",
        'That is a real step forward.',
        'It sounds like you did something hard today.',
      ],
      kindly: [
        'Every small win counts, and this one is yours.',
        "Take a moment to notice it; you've earned this.",
        'Celebrating progress, however small, is part of being kind to yourself.',
      ],
    },
  },
  offers: {
    compassionBreak: 'Would you like a short self-compassion break?',
    grounding: 'Would you like me to help you ground yourself, with your eyes open?',
    windDown: 'Would you like a gentle wind-down to help you rest?',
    urgeSurfing: 'Would you like to ride out the craving together, with urge surfing?',
    longExhale: 'Would you like to breathe slowly with me, with a long breath out?',
    lessonComparison: 'Would you like to hear a short lesson about comparing yourself with others?',
    lessonFear: 'Would you like to hear a short lesson about the fear of relapse?',
    lessonStigma: 'Would you like to hear a short lesson about stigma and self-compassion?',
    affirmationSupport: 'Would you like a kind thought about support to carry with you?',
    affirmationHealing: 'Would you like a kind thought to carry with you?',
    affirmationResilience: 'Would you like an affirmation to mark it?',
    usual: 'Would you like your usual practice?',
  },
  offerReprompt: 'You can say yes, or no.',
  declined: "That's okay. I'm here if you want to talk or practise.",
};
