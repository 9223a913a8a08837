// Builds reports with many conflicts for the UI tests: sources whose text really contains each
// claim's sentence at its span, so line numbers and highlights can be checked.
import type { Claim, Conflict, Interval, Report, Severity, Source } from "../../src/types.js";
import { exact, makeClaim, makeConflict, makeSource } from "../factories.js";

export interface FigureSpec {
  source: string;
  text: string;
  value?: Interval;
  qualifier?: string | null;
  asOf?: string | null;
}

export interface ConflictSpec {
  id: string;
  metric: string;
  severity?: Severity;
  kind?: Conflict["kind"];
  explanation?: string;
  figures: FigureSpec[];
  review?: Conflict["review"];
}

export interface SourceSpec {
  id: string;
  outlet: string | null;
  date: string | null;
  dateFrom?: Source["dateFrom"];
}

/** A report whose sources hold one line per figure: "<figure> people were killed, officials said." */
export function buildReport(sources: SourceSpec[], conflicts: ConflictSpec[], extraClaims: FigureSpec[] = []): Report {
  const texts = new Map(sources.map((spec) => [spec.id, "Headline\n"]));
  const claims: Claim[] = [];
  const place = (figure: FigureSpec, id: string, metric: string) => {
    const before = texts.get(figure.source) ?? "";
    const sentence = `${figure.text} people were killed, officials said.`;
    const start = before.length;
    texts.set(figure.source, `${before}${sentence}\n`);
    claims.push(
      makeClaim({
        id, source: figure.source, metric, label: `people killed (${metric})`, text: figure.text,
        span: { start, end: start + figure.text.length }, sentence,
        sentenceSpan: { start, end: start + sentence.length },
        value: figure.value ?? exact(Number(figure.text.replace(/\D/g, "")) || 0),
        qualifier: figure.qualifier ?? null, asOf: figure.asOf ?? null, asOfFrom: figure.asOf ? "text" : null,
      }),
    );
  };
  const built = conflicts.map((spec) => {
    const ids = spec.figures.map((figure, i) => {
      const id = `c-${spec.id}-${i}`;
      place(figure, id, spec.metric);
      return id;
    });
    return makeConflict({
      id: spec.id, metric: spec.metric, severity: spec.severity ?? "high", kind: spec.kind ?? "contradiction",
      claims: ids, explanation: spec.explanation ?? `Figures for ${spec.metric} disagree (${spec.id}).`,
      review: spec.review ?? null,
    });
  });
  extraClaims.forEach((figure, i) => place(figure, `c-extra-${i}`, "killed.people@gaza"));
  const builtSources = sources.map((spec) =>
    makeSource({
      id: spec.id, path: `corpus/${spec.id}`, text: texts.get(spec.id) ?? "", outlet: spec.outlet,
      date: spec.date, dateFrom: spec.dateFrom ?? (spec.date ? "sidecar" : "none"),
    }),
  );
  return { version: 1, sources: builtSources, claims, conflicts: built };
}

export const SOURCES: SourceSpec[] = [
  { id: "a.txt", outlet: "The Independent", date: "2024-05-14" },
  { id: "b.txt", outlet: "BBC News", date: "2024-05-12" },
  { id: "c.txt", outlet: null, date: null },
];

/** `count` conflicts spread over three metrics and all severities, two figures each. */
export function manyConflicts(count: number): Report {
  const metrics = ["killed.people@gaza", "displaced.people@gaza", "hostages.held@gaza"];
  const severities: Severity[] = ["low", "medium", "high"];
  const specs: ConflictSpec[] = Array.from({ length: count }, (_, i) => ({
    id: `x-${String(i).padStart(5, "0")}`,
    metric: metrics[i % metrics.length] as string,
    severity: severities[i % severities.length] as Severity,
    figures: [
      { source: "a.txt", text: `${30000 + i}` },
      { source: "b.txt", text: `${20000 + i}` },
    ],
  }));
  return buildReport(SOURCES, specs);
}
