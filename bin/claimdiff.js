#!/usr/bin/env node
// The installed entry point: the compiled CLI (npm install builds it through `prepare`).
let cli;
try {
  cli = await import("../dist/cli/main.js");
} catch (error) {
  if (error?.code === "ERR_MODULE_NOT_FOUND" && String(error.message).includes("dist")) {
    console.error("claimdiff: the CLI is not built yet; run `npm run build` (npm install does it)");
    process.exit(2);
  }
  throw error;
}
const { main } = cli;
const { processIO } = await import("../dist/cli/io.js");
process.exitCode = await main(process.argv.slice(2), processIO());
