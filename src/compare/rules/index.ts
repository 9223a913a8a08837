// The ordered rule set: the first rule that finds a pair conflicting names it.
import { contradiction } from "./contradiction.js";
import { decrease } from "./decrease.js";
import { internal } from "./internal.js";
import type { PairRule } from "./rule.js";

export const PAIR_RULES: readonly PairRule[] = [internal, decrease, contradiction];
export type { Finding, PairContext, PairRule } from "./rule.js";
