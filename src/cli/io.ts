// What the CLI needs from the outside world, passed in so tests can run it in-process.
export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** stdout is a terminal: the review UI instead of the text report. */
  isTTY: boolean;
  /** Read standard input (for `check -`). */
  readStdin: () => Promise<string>;
  now: () => Date;
}

export function processIO(): CliIO {
  return {
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString("utf8");
    },
    now: () => new Date(),
  };
}

/** In CI (as is-in-ci reads it, the check Ink itself makes) the review UI would draw nothing. */
export function inCi(env: NodeJS.ProcessEnv): boolean {
  const set = (key: string) => key in env && env[key] !== "0" && env[key] !== "false";
  return set("CI") || set("CONTINUOUS_INTEGRATION");
}

/** Colours follow NO_COLOR (https://no-color.org) and FORCE_COLOR, then the terminal. */
export function wantsColor(io: CliIO, flag: boolean | undefined): boolean {
  if (flag === false || (io.env.NO_COLOR ?? "") !== "") return false;
  if ((io.env.FORCE_COLOR ?? "") !== "" && io.env.FORCE_COLOR !== "0") return true;
  return io.isTTY;
}
