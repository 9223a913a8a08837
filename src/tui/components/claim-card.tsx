// One claim as a fact-checker needs to judge it: the sentence with the figure marked, who
// published it and when, who said it, the date it refers to and the interval it commits to.
import { Box, Text } from "ink";
import type { Claim, Source } from "../../types.js";
import { describeInterval } from "../describe-interval.js";
import type { Location } from "../locate.js";
import { sourceName } from "../model.js";
import type { Theme } from "../theme.js";

export interface ClaimCardProps {
  claim: Claim;
  source: Source | null;
  index: number;
  total: number;
  location: Location | null;
  focused: boolean;
  /** Side by side the cards share the width equally; stacked, each takes its natural height. */
  sideBySide: boolean;
  theme: Theme;
}

const DATE_ORIGIN: Record<Source["dateFrom"], string> = {
  "front-matter": "front matter",
  sidecar: "sidecar",
  text: "text",
  none: "none",
};

export function ClaimCard({ claim, source, index, total, location, focused, sideBySide, theme }: ClaimCardProps) {
  const place = location === null ? claim.source : `${source?.path ?? claim.source}:${location.line}:${location.column}`;
  const published = source?.date ?? "undated";
  const status = claim.status === "reported" ? "" : ` · ${claim.status}`;
  const role = claim.role === "headline" ? " · headline" : "";
  return (
    <Box
      flexDirection="column"
      flexGrow={sideBySide ? 1 : 0}
      flexBasis={sideBySide ? 0 : "auto"}
      flexShrink={0}
      borderStyle={focused ? "bold" : "round"}
      borderColor={focused ? theme.accent : undefined}
      paddingX={1}
    >
      <Text wrap="truncate-end">
        <Text bold color={focused ? theme.accent : undefined}>
          {`Claim ${index + 1} of ${total} · ${sourceName(source, claim.source)}${role}${status}`}
        </Text>
        {` · published ${published} (date from ${DATE_ORIGIN[source?.dateFrom ?? "none"]})`}
      </Text>
      <Sentence claim={claim} />
      <Text>
        {"Commits to "}
        <Text bold>{describeInterval(claim.value, claim.qualifier)}</Text>
        {` · as of ${asOfText(claim)}`}
      </Text>
      <Text>{`Attribution: ${claim.attribution ?? "none stated"} · ${place}`}</Text>
    </Box>
  );
}

function asOfText(claim: Claim): string {
  if (claim.asOf === null) return "unknown";
  if (claim.asOfFrom === "article") return `${claim.asOf} (implied by the article's date)`;
  if (claim.asOfFrom === "text") return `${claim.asOf} (stated in the text)`;
  return claim.asOf;
}

/** The sentence with the figure in bold inverse, found by offset (or by text if offsets disagree). */
function Sentence({ claim }: { claim: Claim }) {
  const { start, end } = figureRange(claim);
  // Line breaks inside a sentence would break the card; replacing them keeps offsets valid.
  const sentence = claim.sentence.replace(/[\r\n\t]/g, " ");
  if (start < 0) return <Text>{sentence}</Text>;
  return (
    <Text>
      {sentence.slice(0, start)}
      <Text bold inverse>
        {sentence.slice(start, end)}
      </Text>
      {sentence.slice(end)}
    </Text>
  );
}

export function figureRange(claim: Claim): { start: number; end: number } {
  const byOffset = claim.span.start - claim.sentenceSpan.start;
  if (claim.sentence.slice(byOffset, byOffset + claim.text.length) === claim.text) {
    return { start: byOffset, end: byOffset + claim.text.length };
  }
  const found = claim.sentence.indexOf(claim.text);
  return { start: found, end: found < 0 ? found : found + claim.text.length };
}
