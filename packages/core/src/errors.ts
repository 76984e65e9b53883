/** An error the user can fix: bad input, an unreadable file, a policy violation. Fails with its message and hint, no stack. */
export class UserError extends Error {
  readonly hint: string | undefined;

  constructor(message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'UserError';
    this.hint = options.hint;
  }
}

/** A gate said no: the inputs were readable and the policy rejected them (CLI exit code 1). */
export class PolicyError extends UserError {
  constructor(message: string, options: { hint?: string } = {}) {
    super(message, options);
    this.name = 'PolicyError';
  }
}

/** True for errors that carry a message meant for the user rather than a stack. */
export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}

/** The message of any thrown value, Error or not. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}

/** Message, then hint on its own line, as shown to a person. */
export function formatUserError(error: UserError): string {
  return error.hint ? `${error.message}\nHint: ${error.hint}` : error.message;
}

/** What a person sees for any thrown value: user errors without a stack, bugs with one. */
export function describeError(error: unknown): string {
  if (isUserError(error)) return formatUserError(error);
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return `A non-Error value was thrown: ${errorMessage(error)}`;
}
