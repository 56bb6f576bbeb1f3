import type { RequestEnvelope } from 'ask-sdk-model';
import { getLocale } from 'ask-sdk-core';

/** The locale used when a request carries none. */
const defaultLocale = 'en-US';

/** The request's locale, or en-US when it has none (the ask-sdk throws on a request without one). */
export function localeOf(envelope: RequestEnvelope): string {
  try {
    return getLocale(envelope) || defaultLocale;
  } catch {
    return defaultLocale;
  }
}
