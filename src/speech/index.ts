export { toSsml, breakDurations, chimeBaseUrl, guidedRate, type SsmlOptions } from './ssml';
export { toPlainText } from './plainText';
export { alexaSpeech, googleSpeech, type SpeechPlatform } from './platforms';
export { estimateSpeechSeconds, guidedRateFactor, wordsPerMinute } from './timing';
