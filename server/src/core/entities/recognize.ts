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
import { placesAfterCues } from './places';
import { afterTitle, completeAfterTitles, plainWord } from './titles';
import { tagRuns } from './tags';
import type { WordInfo } from './words';
import { trimInvisible } from './invisibleEdges';

export interface NerResources extends Lexicons {
  /** First-pass model, then optionally the document-aware second pass. */
  models: NerModel[];
  /** Normalised words known to be (part of) names: decides which proclitics a name span drops. */
  nameWords: Set<string>;
  /** Words the training data mostly leaves outside names: a one-word mention of one is not propagated. */
  outsideWords?: Set<string>;
}

export interface RecognizeOptions {
  /** Add trusted-list names the model missed (default on). */
  candidates?: boolean;
  /** Tag other occurrences of a recognised name (default on). */
  propagate?: boolean;
  /** Extend a person's name back to its title (default on; see titles.ts). */
  titles?: boolean;
  /** Tag plain words after مدينة، محافظة، العاصمة … as a place (default on; see places.ts). */
  places?: boolean;
}

const LATIN_ACRONYM = /^[A-Z]{2,6}$/;
/** Trigger class of organisation words (شبكة، وكالة، شركة …; see triggers.json). */
const ORG_TRIGGER = 3;
/** Above this share of Latin tokens an article is technical (operating systems, standards): acronyms need a trigger. */
const LATIN_SHARE = 0.02;

/**
 * An all-capital Latin acronym in Arabic news (CNN, BBC, AFP) is nearly always an organisation;
 * in technical text (USB، HTML، ISO) mostly not. So: after an organisation word (شبكة CNN, also
 * with لـ or a quote mark between), or standing alone among Arabic words in an article with little
 * Latin script; never next to another Latin or number token (Windows XP، MP3 …).
 */
function acronymInContext(tokens: Token[], info: WordInfo[], i: number, latinShare: number): boolean {
  const word = (k: number) => (k >= 0 && k < tokens.length && tokens[k].kind !== 'punct' && tokens[k].kind !== 'symbol' ? tokens[k] : undefined);
  let p = i - 1;
  while (p >= 0 && (tokens[p].kind === 'punct' || /^[لب]ـ?$/.test(tokens[p].text)) && i - p <= 3) p--;
  if (p >= 0 && tokens[p].kind === 'word' && info[p].trigger === ORG_TRIGGER) return true;
  const prev = word(i - 1);
  const next = word(i + 1);
  const plain = (t: Token | undefined) => !t || t.kind === 'word';
  return latinShare < LATIN_SHARE && plain(prev) && plain(next);
}

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
    const s = mentionSpan(tokens, info, from, to, known, offset, options.titles !== false && afterTitle(tokens, info, { start: from, end: to, type }, res.triggers));
    if (!s) return;
    out.push({ start: s.start, end: s.end, type, tokenStart: s.from, tokenEnd: s.to, source });
    taken.fill(1, s.from, s.to);
  };
  for (const m of matches) if (m.entry.strength === Strength.User) push(m.start, m.end, m.entry.type, 'user', m.offset);
  const outside = (k: string) => !!res.outsideWords?.has(k) || res.common.has(k);
  let runs = options.titles === false ? tagRuns(tags) : completeAfterTitles(tagRuns(tags), tokens, info, outside, res.triggers);
  if (options.places !== false) runs = placesAfterCues(runs, tokens, info, (w) => plainWord(w, outside, res.triggers));
  for (const r of splitPersonRuns(runs, info, known)) if (!overlaps(taken, r.start, r.end)) push(r.start, r.end, r.type, 'model');
  // The training data has almost no Latin script: a shape rule adds acronyms (see acronymInContext).
  let latin = 0;
  for (const t of tokens) if (t.kind === 'latin') latin++;
  // Technical text: five Latin tokens or more, and at least 2% of the article.
  const latinShare = latin >= 5 ? latin / Math.max(1, tokens.length) : 0;
  tokens.forEach((t, i) => {
    if (!taken[i] && t.kind === 'latin' && LATIN_ACRONYM.test(t.text) && acronymInContext(tokens, info, i, latinShare)) push(i, i + 1, 'ORG', 'model');
  });
  if (options.candidates !== false) {
    for (const m of matches) if (m.entry.strength === Strength.Candidate && !overlaps(taken, m.start, m.end)) push(m.start, m.end, m.entry.type, 'gazetteer', m.offset);
  }
  if (options.propagate !== false && out.length) {
    const found = emptyGazetteer();
    for (const m of out) {
      const first = info[m.tokenStart];
      const firstKey = tokens[m.tokenStart].kind === 'word' ? (first.readings.find((r) => r.start === m.start - tokens[m.tokenStart].start)?.key ?? first.key) : first.key;
      if (firstKey.length < 3 && m.tokenEnd - m.tokenStart === 1) continue;
      if (m.tokenEnd - m.tokenStart === 1 && (res.common.has(firstKey) || res.triggers.has(firstKey) || res.outsideWords?.has(firstKey) || res.outsideWords?.has(first.key))) continue;
      const rest = info.slice(m.tokenStart + 1, m.tokenEnd).map((w) => w.key);
      addName(found, [firstKey, ...rest].join(' '), m.type, Strength.Candidate);
    }
    for (const m of matchGazetteer(found, tokens, info)) if (!overlaps(taken, m.start, m.end)) push(m.start, m.end, m.entry.type, 'propagated', m.offset);
  }
  return out;
}

export function recognizeEntities(base: BaseAnalysis, res: NerResources, options: RecognizeOptions = {}): EntityLayer {
  return linkMentions(
    base.text,
    recognizeTokens(base.tokens, base.sentences, res, options).map((m) => trimInvisible(base.text, m)),
  );
}
