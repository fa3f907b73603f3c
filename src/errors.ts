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
