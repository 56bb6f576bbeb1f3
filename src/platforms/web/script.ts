import type { BreathingVisual, Card, Reply, Speech } from '../../core';
import type { BreathPhase, CrisisContacts } from '../../content/types';

/** Words to say; `isGuided` words are said slower, as in a practice. */
export interface SayStep {
  readonly type: 'say';
  readonly text: string;
  readonly isGuided: boolean;
}

/** Silence the page keeps, in seconds. */
export interface PauseStep {
  readonly type: 'pause';
  readonly seconds: number;
}

/** A chime; the page plays it where it can, and keeps its length as silence where it cannot. */
export interface ChimeStep {
  readonly type: 'chime';
  readonly sound: 'bell';
  readonly seconds: number;
}

/**
 * A breathing cue: the page says it and moves the circle, and the next step begins `seconds` after the cue
 * began, timed by the page, whatever the voice's speed.
 */
export interface BreathStep {
  readonly type: 'breath';
  readonly text: string;
  readonly phase: BreathPhase;
  readonly seconds: number;
}

/** One step of what the page says and does, in order. */
export type ScriptStep = SayStep | PauseStep | ChimeStep | BreathStep;

/** A number to call or text, as a link the page can show as a button. */
export interface ContactLink {
  readonly label: string;
  /** The number as dialled, e.g. "116 123". */
  readonly number: string;
  readonly call: string;
  readonly text?: string;
}

/** The locale's numbers, shown as large buttons after a crisis or emergency answer. */
export interface CrisisButtons {
  readonly lines: readonly ContactLink[];
  readonly emergency: readonly ContactLink[];
}

/** A reply as the page plays it. */
export interface WebScript {
  readonly steps: readonly ScriptStep[];
  /** What to say if the person says nothing for a while, when the page is listening. */
  readonly reprompt: readonly ScriptStep[];
  readonly isListening: boolean;
  readonly isQuiet: boolean;
  readonly card?: Card;
  /** The breathing practice's name and rounds, when the reply is one. */
  readonly breathing?: Pick<BreathingVisual, 'title' | 'rounds' | 'phases'>;
  /** The words of a practice, shown while it is said. */
  readonly shownText?: { readonly title: string; readonly text: string };
}

const dialled = (digits: string) => digits.replace(/\s+/g, '');

/** The locale's crisis lines and emergency numbers as `tel:` and `sms:` links. */
export function crisisButtons(contacts: CrisisContacts): CrisisButtons {
  return {
    lines: contacts.lines.map((line) => ({
      label: line.label,
      number: line.digits,
      call: `tel:${dialled(line.digits)}`,
      ...(line.textDigits !== undefined || line.action === 'call or text'
        ? { text: `sms:${dialled(line.textDigits ?? line.digits)}` }
        : {}),
    })),
    emergency: contacts.emergency.map((number) => ({
      label: `Emergency ${number.digits}`,
      number: number.digits,
      call: `tel:${dialled(number.digits)}`,
    })),
  };
}

/** Speech as steps; a breathing reply's cues become timed breath steps that swallow the silence after them. */
export function toSteps(
  speech: Speech,
  cues?: Readonly<Record<BreathPhase, string>>,
  visual?: BreathingVisual,
): ScriptStep[] {
  const phaseSeconds = new Map(visual?.phases.map(({ phase, seconds }) => [phase, seconds]));
  // Only the phases of this pattern, so "Hold." is the hold in or the hold out as the pattern goes.
  const order = visual?.phases.map(({ phase }) => phase) ?? [];
  let next = 0;
  const steps: ScriptStep[] = [];
  let isSwallowingSilence = false;
  for (const part of speech) {
    const expected = order[next % Math.max(order.length, 1)];
    if (
      part.type === 'text' &&
      part.isGuided === true &&
      expected !== undefined &&
      cues?.[expected] === part.text
    ) {
      steps.push({
        type: 'breath',
        text: part.text,
        phase: expected,
        seconds: phaseSeconds.get(expected) ?? 0,
      });
      next += 1;
      isSwallowingSilence = true;
      continue;
    }
    if (part.type === 'pause' && isSwallowingSilence) continue;
    isSwallowingSilence = false;
    if (part.type === 'text') {
      steps.push({ type: 'say', text: part.text, isGuided: part.isGuided === true });
    } else if (part.type === 'digits') {
      // Said one digit at a time, as the other platforms say a number; shown as dialled.
      const groups = part.digits.trim().split(/\s+/);
      const text = groups.map((group) => group.split('').join(' ')).join(', ');
      steps.push({ type: 'say', text, isGuided: false });
    } else if (part.type === 'sound') {
      steps.push({ type: 'chime', sound: part.sound, seconds: part.seconds });
    } else {
      steps.push({ type: 'pause', seconds: part.seconds });
    }
  }
  return joinWords(steps);
}

/** Words said at one pace, one after another, as one utterance, so a voice does not stop inside a sentence. */
function joinWords(steps: readonly ScriptStep[]): ScriptStep[] {
  return steps.reduce<ScriptStep[]>((joined, step) => {
    const last = joined[joined.length - 1];
    if (step.type === 'say' && last?.type === 'say' && last.isGuided === step.isGuided) {
      const text = /^[.,;:!?]/.test(step.text)
        ? last.text + step.text
        : `${last.text} ${step.text}`;
      joined[joined.length - 1] = { ...last, text };
    } else {
      joined.push(step);
    }
    return joined;
  }, []);
}

/** A neutral reply as a timed script for the page. */
export function toScript(reply: Reply, cues: Readonly<Record<BreathPhase, string>>): WebScript {
  const breathing = reply.visual?.kind === 'breathing' ? reply.visual : undefined;
  return {
    steps: toSteps(reply.speech, cues, breathing),
    reprompt: reply.isListening ? toSteps(reply.reprompt) : [],
    isListening: reply.isListening,
    isQuiet: reply.isQuiet === true,
    ...(reply.card ? { card: reply.card } : {}),
    ...(breathing
      ? {
          breathing: {
            title: breathing.title,
            rounds: breathing.rounds,
            phases: breathing.phases,
          },
        }
      : {}),
    ...(reply.visual?.kind === 'text'
      ? { shownText: { title: reply.visual.title, text: reply.visual.text } }
      : {}),
  };
}
