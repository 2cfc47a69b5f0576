// brat standoff (.ann beside the .txt). brat counts offsets in Unicode code points, so every
// offset is converted from UTF-16 here. A span that crosses a line break is written as fragments
// ("start end;start end"), as brat requires. Entities are text-bound annotations of their type;
// claims are `Claim` with `Speaker` and `Cue` spans tied to them by relations, their stance an
// attribute and their target a note.
import { ENTITY_TYPES, type Span } from '../types';
import { codePointOffsets } from './codePoints';
import { exported, type ExportInput, type ExportOptions } from './exportInput';

/** The annotation.conf that makes brat show files with these entity types. */
export function bratConf(types: readonly string[] = ENTITY_TYPES): string {
  return `[entities]
${types.join('\n')}
Claim
Speaker
Cue

[relations]
SaidBy\tArg1:Claim, Arg2:Speaker
Cue\tArg1:Claim, Arg2:Cue

[events]

[attributes]
Stance\tArg:Claim, Value:favour|against|neutral
Status\tArg:<ENTITY>, Value:suggested|accepted
`;
}

/** The annotation.conf that makes brat show the exported files. */
export const BRAT_CONF = bratConf();

function fragments(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let start = span.start;
  for (let i = span.start; i <= span.end; i++) {
    if (i === span.end || text[i] === '\n' || text[i] === '\r') {
      let s = start;
      let e = i;
      while (s < e && /\s/.test(text[s])) s++;
      while (e > s && /\s/.test(text[e - 1])) e--;
      if (e > s) out.push({ start: s, end: e });
      start = i + 1;
    }
  }
  return out;
}

export function toBrat(input: ExportInput, options: ExportOptions = {}): string {
  const cp = codePointOffsets(input.text);
  const lines: string[] = [];
  let t = 0;
  let r = 0;
  let a = 0;
  let n = 0;
  const textBound = (type: string, span: Span): string => {
    const parts = fragments(input.text, span);
    const id = `T${++t}`;
    lines.push(`${id}\t${type} ${parts.map((p) => `${cp(p.start)} ${cp(p.end)}`).join(';')}\t${parts.map((p) => input.text.slice(p.start, p.end)).join(' ')}`);
    return id;
  };
  for (const x of exported(input, options, false)) {
    if (!fragments(input.text, x).length) continue;
    const id = textBound(x.kind === 'entity' ? x.type : 'Claim', x);
    lines.push(`A${++a}\tStatus ${id} ${x.status}`);
    if (x.kind !== 'claim') continue;
    if (x.stance) lines.push(`A${++a}\tStance ${id} ${x.stance}`);
    if (x.target) lines.push(`#${++n}\tAnnotatorNotes ${id}\ttarget: ${x.target.replace(/\s+/g, ' ')}`);
    if (x.speaker) lines.push(`R${++r}\tSaidBy Arg1:${id} Arg2:${textBound('Speaker', x.speaker)}`);
    if (x.cue) lines.push(`R${++r}\tCue Arg1:${id} Arg2:${textBound('Cue', x.cue)}`);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
