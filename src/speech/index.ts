export { toSsml, breakDurations, guidedRate } from './ssml';
export { toPlainText } from './plainText';
export { alexaLimits, type SpeechLimits } from './limits';
