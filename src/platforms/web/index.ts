export { answerWebTurn, type WebTurnAnswer, type WebTurnResult } from './answerTurn';
export { maxTextLength } from './toTurn';
export type { ScriptStep, WebScript, CrisisButtons, ContactLink } from './script';
