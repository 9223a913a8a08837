// The articles the benchmarks build their corpora from: every article in the repository.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export function repositoryArticles(root, folders, pattern = /\.(md|txt|html?)$/) {
  const found = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (pattern.test(name) && !/README|expected/.test(name)) found.push(readFileSync(p, "utf8"));
    }
  };
  for (const folder of folders) walk(path.join(root, folder));
  return found;
}
