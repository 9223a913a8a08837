// Who is recording a verdict: the name colleagues will see in claims/reviews.yaml.
// `--reviewer` > $CLAIMDIFF_REVIEWER > git's user.name > the login name > "unknown".
import { execFileSync } from "node:child_process";
import { userInfo } from "node:os";

export interface ReviewerSources {
  /** The `--reviewer` flag, if given. */
  flag?: string | undefined;
  env?: NodeJS.ProcessEnv;
  /** The login name; defaults to the current OS user. Tests pass it to stay independent of the host. */
  login?: string | null;
}

type Lazy = string | null | undefined | (() => string | null | undefined);

/**
 * The first non-blank name from the sources above. `gitName` may be a function (such as
 * `() => gitUserName(cwd, env)`), so git is only asked when the flag and environment are silent.
 */
export function reviewerName(sources: ReviewerSources, gitName?: Lazy): string {
  const login = (): string | null | undefined => (sources.login === undefined ? loginName() : sources.login);
  const candidates: Lazy[] = [sources.flag, sources.env?.["CLAIMDIFF_REVIEWER"], gitName, login];
  for (const candidate of candidates) {
    const value = typeof candidate === "function" ? candidate() : candidate;
    const name = value?.replace(/\s+/g, " ").trim();
    if (name) return name;
  }
  return "unknown";
}

/** git's user.name as seen from `cwd`, or null when git is missing, slow or unconfigured. */
export function gitUserName(cwd: string, env: NodeJS.ProcessEnv = process.env): string | null {
  try {
    const output = execFileSync("git", ["config", "user.name"], {
      cwd,
      env,
      encoding: "utf8",
      timeout: 2000,
      stdio: ["ignore", "pipe", "ignore"],
    });
    return output.trim() || null;
  } catch {
    return null;
  }
}

function loginName(): string | null {
  try {
    return userInfo().username || null;
  } catch {
    // No passwd entry for this uid (some containers).
    return null;
  }
}
