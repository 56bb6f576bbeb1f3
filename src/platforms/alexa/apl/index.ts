import type { RequestEnvelope } from 'ask-sdk-model';
import type { Visual } from '../../../core';
import { breathingDocument } from './breathingDocument';
import { textDocument } from './textDocument';

/** The token the skill's APL documents carry. */
export const aplToken = 'kind-recovery';

/** Whether the device can show APL; devices without it (or a request that garbles the list) get nothing visual. */
export function supportsApl(envelope: RequestEnvelope): boolean {
  const interfaces: unknown = envelope.context?.System?.device?.supportedInterfaces;
  return (
    typeof interfaces === 'object' &&
    interfaces !== null &&
    Object.hasOwn(interfaces, 'Alexa.Presentation.APL')
  );
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
