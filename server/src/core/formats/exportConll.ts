// CoNLL: two columns separated by a TAB, the token and its IOB2 entity tag (B-PER, I-PER, O), a
// blank line between sentences, and CoNLL-2003's `-DOCSTART-\tO` line and a blank line before each
// article. Tokens are the tokenizer's: a word with a clitic (وطهران) is one token, tagged by the
// entity it contains; an emoji or a flag is one token. A token never holds white space.
import type { Token } from '../types';
import { exported, type ExportInput, type ExportOptions } from './exportInput';

function tags(input: ExportInput, options: ExportOptions): string[] {
  const entities = exported(input, options, false).filter((a) => a.kind === 'entity');
  const out = input.tokens.map(() => 'O');
  let j = 0;
  input.tokens.forEach((tok, i) => {
    while (j < entities.length && entities[j].end <= tok.start) j++;
    const e = entities[j];
    if (!e || e.kind !== 'entity' || e.start >= tok.end) return;
    const first = i === 0 || input.tokens[i - 1].end <= e.start;
    out[i] = `${first ? 'B' : 'I'}-${e.type}`;
  });
  return out;
}

/** The columns, for the README and for readers that want a header. */
export const CONLL_COLUMNS = ['token', 'iob2-tag'] as const;
export const CONLL_DELIMITER = '\t';

export function toConll(input: ExportInput, options: ExportOptions = {}): string {
  const tagOf = tags(input, options);
  const lines = ['-DOCSTART-\tO', ''];
  let s = 0;
  let any = false;
  input.tokens.forEach((tok: Token, i) => {
    while (s < input.sentences.length && input.sentences[s].end <= tok.start) {
      s++;
      if (any) {
        lines.push('');
        any = false;
      }
    }
    lines.push(`${tok.text.replace(/\s+/g, '_')}\t${tagOf[i]}`);
    any = true;
  });
  if (any) lines.push('');
  return lines.join('\n') + '\n';
}
