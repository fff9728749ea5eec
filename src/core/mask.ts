// Keeping identity numbers out of messages and logs: only the first 6 and last 4 characters are shown.

/** Shows only the first 6 and last 4 characters, so that messages and logs never carry a whole number. */
export function maskIdentityNumber(text: string): string {
  if (text.length <= 10) return "*".repeat(text.length);
  return `${text.slice(0, 6)}${"*".repeat(text.length - 10)}${text.slice(-4)}`;
}

/** A run of 15 or more digits, with an optional check character: a whole identity number, old or new. */
const IDENTITY_LIKE_RUN = /\d{15,}[\dXx]?/g;

/** Masks every identity-number-like run of digits inside a text. */
export function maskIdentityRuns(text: string): string {
  return text.replace(IDENTITY_LIKE_RUN, (run) => maskIdentityNumber(run));
}
