import { errorCodes, type ErrorCode } from './error-codes.js';

export { errorCodes, type ErrorCode } from './error-codes.js';

/** What a UserError carries besides its message. */
export interface UserErrorOptions {
  hint?: string;
  cause?: unknown;
  /** A stable code machine readers branch on (docs/error-codes.md); defaults by class. */
  code?: ErrorCode;
}

/** An error the user can fix: bad input, an unreadable file, a policy violation. Fails with its message and hint, no stack. */
export class UserError extends Error {
  readonly hint: string | undefined;
  readonly code: ErrorCode;

  constructor(message: string, options: UserErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'UserError';
    this.hint = options.hint;
    this.code = options.code ?? errorCodes.invalidInput;
  }
}

/** A gate said no: the inputs were readable and the policy rejected them (CLI exit code 1). */
export class PolicyError extends UserError {
  constructor(message: string, options: UserErrorOptions = {}) {
    super(message, { ...options, code: options.code ?? errorCodes.policyRejected });
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

/** The line that precedes a bug's stack, so a person knows it is ours to fix. */
export const BUG_PREFIX = 'Unexpected error (please report it): ';

/** What a person sees for any thrown value: user errors without a stack, bugs with one. */
export function describeError(error: unknown): string {
  if (isUserError(error)) return formatUserError(error);
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return `A non-Error value was thrown: ${errorMessage(error)}`;
}

/** As describeError, with the "please report" line before anything that is not a UserError. */
export function describeFailure(error: unknown): string {
  return isUserError(error) ? formatUserError(error) : `${BUG_PREFIX}${describeError(error)}`;
}

/** The stable code of any thrown value: a UserError's own, `internal` for a bug. */
export function errorCode(error: unknown): ErrorCode {
  return isUserError(error) ? error.code : errorCodes.internal;
}
