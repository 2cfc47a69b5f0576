// Named-entity recognition over an analysed document: the sequence model tags tokens, trusted
// lists add what it missed (the user's list overrides it), names found once are propagated to
// their other occurrences, and the mentions are linked into clusters.
import type { BaseAnalysis, EntityLayer } from '../analyze';
import type { Token } from '../types';
import { buildContext, type Lexicons } from './context';
import { addName, emptyGazetteer, Strength } from './gazetteer';
import { matchGazetteer } from './gazetteerMatch';
import { linkMentions } from './link';
import type { NerModel } from './model';
import { mentionSpan, splitPersonRuns, type RawMention } from './spans';
import { tagDocument, sentenceRanges } from './tagger';
import { tagRuns } from './tags';
import type { WordInfo } from './words';

export interface NerResources extends Lexicons {
  /** First-pass model, then optionally the document-aware second pass. */
  models: NerModel[];
  /** Normalised words known to be (part of) names: decides which proclitics a name span drops. */
  nameWords: Set<string>;
}

export interface RecognizeOptions {
  /** Add trusted-list names the model missed (default on). */
  candidates?: boolean;
  /** Tag other occurrences of a recognised name (default on). */
  propagate?: boolean;
}

const LATIN_ACRONYM = /^[A-Z]{2,6}$/;

function overlaps(taken: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (taken[i]) return true;
  return false;
}

export function recognizeTokens(tokens: Token[], sentences: { start: number; end: number }[], res: NerResources, options: RecognizeOptions = {}): RawMention[] {
  const known = (k: string) => res.nameWords.has(k);
  const { ctx, matches } = buildContext(tokens, res);
  const info: WordInfo[] = ctx.info;
  const tags = res.models.length ? tagDocument(res.models, ctx, sentenceRanges(tokens, sentences), tokens, res.cache.sentences) : new Uint8Array(tokens.length);
  const out: RawMention[] = [];
  const taken = new Uint8Array(tokens.length);
  const push = (from: number, to: number, type: RawMention['type'], source: RawMention['source'], offset?: number) => {
    const s = mentionSpan(tokens, info, from, to, known, offset);
    if (!s) return;
    out.push({ start: s.start, end: s.end, type, tokenStart: s.from, tokenEnd: s.to, source });
    taken.fill(1, s.from, s.to);
  };
  for (const m of matches) if (m.entry.strength === Strength.User) push(m.start, m.end, m.entry.type, 'user', m.offset);
  for (const r of splitPersonRuns(tagRuns(tags), info, known)) if (!overlaps(taken, r.start, r.end)) push(r.start, r.end, r.type, 'model');
  // The training data has almost no Latin script; an all-capital Latin acronym in Arabic news
  // (CNN, BBC, AFP) is nearly always an organisation, so the recogniser's shape rule adds it.
  tokens.forEach((t, i) => { if (!taken[i] && t.kind === 'latin' && LATIN_ACRONYM.test(t.text)) push(i, i + 1, 'ORG', 'model'); });
  if (options.candidates !== false) {
    for (const m of matches) if (m.entry.strength === Strength.Candidate && !overlaps(taken, m.start, m.end)) push(m.start, m.end, m.entry.type, 'gazetteer', m.offset);
  }
  if (options.propagate !== false && out.length) {
    const found = emptyGazetteer();
    for (const m of out) {
      const first = info[m.tokenStart];
      const firstKey = tokens[m.tokenStart].kind === 'word' ? first.readings.find((r) => r.start === m.start - tokens[m.tokenStart].start)?.key ?? first.key : first.key;
      if (firstKey.length < 3 && m.tokenEnd - m.tokenStart === 1) continue;
      if (m.tokenEnd - m.tokenStart === 1 && (res.common.has(firstKey) || res.triggers.has(firstKey))) continue;
      const rest = info.slice(m.tokenStart + 1, m.tokenEnd).map((w) => w.key);
      addName(found, [firstKey, ...rest].join(' '), m.type, Strength.Candidate);
    }
    for (const m of matchGazetteer(found, tokens, info)) if (!overlaps(taken, m.start, m.end)) push(m.start, m.end, m.entry.type, 'propagated', m.offset);
  }
  return out;
}

export function recognizeEntities(base: BaseAnalysis, res: NerResources, options: RecognizeOptions = {}): EntityLayer {
  return linkMentions(base.text, recognizeTokens(base.tokens, base.sentences, res, options));
}
