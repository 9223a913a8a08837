// Loads claims/{people,offices,events}.yaml the way the CLI does, and builds dated sources.
import { readFileSync } from "node:fs";
import path from "node:path";
import YAML from "yaml";
import { compileFactKnowledge, type FactKnowledge } from "../../src/extract/facts/knowledge.js";
import { extractFacts } from "../../src/extract/facts/extract-facts.js";
import type { Claim, Context, Source } from "../../src/types.js";
import { makeSource } from "../factories.js";

export const ROOT = path.resolve(import.meta.dirname, "../..");

export const CONTEXT: Context = { today: "2026-11-21", normalize: { approxWidth: 0.1, nearlyWidth: 0.1 } };

const yaml = (name: string): unknown => YAML.parse(readFileSync(path.join(ROOT, "claims", `${name}.yaml`), "utf8"));

export const KNOWLEDGE: FactKnowledge = compileFactKnowledge({ people: yaml("people"), offices: yaml("offices"), events: yaml("events") });

export function dated(text: string, date: string | null, id = "t.txt"): Source {
  return makeSource({ id, path: `t/${id}`, text, date, dateFrom: date ? "front-matter" : "none", outlet: null });
}

export function facts(text: string, date: string | null = "2024-05-14", id = "t.txt"): Claim[] {
  return extractFacts(dated(text, date, id), text, KNOWLEDGE, CONTEXT);
}
