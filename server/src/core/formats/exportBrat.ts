// brat standoff (.ann beside the .txt). brat counts offsets in Unicode code points, so every
// offset is converted from UTF-16 here. A span that crosses a line break is written as fragments
// ("start end;start end"), as brat requires. Entities are text-bound annotations of their type;
// a claim is a `Claim` with its status, kind and stance as attributes and its target as a note.
// Its speaker is a `SaidBy` relation to the entity where the speaker is one (no second box on the
// same words), else to a `Speaker` span written once however many claims it speaks; its cue is an
// `IntroducedBy` relation to a `Cue` span, also written once.
import { ENTITY_TYPES, type Span } from '../types';
import { codePointOffsets } from './codePoints';
import { exported, type ExportInput, type ExportOptions } from './exportInput';

/** The stance labels Mizan ships; an article's own labels are added to the configuration. */
const DEFAULT_STANCES = ['favour', 'against', 'neutral'];

/**
 * The annotation.conf under which brat's own checks pass on the exported files. brat forbids a span
 * inside, across or identical to another unless an <OVERLAP> rule allows it (Arg1 the inner type,
 * Arg2 the outer): a claim holds names, speakers and cues, and can hold or cross another claim; a
 * name can sit inside another name (an organisation named after a place) or in a speaker's span
 * (الرئيس الروسي فلاديمير بوتين), and a cue can run into a speaker's.
 */
export function bratConf(types: readonly string[] = ENTITY_TYPES, stances: Iterable<string> = []): string {
  const values = [...new Set([...DEFAULT_STANCES, ...stances])].join('|');
  const NAMES = types.join('|');
  return `[entities]
${types.join('\n')}
Claim
Speaker
Cue

[relations]
SaidBy\tArg1:Claim, Arg2:${NAMES}|Speaker
IntroducedBy\tArg1:Claim, Arg2:Cue
<OVERLAP>\tArg1:${NAMES}|Speaker|Cue|Claim, Arg2:Claim, <OVL-TYPE>:contain|cross|equal
<OVERLAP>\tArg1:${NAMES}, Arg2:${NAMES}|Speaker, <OVL-TYPE>:contain|cross
<OVERLAP>\tArg1:Cue, Arg2:${NAMES}|Speaker, <OVL-TYPE>:contain|cross|equal

[events]

[attributes]
Status\tArg:${NAMES}|Claim, Value:suggested|accepted
ClaimKind\tArg:Claim, Value:direct|indirect
Stance\tArg:Claim, Value:${values}

# Written by Mizan. Offsets in the .ann files count Unicode code points, as brat does.
`;
}

/** English and Arabic labels and a colour for the shipped types; a type added to the table gets its id and grey. */
const LOOK: Record<string, { en: string; ar: string; colour: string }> = {
  PER: { en: 'Person', ar: 'شخص', colour: '#7fa2ff' },
  LOC: { en: 'Location', ar: 'مكان', colour: '#8fcf8f' },
  ORG: { en: 'Organization', ar: 'منظمة', colour: '#ffb74d' },
  MISC: { en: 'Miscellaneous', ar: 'أخرى', colour: '#ce93d8' },
};

/** Colours, English and Arabic labels, and right-to-left layout (brat's "Text direction"). */
export function bratVisualConf(types: readonly string[] = ENTITY_TYPES): string {
  const look = (t: string) => LOOK[t] ?? { en: t, ar: t, colour: '#bdbdbd' };
  return `[labels]
${types.map((t) => `${t} | ${look(t).en} | ${look(t).ar}`).join('\n')}
Claim | Claim | ادعاء
Speaker | Speaker | قائل
Cue | Cue | فعل القول
SaidBy | Said by | قاله
IntroducedBy | Introduced by | بفعل
Status | Status | الحالة
ClaimKind | Claim kind | نوع الادعاء
Stance | Stance | الموقف

[drawing]
${types.map((t) => `${t}\tbgColor:${look(t).colour}`).join('\n')}
Claim\tbgColor:#fff59d, borderColor:darken
Speaker\tbgColor:#80deea
Cue\tbgColor:#e0e0e0
SaidBy\tcolor:#1565c0, arrowHead:triangle-5
IntroducedBy\tcolor:#757575, dashArray:3-3, arrowHead:triangle-5
Status\tglyph:?|✓
ClaimKind\tglyph:D|I

[options]
Arcs bundle:all
Text direction:rtl
`;
}

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

/** The stance labels used in these articles (for bratConf). */
export function bratStances(inputs: ExportInput[]): string[] {
  return inputs.flatMap((i) => i.view.claims.map((c) => c.stance).filter((s): s is string => !!s));
}

export function toBrat(input: ExportInput, options: ExportOptions = {}): string {
  const cp = codePointOffsets(input.text);
  const lines: string[] = [];
  let t = 0;
  let r = 0;
  let a = 0;
  let n = 0;
  const key = (s: Span) => `${s.start}:${s.end}`;
  const textBound = (type: string, span: Span): string | undefined => {
    const parts = fragments(input.text, span);
    if (!parts.length) return undefined;
    const id = `T${++t}`;
    lines.push(`${id}\t${type} ${parts.map((p) => `${cp(p.start)} ${cp(p.end)}`).join(';')}\t${parts.map((p) => input.text.slice(p.start, p.end)).join(' ')}`);
    return id;
  };
  const items = exported(input, options, false);
  const entityAt = new Map<string, string>();
  const written = new Map<string, string>();
  const once = (type: 'Speaker' | 'Cue', span: Span): string | undefined => {
    const k = `${type}@${key(span)}`;
    if (!written.has(k)) {
      const id = textBound(type, span);
      if (!id) return undefined;
      written.set(k, id);
    }
    return written.get(k);
  };
  for (const x of items) {
    const id = textBound(x.kind === 'entity' ? x.type : 'Claim', x);
    if (!id) continue;
    if (x.kind === 'entity' && !entityAt.has(key(x))) entityAt.set(key(x), id);
    lines.push(`A${++a}\tStatus ${id} ${x.status}`);
    if (x.kind !== 'claim') continue;
    lines.push(`A${++a}\tClaimKind ${id} ${x.claimKind}`);
    if (x.stance) lines.push(`A${++a}\tStance ${id} ${x.stance}`);
    if (x.target) lines.push(`#${++n}\tAnnotatorNotes ${id}\ttarget: ${x.target.replace(/\s+/g, ' ')}`);
  }
  // Relations after every text-bound annotation, so that a speaker found later in the article
  // (an entity written after the claim) is still the same box.
  const claimIds = lines.filter((l) => /^T\d+\tClaim /.test(l)).map((l) => l.split('\t')[0]);
  items
    .filter((x) => x.kind === 'claim' && fragments(input.text, x).length)
    .forEach((x, i) => {
      if (x.kind !== 'claim') return;
      const claim = claimIds[i];
      if (x.speaker) {
        const to = entityAt.get(key(x.speaker)) ?? once('Speaker', x.speaker);
        if (to) lines.push(`R${++r}\tSaidBy Arg1:${claim} Arg2:${to}`);
      }
      if (x.cue) {
        const to = once('Cue', x.cue);
        if (to) lines.push(`R${++r}\tIntroducedBy Arg1:${claim} Arg2:${to}`);
      }
    });
  return lines.length ? lines.join('\n') + '\n' : '';
}
