import type { Speech, SpeechPart } from '../core/reply';
import { mergeSilences } from './mergeSilences';

function formatSeconds(seconds: number): string {
  return Number.isInteger(seconds) ? `${seconds}s` : `${seconds.toFixed(1)}s`;
}

function partText(part: SpeechPart, isShowingPauses: boolean): string {
  if (part.type === 'text') return part.text.trim();
  if (part.type === 'digits') return part.digits;
  if (part.type === 'sound') return isShowingPauses ? `[${part.sound} chime]` : '';
  return isShowingPauses ? `[pause ${formatSeconds(part.seconds)}]` : '';
}

/** Speech as readable text: for cards, chat channels and the terminal chat; pauses shown as "[pause 4s]" if asked. */
export function toPlainText(speech: Speech, options: { isShowingPauses?: boolean } = {}): string {
  const isShowingPauses = options.isShowingPauses ?? false;
  return mergeSilences(speech)
    .map((part) => partText(part, isShowingPauses))
    .filter((text) => text !== '')
    .reduce(
      (text, next) =>
        text === '' ? next : /^[.,;:!?]/.test(next) ? text + next : `${text} ${next}`,
      '',
    );
}
