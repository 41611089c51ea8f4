// The CLI's own kinds of failure: a usage error is said to the user in both languages with its
// exit code (see main.ts), never shown as a stack trace.

/** Something the user asked that cannot be done (a file missing, an output not writable): said, then exit `code`. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly code = 2,
  ) {
    super(message);
  }
}

/** The short code of a system error ("ENOENT", "EACCES"), or the error itself as text. */
export const errorCode = (e: unknown): string => (e as NodeJS.ErrnoException).code ?? String(e);
