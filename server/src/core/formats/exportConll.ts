// CoNLL: one token a line with its IOB2 entity tag (B-PER, I-PER, O), a blank line between
// sentences, -DOCSTART- before each article. Tokens are the tokenizer's: a word with a clitic
// (وطهران) is one token, tagged by the entity it contains.
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

export function toConll(input: ExportInput, options: ExportOptions = {}): string {
  const tagOf = tags(input, options);
  const lines = ['-DOCSTART-\tO', ''];
  let s = 0;
  let any = false;
  input.tokens.forEach((tok: Token, i) => {
    while (s < input.sentences.length && input.sentences[s].end <= tok.start) {
      s++;
      if (any) { lines.push(''); any = false; }
    }
    lines.push(`${tok.text.replace(/\s+/g, '_')}\t${tagOf[i]}`);
    any = true;
  });
  if (any) lines.push('');
  return lines.join('\n') + '\n';
}
