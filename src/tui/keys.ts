// Keys as data: every command the review UI knows, the keys bound to it and what it does in
// words. The input handler matches against this table and the help screen is printed from it.
import type { Key } from "ink";
import type { Action } from "./state.js";

export enum Command {
  Up = "up",
  Down = "down",
  PageUp = "page-up",
  PageDown = "page-down",
  Home = "home",
  End = "end",
  Open = "open",
  Back = "back",
  SwitchClaim = "switch-claim",
  NextUnreviewed = "next-unreviewed",
  Confirmed = "confirmed",
  FalseAlarm = "false-alarm",
  Explained = "explained",
  FollowUp = "follow-up",
  ClearVerdict = "clear-verdict",
  Filter = "filter",
  CycleVerdict = "cycle-verdict",
  CycleMetric = "cycle-metric",
  CycleSource = "cycle-source",
  OpenSource = "open-source",
  Help = "help",
  Quit = "quit",
}

type SpecialKey = "upArrow" | "downArrow" | "pageUp" | "pageDown" | "home" | "end" | "return" | "escape" | "tab";
export type KeySpec = { input: string } | { special: SpecialKey };

export type Section = "Move" | "Review" | "Filter" | "Other";

export interface Binding {
  command: Command;
  keys: readonly KeySpec[];
  section: Section;
  description: string;
}

const press = (input: string): KeySpec => ({ input });
const special = (name: SpecialKey): KeySpec => ({ special: name });

export const BINDINGS: readonly Binding[] = [
  { command: Command.Up, keys: [special("upArrow"), press("k")], section: "Move", description: "previous conflict / line" },
  { command: Command.Down, keys: [special("downArrow"), press("j")], section: "Move", description: "next conflict / line" },
  { command: Command.PageUp, keys: [special("pageUp")], section: "Move", description: "page up" },
  { command: Command.PageDown, keys: [special("pageDown")], section: "Move", description: "page down" },
  { command: Command.Home, keys: [press("g"), special("home")], section: "Move", description: "first conflict / top" },
  { command: Command.End, keys: [press("G"), special("end")], section: "Move", description: "last conflict / bottom" },
  { command: Command.Open, keys: [special("return")], section: "Move", description: "open the conflict's detail" },
  { command: Command.Back, keys: [special("escape")], section: "Move", description: "back to the list" },
  { command: Command.SwitchClaim, keys: [special("tab")], section: "Move", description: "focus the other claim" },
  { command: Command.NextUnreviewed, keys: [press("n")], section: "Move", description: "next without a verdict" },
  { command: Command.Confirmed, keys: [press("c")], section: "Review", description: "confirmed: a real conflict" },
  { command: Command.FalseAlarm, keys: [press("f")], section: "Review", description: "false alarm: no conflict" },
  { command: Command.Explained, keys: [press("e")], section: "Review", description: "explained: both can be true" },
  { command: Command.FollowUp, keys: [press("u")], section: "Review", description: "needs follow-up" },
  { command: Command.ClearVerdict, keys: [press("x")], section: "Review", description: "clear the verdict" },
  { command: Command.Filter, keys: [press("/")], section: "Filter", description: "filter by text" },
  { command: Command.CycleVerdict, keys: [press("v")], section: "Filter", description: "cycle the verdict filter" },
  { command: Command.CycleMetric, keys: [press("m")], section: "Filter", description: "cycle the metric filter" },
  { command: Command.CycleSource, keys: [press("s")], section: "Filter", description: "cycle the source filter" },
  { command: Command.OpenSource, keys: [press("o")], section: "Other", description: "open the source at the line" },
  { command: Command.Help, keys: [press("?")], section: "Other", description: "show or hide this help" },
  { command: Command.Quit, keys: [press("q")], section: "Other", description: "quit (verdicts are saved)" },
];

export const SECTIONS: readonly Section[] = ["Move", "Review", "Filter", "Other"];

