import type { Affirmation, Content, Variations } from '../types';

/**
 * Affirmations by theme, each a complete thought that sounds good aloud: permission and possibility ("I am allowed
 * to", "it is possible"), never a bold claim that can make someone who feels low feel worse ("I am strong").
 */
export const affirmations: Variations<Affirmation> = [
  { theme: 'emotional healing', text: 'My feelings are allowed to be here, even the heavy ones.' },
  {
    theme: 'emotional healing',
    text: "Healing can be happening, even on the days I can't feel it.",
  },
  { theme: 'emotional healing', text: 'Old hurts can soften when I meet them with care.' },
  { theme: 'emotional healing', text: 'I am allowed to feel things, a little at a time.' },
  { theme: 'emotional healing', text: 'Grief and relief can both live in me today.' },
  { theme: 'emotional healing', text: 'Some days, healing is quiet and slow. It still counts.' },
  { theme: 'emotional healing', text: 'Instead of pushing my pain away, I can hold it gently.' },
  {
    theme: 'emotional healing',
    text: 'Whatever I feel right now deserves kindness, not judgment.',
  },

  { theme: 'self-criticism', text: 'A slip is a moment, not a verdict on who I am.' },
  { theme: 'self-criticism', text: 'Mistakes make me human, not unworthy.' },
  { theme: 'self-criticism', text: "I can speak to myself the way I'd speak to someone I love." },
  {
    theme: 'self-criticism',
    text: "My inner critic is loud sometimes. It doesn't get the final say.",
  },
  { theme: 'self-criticism', text: 'Perfection was never the price of kindness.' },
  {
    theme: 'self-criticism',
    text: 'I can notice a harsh thought without believing every word of it.',
  },
  {
    theme: 'self-criticism',
    text: 'Being hard on myself never made me stronger. Being kind just might.',
  },
  { theme: 'self-criticism', text: 'Today I can let go of one unkind thought about myself.' },

  { theme: 'resilience', text: 'I can be gentle with myself on the hard days, too.' },
  {
    theme: 'resilience',
    text: 'I have come through hard times before. I can take this one gently, a moment at a time.',
  },
  {
    theme: 'resilience',
    text: "Setbacks are part of recovery. They don't erase how far I've come.",
  },
  { theme: 'resilience', text: 'Beginning again counts, however many times it takes.' },
  {
    theme: 'resilience',
    text: "Strength doesn't have to be loud. Quietly carrying on is strength, too.",
  },
  { theme: 'resilience', text: 'Like a tree in the wind, I am allowed to bend.' },
  { theme: 'resilience', text: 'Rest is part of how I keep going.' },
  { theme: 'resilience', text: 'All I need to take today is the next small step.' },

  {
    theme: 'mental health',
    text: 'My anxiety is real, and I am allowed to care for myself through it.',
  },
  { theme: 'mental health', text: 'This feeling is strong right now, and feelings change.' },
  { theme: 'mental health', text: 'Caring for my mind is a worthwhile way to spend my time.' },
  { theme: 'mental health', text: 'A slow breath can give my body a moment of rest.' },
  { theme: 'mental health', text: "Low days don't mean I'm failing. They mean I'm human." },
  {
    theme: 'mental health',
    text: 'Peace of mind is something I deserve, and I can make room for it today.',
  },
  {
    theme: 'mental health',
    text: 'When my thoughts race, I can look for one kind thought and rest there.',
  },
  { theme: 'mental health', text: "My worth doesn't rise and fall with my mood." },

  { theme: 'mindfulness', text: 'In this breath, I can simply be here.' },
  {
    theme: 'mindfulness',
    text: 'When a craving comes, I can breathe with it, and let it rise and fall like a wave.',
  },
  { theme: 'mindfulness', text: "Thoughts come and go. I don't have to follow each one." },
  { theme: 'mindfulness', text: 'Feeling my feet on the floor, I come back to this moment.' },
  { theme: 'mindfulness', text: 'This moment is the only one I need to meet right now.' },
  { theme: 'mindfulness', text: 'Curiosity, not judgment, is how I watch my feelings today.' },
  { theme: 'mindfulness', text: 'When my mind wanders, I bring it back kindly, without scolding.' },
  { theme: 'mindfulness', text: 'Pausing before I react is a gift I can give myself.' },

  { theme: 'accountability', text: 'I can own my choices and still be kind to myself.' },
  {
    theme: 'accountability',
    text: 'Taking responsibility is a form of self-respect, not self-punishment.',
  },
  {
    theme: 'accountability',
    text: 'When I get something wrong, I can be honest without being cruel.',
  },
  {
    theme: 'accountability',
    text: 'Looking after my recovery, in small ways, is one way I care for myself.',
  },
  {
    theme: 'accountability',
    text: 'Being honest with my prescriber is part of looking after myself.',
  },
  {
    theme: 'accountability',
    text: "I can make amends where it's possible, and offer myself grace where it isn't.",
  },
  { theme: 'accountability', text: 'Kindness and responsibility can walk together in me.' },
  {
    theme: 'accountability',
    text: 'I can look at what went wrong with curiosity instead of blame.',
  },

  { theme: 'support', text: "I don't have to do this alone." },
  { theme: 'support', text: 'Reaching out is a way of being kind to myself.' },
  {
    theme: 'support',
    text: "Asking for help is a strength I'm still learning, and that's all right.",
  },
  { theme: 'support', text: 'The people who care about me are allowed to see when I struggle.' },
  {
    theme: 'support',
    text: 'Decisions about my medication are ones my prescriber and I make together.',
  },
  { theme: 'support', text: "Support is something I deserve, and I'm allowed to accept it." },
  { theme: 'support', text: 'Others have walked this road before me, and I can learn from them.' },
  { theme: 'support', text: 'Each time I accept help, I make more room for healing.' },

  { theme: 'emotional healing', text: 'Tears are one of the ways my body lets go.' },
  { theme: 'emotional healing', text: 'I can give my sadness room to move through me.' },
  { theme: 'emotional healing', text: 'My heart is allowed to mend at its own pace.' },
  {
    theme: 'emotional healing',
    text: 'Feeling tender today does not mean I am breaking.',
  },
  {
    theme: 'emotional healing',
    text: 'There may be a part of me that has stayed whole through all of this.',
  },
  {
    theme: 'emotional healing',
    text: 'When I stop fighting a feeling, it often loosens its grip.',
  },
  {
    theme: 'emotional healing',
    text: 'If shame comes, I am allowed to meet it gently.',
  },
  { theme: 'emotional healing', text: 'I can try to comfort myself the way I always needed.' },
  {
    theme: 'emotional healing',
    text: 'The pain I carried does not define the person I am becoming.',
  },
  { theme: 'emotional healing', text: 'I am allowed to be soft with my past.' },
  {
    theme: 'emotional healing',
    text: 'My feelings may have something to tell me, and I can listen gently.',
  },
  { theme: 'emotional healing', text: 'There is room for a little hope, even beneath the hurt.' },
  { theme: 'emotional healing', text: 'It is possible to be gentle with myself today.' },
  { theme: 'emotional healing', text: 'I am allowed to be on my own side while I heal.' },
  {
    theme: 'emotional healing',
    text: 'Little by little, it is possible to find my way back to feeling like myself.',
  },

  { theme: 'self-criticism', text: 'My worth was never something I had to earn.' },
  {
    theme: 'self-criticism',
    text: 'Catching a harsh thought is my chance to choose a softer one.',
  },
  {
    theme: 'self-criticism',
    text: "Comparing my path to someone else's only hides my own progress.",
  },
  { theme: 'self-criticism', text: 'The voice that calls me weak is an old habit, not the truth.' },
  { theme: 'self-criticism', text: 'I am unfinished, and that is not the same as failing.' },
  {
    theme: 'self-criticism',
    text: 'Instead of asking what is wrong with me, I can ask what I need.',
  },
  { theme: 'self-criticism', text: 'Speaking kindly to myself is not weakness. It takes courage.' },
  {
    theme: 'self-criticism',
    text: 'Back then, I was trying to survive. I can look at that with understanding.',
  },
  { theme: 'self-criticism', text: 'The standard I hold myself to can be a humane one.' },
  { theme: 'self-criticism', text: 'A hard day does not make me a bad person.' },
  {
    theme: 'self-criticism',
    text: "Today I don't need to prove anything to anyone, including myself.",
  },
  {
    theme: 'self-criticism',
    text: 'When I fall short, I am allowed to meet myself with an open hand, not a fist.',
  },
  { theme: 'self-criticism', text: 'Self-blame keeps me stuck. Understanding helps me move.' },
  { theme: 'self-criticism', text: 'There is nothing shameful about needing time to heal.' },
  { theme: 'self-criticism', text: 'My mistakes are part of my story, not the whole of it.' },

  { theme: 'resilience', text: 'I can look back, gently, at what I have already come through.' },
  { theme: 'resilience', text: 'My path has curves and detours, and it is still my path.' },
  { theme: 'resilience', text: 'When I stumble, I am allowed to take my time getting up.' },
  {
    theme: 'resilience',
    text: 'This discomfort is real, and it is not the whole of me.',
  },
  { theme: 'resilience', text: 'I may be sturdier than my fears tell me.' },
  { theme: 'resilience', text: 'Each morning gives me another chance to care for myself.' },
  { theme: 'resilience', text: 'I am allowed to take this one day at a time.' },
  { theme: 'resilience', text: "I don't have to feel brave to act bravely." },
  { theme: 'resilience', text: 'I am allowed to go slowly. Slow is still a way forward.' },
  { theme: 'resilience', text: 'On stormy days, it is enough to find shelter and wait.' },
  { theme: 'resilience', text: 'Patience with myself is a kind of strength.' },
  {
    theme: 'resilience',
    text: 'I only need to meet this moment. The next one can wait until it comes.',
  },
  {
    theme: 'resilience',
    text: 'Even when I feel shaky, there may be a steadier part of me underneath.',
  },
  {
    theme: 'resilience',
    text: 'On the dullest days, it is enough to leave a little room for hope.',
  },
  { theme: 'resilience', text: 'What I have lived through does not make me smaller.' },

  { theme: 'mental health', text: 'Anxiety is a feeling I have, not a fact about my future.' },
  { theme: 'mental health', text: 'My mind is trying to protect me, and I can thank it gently.' },
  {
    theme: 'mental health',
    text: 'Looking after my mental health is as important as anything I do today.',
  },
  { theme: 'mental health', text: 'One worry at a time is all I need to hold.' },
  { theme: 'mental health', text: 'On restless nights, I can be a gentle presence for myself.' },
  {
    theme: 'mental health',
    text: "Low moods can tell me untrue things about my worth. I don't have to believe them.",
  },
  { theme: 'mental health', text: 'I am more than my symptoms or my worst days.' },
  { theme: 'mental health', text: 'My body is allowed to take its time to settle.' },
  { theme: 'mental health', text: 'Stress tells me to rush. I am allowed to slow down.' },
  { theme: 'mental health', text: 'Calm is not something I have to force. I can invite it in.' },
  {
    theme: 'mental health',
    text: 'Feeling overwhelmed is my signal to be gentle, not to push harder.',
  },
  { theme: 'mental health', text: 'Water, food and rest are simple ways I care for my mind.' },
  { theme: 'mental health', text: 'My feelings are real, and they do not have to be in charge.' },
  {
    theme: 'mental health',
    text: 'A frightening thought is just a thought. It is not a prediction.',
  },
  {
    theme: 'mental health',
    text: 'I can look for peace in small things, like a warm drink or a soft blanket.',
  },

  { theme: 'mindfulness', text: 'Right now, I am breathing. That simple fact can anchor me.' },
  { theme: 'mindfulness', text: 'I let sounds, sensations and thoughts come and go like weather.' },
  { theme: 'mindfulness', text: 'My breath is always here for me to come home to.' },
  { theme: 'mindfulness', text: "Noticing is enough. I don't have to fix what I notice." },
  {
    theme: 'mindfulness',
    text: 'Even ordinary things, like washing my hands, can bring me back to now.',
  },
  { theme: 'mindfulness', text: 'I am not my thoughts. I am the one who notices them.' },
  {
    theme: 'mindfulness',
    text: 'When worry pulls me into tomorrow, I return to what is here today.',
  },
  { theme: 'mindfulness', text: 'I notice the weight of my body, and I let it be held.' },
  { theme: 'mindfulness', text: 'Slowing down helps me hear what I really need.' },
  { theme: 'mindfulness', text: 'Attention is a kindness I can offer myself.' },
  { theme: 'mindfulness', text: 'I can meet this moment as it is, not as I wish it were.' },
  { theme: 'mindfulness', text: 'With each breath out, I let my shoulders soften.' },
  {
    theme: 'mindfulness',
    text: "Being present doesn't mean feeling calm. It means being here for whatever comes.",
  },
  {
    theme: 'mindfulness',
    text: 'Listening to the quiet around me, I find a little stillness inside.',
  },
  { theme: 'mindfulness', text: 'Today I can do one thing at a time, and give it my attention.' },

  { theme: 'accountability', text: 'Seeing my part clearly gives me the power to change it.' },
  {
    theme: 'accountability',
    text: 'I can make small promises to myself, and keep them gently.',
  },
  {
    theme: 'accountability',
    text: 'Self-compassion is not an excuse. It is the ground I stand on to grow.',
  },
  { theme: 'accountability', text: 'Showing up for my recovery today, in any small way, counts.' },
  {
    theme: 'accountability',
    text: 'When I let someone down, I can say sorry and still believe in myself.',
  },
  {
    theme: 'accountability',
    text: 'Looking honestly at my patterns helps me prepare for harder moments.',
  },
  {
    theme: 'accountability',
    text: 'My actions matter. So does the tone I take with myself about them.',
  },
  { theme: 'accountability', text: 'I am responsible for my next step, not for being perfect.' },
  { theme: 'accountability', text: 'Telling the truth about a slip is an act of courage.' },
  { theme: 'accountability', text: 'High standards and a kind heart can live together in me.' },
  {
    theme: 'accountability',
    text: 'For me, accountability means learning, and then trying again.',
  },
  {
    theme: 'accountability',
    text: 'Telling my care team honestly how the plan feels is a way of respecting myself.',
  },
  {
    theme: 'accountability',
    text: "Guilt can show me where to make repairs. I don't need to drown in it.",
  },
  { theme: 'accountability', text: 'Each honest choice I make builds trust with myself.' },
  {
    theme: 'accountability',
    text: 'At the end of the day, I check in with myself gently and truthfully.',
  },

  { theme: 'support', text: 'Letting someone into my struggle can make it lighter to carry.' },
  { theme: 'support', text: 'There may be more people on my side than I can see today.' },
  { theme: 'support', text: 'There are people who understand this road, and I can find them.' },
  { theme: 'support', text: 'Telling one trusted person how I really am is a brave step.' },
  { theme: 'support', text: 'I am allowed to lean on others while I find my footing.' },
  { theme: 'support', text: 'Needing people is part of being human, not a flaw.' },
  { theme: 'support', text: 'A therapist, a group or a friend can carry some of this with me.' },
  { theme: 'support', text: 'When I speak up about how I feel, I give others a way to help.' },
  { theme: 'support', text: 'Accepting kindness from others can teach me to be kind to myself.' },
  { theme: 'support', text: "Calling someone when it's hard is one of the strongest things I do." },
  { theme: 'support', text: 'I am allowed to share my recovery with people I trust.' },
  {
    theme: 'support',
    text: 'Professional help is not a last resort. It is part of caring for myself.',
  },
  {
    theme: 'support',
    text: 'I can let the people who care about me know what helps, so they can show up for me.',
  },
  { theme: 'support', text: 'On the hardest nights, I remember there are people I can reach.' },
  { theme: 'support', text: 'Opening up, a little, can bring the right people closer.' },
];

/** How an affirmation is offered: an invitation to say it with the skill, to yourself, and said twice, slowly. */
export const affirmation: Content['affirmation'] = {
  intro: [
    "Here's an affirmation. Say it with me, quietly, to yourself.",
    "Here's one to carry with you. Say it to yourself, with me, out loud or silently.",
    'Take this one with you. Say it with me, in your own mind.',
  ],
  again: ['Once more, slowly.', 'And again, with me.', 'Once more, together.'],
  all: affirmations,
  another: 'Would you like another one?',
  anotherReprompt: 'You can say yes, or no. Shall I share another affirmation?',
};
