#!/usr/bin/env node
// The installed entry point: the compiled CLI (npm install builds it through `prepare`).
import("../dist/cli/main.js").catch((error) => {
  if (error?.code === "ERR_MODULE_NOT_FOUND" && String(error.message).includes("dist/cli/main.js")) {
    console.error("claimdiff: the CLI is not built yet; run `npm run build` (npm install does it)");
    process.exit(2);
  }
  throw error;
});
