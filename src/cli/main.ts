// claimdiff's entry point: argv -> command -> exit code. The only place that wires IO together.
import { InputError, UsageError } from "../errors.js";
import { runCorpusCommand } from "./corpus-commands.js";
import type { CliIO } from "./io.js";
import { packageVersion } from "./knowledge.js";

export const USAGE = `claimdiff - find where news articles disagree about numbers and facts

Usage:
  claimdiff [PATH...]                      review conflicts (UI on a terminal, text otherwise)
  claimdiff conflicts [PATH...] [--format text|json|markdown]
  claimdiff extract [PATH...] [--format text|json|markdown] [--write]
  claimdiff explain FILE[:LINE]            why each figure became a claim, or did not
  claimdiff check DRAFT --corpus DIR       pre-publication check of a draft
  claimdiff review set ID VERDICT [--note TEXT] | review clear ID | review list
  claimdiff --help | --version

PATH is a corpus folder or article files (.txt, .md, .html); none means the bundled corpus.
Run \`claimdiff COMMAND --help\` for a command's options.
`;

async function dispatch(argv: string[], io: CliIO): Promise<number> {
  const [first, ...rest] = argv;
  switch (first) {
    case "--help":
    case "-h":
    case "help":
      io.stdout(USAGE);
      return 0;
    case "--version":
    case "-V":
      io.stdout(`${packageVersion()}\n`);
      return 0;
    case "conflicts":
    case "extract":
      return runCorpusCommand(first, rest, io);
    case "explain": {
      const { runExplain } = await import("./explain-command.js");
      return runExplain(rest, io);
    }
    case "check": {
      const { runCheck } = await import("./check-command.js");
      return runCheck(rest, io);
    }
    case "review": {
      const { runReview } = await import("./review-wiring.js");
      return runReview(rest, io);
    }
    default:
      return runCorpusCommand("default", argv, io);
  }
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const debug = argv.includes("--debug");
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`claimdiff: ${error.message}\nRun \`claimdiff --help\` for usage.\n`);
      return 2;
    }
    if (error instanceof InputError) {
      io.stderr(`${error.toLine()}\n`);
      if (debug) io.stderr(`${error.stack}\n`);
      return 2;
    }
    io.stderr(`claimdiff: internal error: ${(error as Error)?.message ?? String(error)}${debug ? "" : " (run with --debug for details)"}\n`);
    if (debug) io.stderr(`${(error as Error)?.stack}\n`);
    return 2;
  }
}
