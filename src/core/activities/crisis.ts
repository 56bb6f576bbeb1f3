import type { Context, Outcome } from '../context';
import type { Card, Reply, Speech } from '../reply';
import { ask, close } from '../context';
import { pick } from '../random';
import { guided, spoken } from '../script';
import { guidedRounds } from './breathing';
import { whatNext } from './menu';

/** The breaths taken together while someone reaches out: the gentle long exhale, a few rounds, no questions. */
const breathsTogether = 4;

/** The crisis numbers on a card and a screen, with the wellness note. */
export function crisisCard(context: Context): Card {
  const { crisis } = context.content;
  const { emergency, lines } = context.contacts;
  const emergencyText =
    emergency.length > 0 ? crisis.cardEmergency(emergency) : crisis.cardNoKnownEmergency;
  const lineTexts = lines.map((line) => `${line.label}: ${line.digits}`);
  return {
    title: crisis.cardTitle,
    text: [...lineTexts, emergencyText, crisis.wellnessNote].join('\n'),
  };
}

/** The emergency number on a card and a screen, first, for a medical emergency. */
function emergencyCard(context: Context): Card {
  const { crisis, emergency } = context.content;
  const { contacts } = context;
  const emergencyText =
    contacts.emergency.length > 0
      ? crisis.cardEmergency(contacts.emergency)
      : crisis.cardNoKnownEmergency;
  return { title: emergency.cardTitle, text: [emergencyText, crisis.wellnessNote].join('\n') };
}

/** A reply that shows the numbers on the card and the screen. */
function withNumbers(outcome: Outcome, card: Card): Outcome {
  const reply: Reply = { ...outcome.reply, card, visual: { kind: 'text', ...card } };
  return { ...outcome, reply };
}

const isMedical = (context: Context) =>
  context.state.activity.name === 'crisis' && context.state.activity.isMedical === true;

/** Whether this call can be put through to the crisis line. */
const canConnect = (context: Context) =>
  context.turn.device.canTransferCall === true && context.contacts.transferTo !== undefined;

/**
 * Thoughts of suicide or self-harm: the practice stops. One warm sentence, the crisis line and who answers it,
 * the emergency number for anyone who might act, then both again, naturally; on a call that can be put through,
 * the offer to connect. Nothing resumes by itself, and the reprompt is the number.
 */
export function crisisAnswer(context: Context): Outcome {
  const { crisis } = context.content;
  const { emergency, lines } = context.contacts;
  const [line, ...others] = lines;
  const isConnecting = canConnect(context);
  const speech = spoken(
    pick(crisis.opening, context.random),
    ...(line
      ? [
          crisis.line(line),
          pick(crisis.whoAnswers, context.random),
          ...others.map(crisis.line),
          crisis.emergencyIfActing(emergency),
        ]
      : [crisis.noKnownLine]),
    crisis.again(line, emergency),
    isConnecting ? crisis.connectQuestion : crisis.repeatQuestion,
  );
  const reprompt = isConnecting
    ? spoken(crisis.connectReprompt)
    : spoken(crisis.repeatReprompt(line, emergency));
  const outcome = ask(context, speech, reprompt, isConnecting ? 'connectCall' : 'repeatNumbers', {
    activity: { name: 'crisis' },
  });
  return withNumbers(outcome, crisisCard(context));
}

/**
 * A medical emergency, the speaker's own body or someone else: "call 911 now" first, what to tell them, and the
 * offer to say the number again; three sentences, no suicide line.
 */
export function emergencyAnswer(context: Context, whose: 'self' | 'someoneElse'): Outcome {
  const { emergency } = context.content;
  const numbers = context.contacts.emergency;
  const speech = spoken(
    emergency.callNow(numbers),
    whose === 'self' ? emergency.tellThemSelf : emergency.tellThemOther,
    emergency.repeatQuestion,
  );
  const outcome = ask(context, speech, spoken(emergency.repeatReprompt(numbers)), 'repeatNumbers', {
    activity: { name: 'crisis', isMedical: true },
  });
  return withNumbers(outcome, emergencyCard(context));
}

/** Says the numbers again, as asked. */
export function repeatNumbers(context: Context): Outcome {
  const { crisis, emergency } = context.content;
  const { lines, emergency: numbers } = context.contacts;
  if (isMedical(context)) {
    const speech = spoken(emergency.callNow(numbers), emergency.repeatQuestion);
    const outcome = ask(
      context,
      speech,
      spoken(emergency.repeatReprompt(numbers)),
      'repeatNumbers',
    );
    return withNumbers(outcome, emergencyCard(context));
  }
  const [line] = lines;
  const speech = spoken(crisis.again(line, numbers), crisis.repeatQuestion);
  const outcome = ask(
    context,
    speech,
    spoken(crisis.repeatReprompt(line, numbers)),
    'repeatNumbers',
  );
  return withNumbers(outcome, crisisCard(context));
}

