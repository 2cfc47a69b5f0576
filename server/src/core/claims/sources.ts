// Source phrases (وفقا لـ، بحسب، نقلا عن): the phrase names the speaker; what is attributed is the
// clause after it when the phrase opens the sentence (بحسب الباحث، يبدو أن …), or the clause before
// it when it closes one that no verb reported.
import type { ClaimContext } from './context';

export interface SourceMatch {
  /** Tokens of the phrase. */
  length: number;
  /** First token of the speaker, and the offset where the speaker starts (after a glued ل). */
  speakerTok: number;
  speakerStart: number;
}

export function matchSource(ctx: ClaimContext, i: number): SourceMatch | undefined {
  for (const phrase of ctx.lex.sources) {
    let k = i;
    let ok = true;
    let speakerStart = -1;
    for (let p = 0; p < phrase.length && ok; p++) {
      const w = ctx.words[k];
      const t = phrase[p];
      if (!w || w.punct) {
        ok = false;
        break;
      }
      const last = p === phrase.length - 1;
      if (w.key === t || (p === 0 && w.conj && w.bare === t)) {
        k++;
        continue;
      }
      // A final ل glued to the speaker's name: وفقا لوسائل إعلام …
      if (last && t === 'ل' && w.key.startsWith('ل') && w.key.length > 2) {
        speakerStart = w.tok.start + (w.key.startsWith('لل') ? 2 : 1);
        break;
      }
      ok = false;
    }
    if (!ok) continue;
    const speakerTok = speakerStart >= 0 ? k : k;
    const sw = ctx.words[speakerTok];
    // A quoted source (وفقا لـ"رويترز") is still a source; ما (حسب ما أفادت، وفقا لما أكده) leaves it to the verb.
    if (!sw || (sw.punct && !ctx.quoteAt.has(speakerTok)) || sw.key === 'ما' || (speakerStart >= 0 && sw.key === 'لما')) continue;
    return { length: speakerTok - i, speakerTok, speakerStart: speakerStart >= 0 ? speakerStart : sw.tok.start };
  }
  return undefined;
}
