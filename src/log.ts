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

function write(level: Exclude<Level, 'silent'>, message: string, fields: LogFields): void {
  if (levels.indexOf(level) < threshold()) return;
  process.stderr.write(
    `${JSON.stringify({ level, time: new Date().toISOString(), message, ...fields })}\n`,
  );
}

/** A small structured logger writing JSON lines to stderr. */
export const log = {
  debug: (message: string, fields: LogFields = {}) => write('debug', message, fields),
  info: (message: string, fields: LogFields = {}) => write('info', message, fields),
  warn: (message: string, fields: LogFields = {}) => write('warn', message, fields),
  error: (message: string, fields: LogFields = {}) => write('error', message, fields),
};