/** "No" to hearing the numbers again: company while they reach out, never a goodbye; a medical emergency closes on the number. */
export function offerCompany(context: Context): Outcome {
  if (isMedical(context)) {
    const outcome = close(spoken(context.content.emergency.closing(context.contacts.emergency)));
    return withNumbers(outcome, emergencyCard(context));
  }
  const { crisis } = context.content;
  const [line] = context.contacts.lines;
  const outcome = ask(
    context,
    spoken(crisis.offerCompany),
    spoken(crisis.offerCompanyReprompt(line, context.contacts.emergency)),
    'stayWhileCalling',
  );
  return withNumbers(outcome, crisisCard(context));
}

/**
 * The end of what the skill says after a crisis answer, with the number last: a close, except on a phone call,
 * which only the caller ends, where it stays and asks what it can do.
 */
function numberLast(context: Context, before: Speech = []): Outcome {
  const { crisis } = context.content;
  const [line] = context.contacts.lines;
  const numbers = context.contacts.emergency;
  const outcome = context.turn.device.isPhoneCall
    ? ask(
        context,
        [...before, ...spoken(crisis.stayingOnTheLine(line, numbers))],
        spoken(crisis.repeatReprompt(line, numbers)),
        'anythingElse',
      )
    : close([...before, ...spoken(crisis.closing(line, numbers))]);
  return withNumbers(outcome, crisisCard(context));
}

/** "Yes" to company: a few slow breaths with a long exhale, no questions, then the number last. */
export function breatheTogether(context: Context): Outcome {
  const { crisis, breathing } = context.content;
  const practice = [
    ...spoken(crisis.companyIntro),
    ...guided(breathing.safetyNote),
    ...guidedRounds(context, 'extended-exhale', breathsTogether),
    { type: 'pause' as const, seconds: 2 },
  ];
  return numberLast(context, practice);
}

/** "No" to company, or nothing more to do: a kind close with the number last (or, on a call, staying). */
export function leaveGently(context: Context): Outcome {
  return numberLast(context);
}

/** Leaving after a crisis answer: the number is the last thing said. */
export function closeAfterCrisis(context: Context): Outcome {
  if (isMedical(context)) {
    const outcome = close(spoken(context.content.emergency.closing(context.contacts.emergency)));
    return withNumbers(outcome, emergencyCard(context));
  }
  const { crisis } = context.content;
  const [line] = context.contacts.lines;
  const outcome = close(spoken(crisis.closing(line, context.contacts.emergency)));
  return withNumbers(outcome, crisisCard(context));
}

/**
 * "Start over" or "go home" after a crisis answer: the choices again, with the number said first, and the crisis
 * kept in mind, so leaving still ends on the number.
 */
export function restartAfterCrisis(context: Context): Outcome {
  const { crisis, emergency, whatNext } = context.content;
  const { lines, emergency: numbers } = context.contacts;
  const medical = isMedical(context);
  const numbersAgain = medical ? emergency.callNow(numbers) : crisis.again(lines[0], numbers);
  const outcome = ask(
    context,
    spoken(numbersAgain, pick(whatNext.question, context.random)),
    spoken(whatNext.reprompt),
    'whatNext',
  );
  return withNumbers(outcome, medical ? emergencyCard(context) : crisisCard(context));
}

/**
 * The number as the last words of a conversation in which a crisis was heard, whatever ended it, with the card:
 * the line and the emergency number, or, for a medical emergency, the emergency number alone.
 */
export function numberAsLastWords(
  context: Context,
  kind: 'crisis' | 'medical',
): { readonly speech: Speech; readonly card: Card } {
  const { crisis, emergency } = context.content;
  const { lines, emergency: numbers } = context.contacts;
  return kind === 'medical'
    ? { speech: spoken(emergency.closing(numbers)), card: emergencyCard(context) }
    : { speech: spoken(crisis.closing(lines[0], numbers)), card: crisisCard(context) };
}

/** "Yes" to being put through: said once, then the call goes to the crisis line. */
export function connectCall(context: Context): Outcome {
  const transferTo = context.contacts.transferTo;
  const outcome = close(spoken(context.content.crisis.connecting));
  return withNumbers(
    { ...outcome, reply: { ...outcome.reply, ...(transferTo ? { transferTo } : {}) } },
    crisisCard(context),
  );
}

/** "Yes" to "anything else I can do?" on a call: the gentle choices, with the crisis answer behind them. */
export function somethingElse(context: Context): Outcome {
  return whatNext(context);
}
