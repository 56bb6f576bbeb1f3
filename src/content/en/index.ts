import type { Content } from '../types';
import { affirmation } from './affirmations';
import { afterPractice, quietMode } from './afterPractice';
import { breathing } from './breathing';
import { compassionBreak } from './compassionBreak';
import { conversation } from './conversation';
import { crisis, emergency } from './crisis';
import { listening } from './listening';
import { grounding, windDown } from './practicesForTheNight';
import { lessons } from './lessons';
import { memory } from './memory';
import { reminders } from './reminders';
import { safety } from './safety';
import { urgeSurfing } from './urgeSurfing';

/** English, the language every English locale starts from. */
export const en: Content = {
  ...conversation,
  afterPractice,
  quietMode,
  breathing,
  compassionBreak,
  urgeSurfing,
  screenTitles: {
    compassionBreak: 'Self-compassion break',
    urgeSurfing: 'Urge surfing',
    affirmation: 'Affirmation',
    grounding: 'Grounding',
    windDown: 'Winding down',
  },
  listening,
  grounding,
  windDown,
  memory,
  reminders,
  affirmation,
  lessons,
  safety,
  crisis,
  emergency,
};
