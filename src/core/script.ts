import type { Line, Script } from '../content/types';
import type { Speech, SpeechPart } from './reply';

function toPart(line: Line, isGuided: boolean): SpeechPart {
  if (typeof line === 'string')
    return isGuided ? { type: 'text', text: line, isGuided } : { type: 'text', text: line };
  if ('pause' in line) return { type: 'pause', seconds: line.pause };
  return { type: 'digits', digits: line.digits };
}

/** A content script as speech at conversational pace. */
export function spoken(...scripts: (Script | string)[]): Speech {
  return scripts
    .flatMap((script) => (typeof script === 'string' ? [script] : script))
    .map((line) => toPart(line, false));
}

/** A content script as speech at the slower pace of a guided practice. */
export function guided(script: Script | string): Speech {
  return (typeof script === 'string' ? [script] : script).map((line) => toPart(line, true));
}

/** A silence of `seconds`. */
export function silence(seconds: number): Speech {
  return [{ type: 'pause', seconds }];
}
