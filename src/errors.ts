// Errors a person can act on: which file, what is wrong. The CLI prints them as one line
// (`claimdiff: FILE: MESSAGE`) with exit status 2; only `--debug` shows a stack.

export class InputError extends Error {
  constructor(
    readonly file: string | null,
    message: string,
  ) {
    super(message);
    this.name = "InputError";
  }

  /** The one line a person sees. */
  toLine(): string {
    return this.file ? `claimdiff: ${this.file}: ${this.message}` : `claimdiff: ${this.message}`;
  }
}

/** Bad command-line usage: exit status 2, with a hint to `--help`. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
