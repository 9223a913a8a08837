// `claimdiff check DRAFT --corpus DIR`: not built yet (issue 5).
import { UsageError } from "../errors.js";
import type { CliIO } from "./io.js";

export async function runCheck(_argv: string[], _io: CliIO): Promise<number> {
  throw new UsageError("check: not available yet in this version");
}
