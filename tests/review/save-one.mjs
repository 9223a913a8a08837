// Child for the concurrency test: record one verdict in a shared reviews file, then exit.
// Usage: node save-one.mjs FILE CONFLICT_ID VERDICT   (imports the compiled dist/)
import { saveVerdict } from "../../dist/review/reviews-file.js";

const [file, id, verdict] = process.argv.slice(2);
try {
  await saveVerdict(file, id, { verdict, note: `saved by pid ${process.pid}`, by: "Concurrency Test", at: new Date().toISOString(), fingerprint: null });
} catch (error) {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
