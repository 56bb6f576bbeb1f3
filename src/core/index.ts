export { handleTurn } from './handleTurn';
export type { Outcome } from './context';
export type { Intent, Slots, SlotName } from './intents';
export { intents, isIntent } from './intents';
export type { Reply, Speech, SpeechPart, Card } from './reply';
export type { ConversationState } from './state';
export { initialState } from './state';
export type { Turn, Device } from './turn';
