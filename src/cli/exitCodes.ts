// The exit codes every `bujiao` command uses.

/** The command ran and found nothing wrong. */
export const EXIT_OK = 0;
/** The command ran and the input has an error: a formula error (fn) or a roster row with an error (check). */
export const EXIT_INPUT_ERROR = 1;
/** The command itself failed: bad usage, a missing or unreadable file, no roster found, a file not written. */
export const EXIT_COMMAND_FAILED = 2;
