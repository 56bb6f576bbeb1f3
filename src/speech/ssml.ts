import Speech from 'ssml-builder';
import type { Speech as Spoken, SpeechPart } from '../core/reply';
import { alexaSpeech, type SpeechPlatform } from './platforms';
import { mergeSilences } from './mergeSilences';

/** Guided practice is said a little slower than conversation. */
export const guidedRate = '90%';

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

function addPart(builder: Speech, part: SpeechPart, platform: SpeechPlatform): void {
  if (part.type === 'pause') {
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
    if (part.isGuided) builder.prosody({ rate: guidedRate }, part.text);
    else builder.say(part.text);
  }
}

/** Writes speech as one SSML document: text escaped, silences chained, guided words slower. */
export function toSsml(speech: Spoken, platform: SpeechPlatform = alexaSpeech): string {
  const builder = new Speech();
  mergeSilences(speech).forEach((part) => addPart(builder, part, platform));
  return builder.ssml();
}
