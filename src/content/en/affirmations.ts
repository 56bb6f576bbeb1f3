import type { Affirmation, Variations } from '../types';

/** Affirmations by theme, each a complete thought that sounds good aloud. */
export const affirmations: Variations<Affirmation> = [
  { theme: 'emotional healing', text: 'My feelings are allowed to be here, even the heavy ones.' },
  { theme: 'emotional healing', text: "I am healing, even on the days I can't feel it." },
  { theme: 'emotional healing', text: 'Old hurts can soften when I meet them with care.' },
  { theme: 'emotional healing', text: "It's safe to let myself feel things, a little at a time." },
  { theme: 'emotional healing', text: 'Grief and relief can both live in me today.' },
  { theme: 'emotional healing', text: 'Some days my healing is quiet and slow. It still counts.' },
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
    text: "I've made it through hard nights before, and I can make it through this one.",
  },
  {
    theme: 'resilience',
    text: "Setbacks are part of recovery. They don't erase how far I've come.",
  },
  { theme: 'resilience', text: 'Every time I begin again, I grow a little stronger.' },
  {
    theme: 'resilience',
    text: "Strength doesn't have to be loud. Quietly carrying on is strength, too.",
  },
  { theme: 'resilience', text: 'Like a tree in the wind, I can bend without breaking.' },
  { theme: 'resilience', text: 'Rest is part of how I keep going.' },
  { theme: 'resilience', text: 'All I need to take today is the next small step.' },

  {
    theme: 'mental health',
    text: 'My anxiety is real, and so is my ability to care for myself through it.',
  },
  { theme: 'mental health', text: 'This feeling is strong right now, and feelings change.' },
  { theme: 'mental health', text: 'Caring for my mind is a worthwhile way to spend my time.' },
  { theme: 'mental health', text: 'With each slow breath, I give my body a moment of calm.' },
  { theme: 'mental health', text: "Low days don't mean I'm failing. They mean I'm human." },
  {
    theme: 'mental health',
    text: 'Peace of mind is something I deserve, and I can make room for it today.',
  },
  {
    theme: 'mental health',
    text: 'When my thoughts race, I can find one kind thought and rest there.',
  },
  { theme: 'mental health', text: "My worth doesn't rise and fall with my mood." },

  { theme: 'mindfulness', text: 'In this breath, I can simply be here.' },
  {
    theme: 'mindfulness',
    text: 'When a craving comes, I can breathe with it and let it pass like a wave.',
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
    text: 'Keeping my commitments to recovery is one way I care for myself.',
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
];
