import { createHash } from 'node:crypto';

/** Log levels in order of severity; `LOG_LEVEL` sets the lowest one written. */
const levels = ['debug', 'info', 'warn', 'error', 'silent'] as const;
type Level = (typeof levels)[number];

/** Fields a log line may carry: ids, names and timings only, never what a person said. */
export interface LogFields {
  readonly requestId?: string;
  readonly platform?: string;
  readonly requestType?: string;
  readonly intent?: string;
  readonly durationMs?: number;
  readonly error?: string;
  readonly [key: string]: string | number | boolean | undefined;
}

function threshold(): number {
  const configured = (process.env.LOG_LEVEL ?? 'info').toLowerCase() as Level;
  const index = levels.indexOf(configured);
  return index === -1 ? levels.indexOf('info') : index;
}

/**
 * Writes one JSON line on stderr: the level's name, an ISO time, the fields, then the message. It is the whole of
 * what a logging library did here, in a few lines and no bundle weight; Lambda sends stderr to CloudWatch as is.
 * `LOG_LEVEL` is read on every call, so a test or an operator may change it.
 */
function write(level: Exclude<Level, 'silent'>, message: string, fields: LogFields): void {
  if (levels.indexOf(level) < threshold()) return;
  const line = JSON.stringify({ level, time: new Date().toISOString(), ...fields, message });
  process.stderr.write(`${line}\n`);
}

/** Structured logs: a message and fields (ids, names and timings), never what a person said. */
export const log = {
  debug: (message: string, fields: LogFields = {}) => write('debug', message, fields),
  info: (message: string, fields: LogFields = {}) => write('info', message, fields),
  warn: (message: string, fields: LogFields = {}) => write('warn', message, fields),
  error: (message: string, fields: LogFields = {}) => write('error', message, fields),
};

/**
 * An identifier from a request (a request id, an intent name) as it may be logged: only when it looks like one,
 * so a forged request cannot write words, or megabytes, into the logs through it.
 */
export function loggableId(value: unknown): string | undefined {
  return typeof value === 'string' && /^[A-Za-z0-9._:-]{1,120}$/.test(value) ? value : undefined;
}

/**
 * A short, one-way tag for a user or a conversation, so one person's turns can be followed in the logs without
 * their id. It is salted apart from the user store's key, so a log line cannot be joined to a stored profile.
 */
export function logTag(rawId: unknown): string | undefined {
  if (typeof rawId !== 'string' || rawId === '') return undefined;
  return createHash('sha256').update(`kind-recovery-log:${rawId}`).digest('hex').slice(0, 16);
}
