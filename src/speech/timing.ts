import type { Speech } from '../core/reply';

/** Conversational speech runs at about 150 words a minute. */
export const wordsPerMinute = 150;

/** Guided practice is said at 90% of the normal rate; the SSML prosody and the timing both use this. */
export const guidedRateFactor = 0.9;

/** About how long `text` takes to say, in seconds, at `rateFactor` times the normal rate. */
export function estimateSpeechSeconds(text: string, rateFactor = 1): number {
  const words = text.split(/\s+/).filter((word) => /[a-z0-9]/i.test(word)).length;
  return ((words / wordsPerMinute) * 60) / rateFactor;
}

/**
 * How long speech lasts as heard: words at their pace (guided words slower), silences and sounds at their length.
 * Digits, said quickly, are not counted.
 */
export function speechSeconds(speech: Speech): number {
  return speech.reduce(
    (sum, part) =>
      sum +
      (part.type === 'pause' || part.type === 'sound'
        ? part.seconds
        : part.type === 'text'
          ? estimateSpeechSeconds(part.text, part.isGuided ? guidedRateFactor : 1)
          : 0),
    0,
  );
}
