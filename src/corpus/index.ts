// The corpus stage's public face: what cli/ and the extraction stage import.
export { loadCorpus, NO_ARTICLES, sourceFromBytes, sourceIds, type LoadOptions } from "./load-corpus.js";
export { articleBodyText, articleFormat, maskBody, type ArticleFormat } from "./body-text.js";
export { maskMarkup, maskMarkdown, maskUrls } from "./mask-markup.js";
export { findDateline, DATELINE_WINDOW, type Dateline } from "./dateline.js";
export { isoDate } from "./article-fields.js";
