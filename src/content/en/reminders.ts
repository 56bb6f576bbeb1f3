import type { Content } from '../types';

/** Daily reminders: kind words whatever happens, and nothing that nags. */
export const reminders: Content['reminders'] = {
  confirmed: (time) =>
    `All set. I'll remind you every day at ${time} to take a kind moment for yourself.`,
  askTime:
    'You can say, for example, remind me at eight in the evening. What time each day would you like it?',
  askTimeReprompt: 'You can say, remind me at eight in the evening. What time would you like?',
  cancelled: "Done. I've cancelled your daily reminder. You can come back whenever you like.",
  noReminder: "You don't have a reminder with me at the moment.",
  denied:
    "That's alright. Without permission I can't set a reminder, and you can change your mind in the Alexa app whenever you like.",
  unsupported:
    "I'm sorry, this device can't keep reminders. You can still come back whenever you'd like.",
  failed:
    "I'm sorry, I couldn't reach the reminders service just now. Please try again a little later.",
  notHere:
    "Reminders work when you use Kind Recovery on Alexa. Here, you're welcome to come back any time.",
  // Heard in a shared room: nothing in it tells anyone what the moment is for.
  reminderText: 'Time for your kind moment.',
};
