import type { Speech, SpeechPart } from '../core/reply';

/** Adjacent silences become one, so a long silence chains correctly and no tiny breaks pile up. */
export function mergeSilences(speech: Speech): SpeechPart[] {
  return speech.reduce<SpeechPart[]>((merged, part) => {
    const previous = merged[merged.length - 1];
    if (part.type === 'pause' && previous?.type === 'pause') {
      merged[merged.length - 1] = { type: 'pause', seconds: previous.seconds + part.seconds };
    } else {
      merged.push(part);
    }
    return merged;
  }, []);
}
