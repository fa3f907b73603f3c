/** A problem the user can fix (bad flag, bad config, missing input): exit 2, one message, no stack. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A config mistake, located in its file. */
export class ConfigError extends UsageError {
  override name = 'ConfigError';
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly key: string | null,
    readonly detail: string,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${key ? `"${key}": ` : ''}${detail}`);
  }
}

/**
 * An internal error as it may be shown: its kind and where it happened, not its message, which
 * can quote the draft being linted (a parser's or a rule's error about the text in hand).
 * SOCIALCHECK_DEBUG=1 shows the message and the whole stack, for a bug report made with care.
 */
export function describeInternalError(e: unknown, debug = Boolean(globalThis.process?.env.SOCIALCHECK_DEBUG)): string {
  if (!(e instanceof Error)) return debug ? String(e) : 'a non-Error value was thrown (its value is withheld)';
  if (debug) return e.stack ?? `${e.name}: ${e.message}`;
  const frames = (e.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l));
  return `${e.name} (its message is withheld: it may quote a draft; SOCIALCHECK_DEBUG=1 shows it)${frames.length ? `\n${frames.join('\n')}` : ''}`;
}
