import type { Context, Outcome } from '../context';
import type { Card, Speech } from '../reply';
import { ask, close } from '../context';
import { pick } from '../random';
import { spoken } from '../script';

function numbers(context: Context): Speech {
  const { crisis } = context.content;
  const { emergency, lines } = context.contacts;
  const [firstLine] = lines;
  return spoken(
    emergency.length > 0 ? crisis.emergency(emergency) : crisis.noKnownEmergency,
    firstLine ? crisis.line(firstLine) : [],
  );
}

/** The crisis numbers on a card and a screen, with the wellness note. */
export function crisisCard(context: Context): Card {
  const { crisis } = context.content;
  const { emergency, lines } = context.contacts;
  const emergencyText =
    emergency.length > 0 ? crisis.cardEmergency(emergency) : crisis.cardNoKnownEmergency;
  const lineTexts = lines.map((line) => `${line.label}: ${line.digits}`);
  return {
    title: crisis.cardTitle,
    text: [emergencyText, ...lineTexts, crisis.wellnessNote].join('\n'),
  };
}

/** The crisis answer: the practice stops, the numbers are said twice and shown; nothing resumes by itself. */
export function crisisAnswer(context: Context): Outcome {
  const { crisis } = context.content;
  const otherLines = context.contacts.lines.slice(1).flatMap((line) => crisis.line(line));
  const speech = [
    ...spoken(pick(crisis.opening, context.random)),
    ...numbers(context),
    ...spoken(otherLines),
    ...spoken(crisis.onceMore),
    ...numbers(context),
    ...spoken(crisis.repeatQuestion),
  ];
  const outcome = ask(context, speech, spoken(crisis.repeatReprompt), 'repeatNumbers', {
    activity: { name: 'crisis' },
  });
  return {
    ...outcome,
    reply: {
      ...outcome.reply,
      card: crisisCard(context),
      visual: { kind: 'text', ...crisisCard(context) },
    },
  };
}

/** Says the numbers again, as asked. */
export function repeatNumbers(context: Context): Outcome {
  const { crisis } = context.content;
  const outcome = ask(
    context,
    [...numbers(context), ...numbers(context), ...spoken(crisis.repeatQuestion)],
    spoken(crisis.repeatReprompt),
    'repeatNumbers',
  );
  return {
    ...outcome,
    reply: {
      ...outcome.reply,
      card: crisisCard(context),
      visual: { kind: 'text', ...crisisCard(context) },
    },
  };
}

/** Leaves the crisis answer with the first number once more, and ends the conversation. */
export function closeAfterCrisis(context: Context): Outcome {
  const outcome = close([...numbers(context), ...spoken(context.content.crisis.closing)]);
  return {
    ...outcome,
    reply: {
      ...outcome.reply,
      card: crisisCard(context),
      visual: { kind: 'text', ...crisisCard(context) },
    },
  };
}
