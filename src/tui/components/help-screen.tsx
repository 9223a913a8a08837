// The help screen, printed from the binding table so it cannot drift from what the keys do.
import { Box, Text } from "ink";
import type { Binding, Section } from "../keys.js";
import { SECTIONS, keyLabel } from "../keys.js";
import type { Theme } from "../theme.js";

export interface HelpScreenProps {
  bindings: readonly Binding[];
  columns: number;
  theme: Theme;
}

const KEY_COLUMN = 11;

export function HelpScreen({ bindings, columns, theme }: HelpScreenProps) {
  const sections = SECTIONS.map((section) => ({
    section,
    bindings: bindings.filter((binding) => binding.section === section),
  })).filter((group) => group.bindings.length > 0);
  // Movement on the left, everything else on the right, when two columns fit.
  const twoColumns = columns >= 80;
  const left = twoColumns ? sections.slice(0, 1) : sections;
  const right = twoColumns ? sections.slice(1) : [];
  const width = twoColumns ? Math.floor(columns / 2) : columns;
  return (
    <Box flexDirection="column" width={columns}>
      <Box flexDirection="row">
        <HelpColumn groups={left} width={width} theme={theme} />
        {right.length > 0 ? <HelpColumn groups={right} width={columns - width} theme={theme} /> : null}
      </Box>
      <Text wrap="truncate-end">After c f e u: type a note; Enter saves it, Esc saves without one.</Text>
    </Box>
  );
}

function HelpColumn(props: { groups: { section: Section; bindings: Binding[] }[]; width: number; theme: Theme }) {
  return (
    <Box flexDirection="column" width={props.width}>
      {props.groups.map(({ section, bindings }) => (
        <Box key={section} flexDirection="column">
          <Text bold color={props.theme.accent}>{section}</Text>
          {bindings.map((binding) => (
            <Text key={binding.command} wrap="truncate-end">
              {`  ${binding.keys.map(keyLabel).join(" ").padEnd(KEY_COLUMN)}${binding.description}`}
            </Text>
          ))}
        </Box>
      ))}
    </Box>
  );
}
