import { createHash, timingSafeEqual } from 'node:crypto';

/** Who may call the webhook: anyone (local development), holders of the basic-auth pair, or nobody. */
export type DialogflowAccess =
  | { readonly mode: 'open' }
  | { readonly mode: 'basicAuth'; readonly user: string; readonly password: string }
  | { readonly mode: 'refused' };

/** What the access check decided about one request. */
export type AccessDecision = 'allowed' | 'unauthenticated' | 'unconfigured';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** The configured secrets' digests, made once per configuration rather than on every request. */
const expectedDigests = new WeakMap<object, { readonly user: Buffer; readonly password: Buffer }>();

function digestsOf(access: { readonly user: string; readonly password: string }) {
  let digests = expectedDigests.get(access);
  if (!digests) {
    digests = { user: digest(access.user), password: digest(access.password) };
    expectedDigests.set(access, digests);
  }
  return digests;
}

/** Compares a secret with an expected digest in constant time, whatever their lengths. */
function isSameSecret(given: string, expected: Buffer): boolean {
  return timingSafeEqual(digest(given), expected);
}

/** The user and password of a Basic Authorization header, if it has them. */
function basicCredentials(
  header: string | undefined,
): { user: string; password: string } | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const separator = decoded.indexOf(':');
  if (separator < 0) return undefined;
  return { user: decoded.slice(0, separator), password: decoded.slice(separator + 1) };
}

/** Decides whether a request carrying this Authorization header may reach the webhook. */
export function decideAccess(
  access: DialogflowAccess,
  authorization: string | undefined,
): AccessDecision {
  if (access.mode === 'open') return 'allowed';
  if (access.mode === 'refused') return 'unconfigured';
  const given = basicCredentials(authorization);
  // Both comparisons always run, so a right user with a wrong password takes as long as anything else.
  const expected = digestsOf(access);
  const isUserRight = isSameSecret(given?.user ?? '', expected.user);
  const isPasswordRight = isSameSecret(given?.password ?? '', expected.password);
  return given && isUserRight && isPasswordRight ? 'allowed' : 'unauthenticated';
}

/** Basic auth when both environment variables are set; refused (production) or open (development) otherwise. */
export function dialogflowAccessFromEnvironment(
  isDevelopment: boolean,
  environment: NodeJS.ProcessEnv = process.env,
): DialogflowAccess {
  const user = environment.DIALOGFLOW_WEBHOOK_USER;
  const password = environment.DIALOGFLOW_WEBHOOK_PASSWORD;
  if (user && password) return { mode: 'basicAuth', user, password };
  return isDevelopment ? { mode: 'open' } : { mode: 'refused' };
}
