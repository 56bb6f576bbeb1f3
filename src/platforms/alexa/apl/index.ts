import type { HandlerInput } from 'ask-sdk-core';
import { getSupportedInterfaces } from 'ask-sdk-core';
import type { Visual } from '../../../core';
import { breathingDocument } from './breathingDocument';
import { textDocument } from './textDocument';

/** The token the skill's APL documents carry. */
export const aplToken = 'kind-recovery';

/** Whether the device can show APL; devices without it get nothing visual. */
export function supportsApl(input: HandlerInput): boolean {
  try {
    return 'Alexa.Presentation.APL' in getSupportedInterfaces(input.requestEnvelope);
  } catch {
    return false;
  }
}

/** The RenderDocument directive for a visual. */
export function renderDocumentDirective(visual: Visual) {
  const document = visual.kind === 'breathing' ? breathingDocument(visual) : textDocument(visual);
  return {
    type: 'Alexa.Presentation.APL.RenderDocument',
    token: aplToken,
    document,
    datasources: {},
  } as const;
}
