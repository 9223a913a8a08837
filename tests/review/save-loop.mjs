// Child for the crash test: save one verdict over and over, counting up in its note, until killed.
// Prints "saving" after its first save so the parent can kill it in the middle of later ones.
// Usage: node save-loop.mjs FILE   (imports the compiled dist/)
import { loadReviews, saveVerdict } from "../../dist/review/reviews-file.js";

const file = process.argv[2];
let count = Number(loadReviews(file).entries.get("x-loop")?.note ?? 0);
let announced = false;
for (;;) {
  count++;
  await saveVerdict(file, "x-loop", { verdict: "follow-up", note: String(count), by: "Crash Test", at: new Date().toISOString(), fingerprint: null });
  if (!announced) {
    announced = true;
    process.stdout.write("saving\n");
  }
}
