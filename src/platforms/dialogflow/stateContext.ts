import type { OutputContext } from './webhookTypes';

/** The one output context that carries the conversation's state. */
export const stateContextId = 'kind-recovery-state';

/** Turns the state context lives for; Dialogflow also expires it after 20 idle minutes. */
export const stateLifespan = 50;

/** The full name of the state context in a session. */
export const stateContextName = (session: string): string =>
  `${session}/contexts/${stateContextId}`;

/** The state kept in the session's state context, if there is one. */
export function savedState(contexts: readonly OutputContext[] | undefined): unknown {
  const context = contexts?.find((candidate) =>
    candidate.name.endsWith(`/contexts/${stateContextId}`),
  );
  return context?.parameters?.state;
}

/** The output context that keeps `state`, or that clears it when the conversation ends. */
export function stateContext(session: string, state: unknown, isEnding: boolean): OutputContext {
  return isEnding
    ? { name: stateContextName(session), lifespanCount: 0 }
    : { name: stateContextName(session), lifespanCount: stateLifespan, parameters: { state } };
}
