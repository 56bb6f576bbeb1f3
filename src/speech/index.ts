export { toSsml, breakDurations, guidedRate } from './ssml';
export { toPlainText } from './plainText';
export { alexaSpeech, googleSpeech, type SpeechPlatform } from './platforms';
