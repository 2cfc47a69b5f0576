export { detectClaims } from './detect';
export { buildLexicon, validateCueData, CueLexiconError } from './lexicon';
export type { CueLexicon, CueLexiconData, CueVerbData, CueSourceData, CueEntry } from './lexicon';
