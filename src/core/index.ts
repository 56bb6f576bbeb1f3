export { handleTurn } from './handleTurn';
export type { Outcome } from './context';
export type { Intent, Slots, SlotName } from './intents';
export { intents, isIntent, slotNames } from './intents';
export type { Reply, Speech, SpeechPart, Card, Visual, BreathingVisual, TextVisual } from './reply';
export type { ConversationState } from './state';
export { initialState } from './state';
export type { Turn, Device } from './turn';
