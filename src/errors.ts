/**
 * One error type per way a user-facing call can fail. The CLI prints `message` (never a stack)
 * for any TalentflowError; anything else is a bug and is shown with its stack.
 */
export class TalentflowError extends Error {
  /** Exit code the CLI uses when this error ends a command. */
  readonly exitCode: number = 1;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A source (file, URL, stdin) could not be read or is not an article. `source` names it. */
export class SourceError extends TalentflowError {
  constructor(readonly source: string, problem: string, options?: { cause?: unknown }) {
    super(`${source}: ${problem}`, options);
  }
}

/** A command-line argument or API parameter is invalid. */
export class UsageError extends TalentflowError {
  override readonly exitCode = 2;
}

/** The store could not be opened, migrated or written. */
export class StoreError extends TalentflowError {}

/** A model file is missing, corrupt or from another version. */
export class ModelError extends TalentflowError {}

/** Something asked for does not exist (person, organisation, document, fact). */
export class NotFoundError extends TalentflowError {}
