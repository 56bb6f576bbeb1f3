import Speech from 'ssml-builder';
import type { Speech as Spoken, SpeechPart } from '../core/reply';
import { alexaSpeech, type SpeechPlatform } from './platforms';
import { mergeSilences } from './mergeSilences';
import { guidedRateFactor } from './timing';

/** Guided practice is said a little slower than conversation. */
export const guidedRate = `${Math.round(guidedRateFactor * 100)}%`;

/** Splits a silence into breaks no longer than the platform allows, e.g. 25 s into 10, 10 and 5. */
export function breakDurations(seconds: number, maxBreakMs: number): number[] {
  let remaining = Math.round(Math.max(0, seconds) * 1000);
  const durations: number[] = [];
  while (remaining > 0) {
    const next = Math.min(remaining, maxBreakMs);
    durations.push(next);
    remaining -= next;
  }
  return durations;
}

/** Where the chimes are served (without it, a chime is heard as its length of silence), and whether to speak softly. */
export interface SsmlOptions {
  readonly audioBaseUrl?: string;
  /** Quiet mode: guided words said more softly. */
  readonly isQuiet?: boolean;
}

/** The https base URL for chimes, or undefined when it is missing or not https (Alexa plays only https). */
export function chimeBaseUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' ? url.toString().replace(/\/$/, '') : undefined;
  } catch {
    return undefined;
  }
}

const escapeAttribute = (value: string) =>
  value
    .replace(/&/g, '&amp;')
    .replace(/'/g, '&apos;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;');

function addPart(
  builder: Speech,
  part: SpeechPart,
  platform: SpeechPlatform,
  baseUrl: string | undefined,
): void {
  if (part.type === 'pause') {
    breakDurations(part.seconds, platform.maxBreakMs).forEach((ms) => builder.pause(`${ms}ms`));
  } else if (part.type === 'sound') {
    if (baseUrl) builder.audio(escapeAttribute(`${baseUrl}/${part.sound}.mp3`));
    else
      breakDurations(part.seconds, platform.maxBreakMs).forEach((ms) => builder.pause(`${ms}ms`));
  } else if (part.type === 'digits') {
    part.digits
      .split(/\s+/)
      .filter((group) => /^\d+$/.test(group))
      .forEach((group, index) => {
        if (index > 0) builder.pause('300ms');
        builder.sayAs({ word: group, interpret: platform.digitsInterpretAs });
      });
  } else if (part.text.trim() !== '') {
    builder.say(part.text);
  }
}

const isGuidedText = (part: SpeechPart | undefined) =>
  part?.type === 'text' && part.isGuided === true && part.text.trim() !== '';

/**
 * Guided words, and the silences between them, as runs: each run is said inside one prosody, so a long practice
 * costs a few characters per cue rather than a tag around each, and fits Alexa's limit.
 */
function guidedRuns(parts: readonly SpeechPart[]): (SpeechPart | readonly SpeechPart[])[] {
  const runs: (SpeechPart | SpeechPart[])[] = [];
  let run: SpeechPart[] = [];
  const endRun = () => {
    const lastWords = run.map((part) => part.type).lastIndexOf('text');
    if (lastWords >= 0) runs.push(run.slice(0, lastWords + 1));
    runs.push(...run.slice(lastWords + 1));
    run = [];
  };
  parts.forEach((part) => {
    if (isGuidedText(part) || (run.length > 0 && part.type === 'pause')) run.push(part);
    else {
      endRun();
      runs.push(part);
    }
  });
  endRun();
  return runs;
}

function addRun(
  builder: Speech,
  run: readonly SpeechPart[],
  platform: SpeechPlatform,
  isQuiet: boolean,
): void {
  const inner = new Speech();
  run.forEach((part) => addPart(inner, part, platform, undefined));
  const volume = isQuiet ? " volume='soft'" : '';
  builder.sayWithSSML(`<prosody rate='${guidedRate}'${volume}>${inner.ssml(true)}</prosody>`);
}

/** Writes speech as one SSML document: text escaped, silences chained, guided words slower, chimes where served. */
export function toSsml(
  speech: Spoken,
  platform: SpeechPlatform = alexaSpeech,
  options: SsmlOptions = {},
): string {
  const builder = new Speech();
  const baseUrl = chimeBaseUrl(options.audioBaseUrl);
  const parts = baseUrl ? mergeSilences(speech) : mergeSilences(speech.map(asSilenceWithoutChimes));
  guidedRuns(parts).forEach((part) =>
    Array.isArray(part)
      ? addRun(builder, part, platform, options.isQuiet === true)
      : addPart(builder, part as SpeechPart, platform, baseUrl),
  );
  return builder.ssml();
}

/** Without a place to fetch chimes from, each is its own length of silence, so the timing holds. */
const asSilenceWithoutChimes = (part: SpeechPart): SpeechPart =>
  part.type === 'sound' ? { type: 'pause', seconds: part.seconds } : part;
