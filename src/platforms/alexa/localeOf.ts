import type { RequestEnvelope } from 'ask-sdk-model';
import { getLocale } from 'ask-sdk-core';

/** The locale used when a request carries none. */
const defaultLocale = 'en-US';

/** The request's locale, or en-US when it has none or something else stands there (the ask-sdk throws on none). */
export function localeOf(envelope: RequestEnvelope): string {
  try {
    const locale: unknown = getLocale(envelope);
    return typeof locale === 'string' && locale !== '' ? locale : defaultLocale;
  } catch {
    return defaultLocale;
  }
}
