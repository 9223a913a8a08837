// Types for the natural submodules claimdiff imports. The package root is never imported:
// it takes ~0.8 s to load and pulls in dotenv, which reads the user's .env and prints.

declare module "natural/lib/natural/tokenizers/sentence_tokenizer.js" {
  export default class SentenceTokenizer {
    constructor(abbreviations?: string[], trimSentences?: boolean);
    tokenize(text: string): string[];
    replaceAbbreviations(text: string): string;
    revertReplacements(text: string): string;
    revertDelimiters(text: string): string;
  }
}

declare module "natural/lib/natural/distance/jaro-winkler_distance.js" {
  export default function JaroWinklerDistance(
    s1: string,
    s2: string,
    options?: { dj?: number; ignoreCase?: boolean },
  ): number;
}
