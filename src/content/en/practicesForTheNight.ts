import type { Content } from '../types';
import { emergencyOr, pause } from '../lines';

/** Grounding, eyes open, for panic and feeling unreal: the five senses, about ninety seconds. */
export const grounding: Content['grounding'] = {
  practice: [
    [
      "Let's bring you back to this moment, with your eyes open.",
      'Put your feet flat on the floor, and feel the ground holding you up.',
      pause(3),
      'Look around you, and find five things you can see. Name them, in your head or out loud.',
      pause(9),
      'Now four things you can touch. Notice how each one feels.',
      pause(8),
      'Three things you can hear, near or far away.',
      pause(7),
      'Two things you can smell, or two smells you like.',
      pause(6),
      'And one thing you can taste.',
      pause(5),
      'Let your breath out slowly. You are here, and this moment is passing.',
      pause(3),
    ],
    [
      "Let's ground you, here and now. Keep your eyes open.",
      'Press your feet into the floor, and feel how solid it is.',
      pause(3),
      'Name five things you can see around you. Take your time.',
      pause(9),
      'Four things you can feel: your clothes, the chair, the air on your skin.',
      pause(8),
      'Three sounds you can hear.',
      pause(7),
      'Two things you can smell.',
      pause(6),
      'One thing you can taste.',
      pause(5),
      'Breathe out, long and slow. You are right here, and you are getting through it.',
      pause(3),
    ],
  ],
  ifAlso: (numbers) => [
    'If you also have chest pain or feel faint, call',
    ...emergencyOr(numbers),
    '.',
  ],
};

/** A wind-down for a sleepless night: nothing to answer, a long breath out, a body scan, then silence. */
export const windDown: Content['windDown'] = {
  opening: [
    [
      "Let's wind down together. There's nothing you need to do, and nothing to answer.",
      'Lie down if you can, let the room be dim, and let your body be heavy.',
      pause(3),
      "We'll breathe in gently, and breathe out slowly, a little longer than the breath in.",
      pause(2),
    ],
    [
      "This is a quiet time for resting. You don't need to answer anything.",
      'Settle into the bed, let your head sink into the pillow, and let the day go.',
      pause(3),
      'Breathe in softly, and let each breath out be long and slow.',
      pause(2),
    ],
  ],
  bodyScan: [
    'Now bring your attention to your feet. Let them soften.',
    pause(10),
    'Your legs, heavy and warm.',
    pause(10),
    'Your hips and your lower back, sinking down.',
    pause(10),
    'Your belly, rising and falling on its own.',
    pause(10),
    'Your chest and your shoulders. Let them drop away from your ears.',
    pause(10),
    'Your arms and your hands, loose and still.',
    pause(10),
    'Your jaw, unclenched, your tongue resting.',
    pause(10),
    'Your eyes and your forehead, smooth and soft.',
    pause(10),
    'Your whole body, held, and resting.',
    pause(10),
  ],
  closing: [
    [
      "There's nothing more to do. If sleep comes, let it. If it doesn't, you are still resting.",
      'Goodnight.',
    ],
    ['Stay here as long as you like. Rest is enough tonight.', 'Sleep well.'],
  ],
};