const SPECIAL_LABELS: Record<SpecialKey, string> = {
  upArrow: "↑", downArrow: "↓", pageUp: "PgUp", pageDown: "PgDn", home: "Home", end: "End",
  return: "Enter", escape: "Esc", tab: "Tab",
};

export function keyLabel(spec: KeySpec): string {
  return "input" in spec ? spec.input : SPECIAL_LABELS[spec.special];
}

function matches(spec: KeySpec, input: string, key: Key): boolean {
  if ("special" in spec) return key[spec.special];
  return input === spec.input && !key.ctrl && !key.meta;
}

/** The command bound to a keypress, or null. Prompts take their keys before this is asked. */
export function commandFor(input: string, key: Key, bindings: readonly Binding[] = BINDINGS): Command | null {
  return bindings.find((binding) => binding.keys.some((spec) => matches(spec, input, key)))?.command ?? null;
}

/** What a command does: a state change, or one of the two effects only the app can carry out. */
export function commandAction(command: Command): Action | "quit" | "open-source" {
  switch (command) {
    case Command.Up: return { type: "move", delta: -1 };
    case Command.Down: return { type: "move", delta: 1 };
    case Command.PageUp: return { type: "page", direction: -1 };
    case Command.PageDown: return { type: "page", direction: 1 };
    case Command.Home: return { type: "jump", to: "start" };
    case Command.End: return { type: "jump", to: "end" };
    case Command.Open: return { type: "open-detail" };
    case Command.Back: return { type: "back" };
    case Command.SwitchClaim: return { type: "switch-claim" };
    case Command.NextUnreviewed: return { type: "next-unreviewed" };
    case Command.Confirmed: return { type: "start-verdict", verdict: "confirmed" };
    case Command.FalseAlarm: return { type: "start-verdict", verdict: "false-alarm" };
    case Command.Explained: return { type: "start-verdict", verdict: "explained" };
    case Command.FollowUp: return { type: "start-verdict", verdict: "follow-up" };
    case Command.ClearVerdict: return { type: "clear-verdict" };
    case Command.Filter: return { type: "open-filter" };
    case Command.CycleVerdict: return { type: "cycle-filter", field: "verdict" };
    case Command.CycleMetric: return { type: "cycle-filter", field: "metric" };
    case Command.CycleSource: return { type: "cycle-filter", field: "source" };
    case Command.OpenSource: return "open-source";
    case Command.Help: return { type: "show-help" };
    case Command.Quit: return "quit";
    default: {
      const unknown: never = command;
      throw new Error(`unbound command ${String(unknown)}`);
    }
  }
}

/** Keys inside a prompt: text goes in, Enter and Esc close it, Backspace erases. */
export function promptAction(input: string, key: Key): Action | null {
  if (key.return) return { type: "submit-prompt" };
  if (key.escape) return { type: "dismiss-prompt" };
  if (key.backspace || key.delete) return { type: "erase" };
  if (key.ctrl || key.meta || key.tab || input === "") return null;
  return { type: "type", text: input };
}

/** Control characters a terminal sends for keys, when they arrive inside a run of text. */
const CONTROL_KEYS: Record<string, Partial<Key>> = {
  "\r": { return: true }, "\n": { return: true }, "\t": { tab: true }, "\u007F": { delete: true }, "\b": { backspace: true },
};

/**
 * Ink hands over a run of plain characters as one input ("jj", "note\r") when they arrive
 * together (fast typing, a paste, tmux send-keys). Splits it into one keypress per character.
 */
export function splitKeys(input: string, key: Key): Array<{ input: string; key: Key }> {
  const characters = Array.from(input);
  if (characters.length <= 1) return [{ input, key }];
  return characters.map((character) => {
    const control = CONTROL_KEYS[character];
    if (control) return { input: "", key: { ...key, ...control } };
    return { input: character, key: { ...key, shift: /[A-Z]/.test(character) } };
  });
}
