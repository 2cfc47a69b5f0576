// Import: annotations made elsewhere, read onto the article's own text and turned into sidecar
// records. Each reader returns spans in UTF-16 units of the article (converting from code points
// for brat and W3C, aligning tokens for CoNLL) and checks every span against the text: an
// annotation whose text is not where its offsets say is an error naming the file and the line,
// and nothing is imported (the caller writes only after every reader succeeded).
import { anchorOf } from '../annotate/quote';
import type { AnnotationRecord, ClaimRecord, Decisions, EntityRecord } from '../annotate/record';
import { ENTITY_TYPES, type ClaimKind, type EntityType, type Span } from '../types';

export const IMPORT_FORMATS = ['json', 'jsonl', 'brat', 'conll', 'w3c'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface Imported extends Span {
  kind: 'entity' | 'claim';
  type?: EntityType;
  claimKind?: ClaimKind;
  stance?: string;
  target?: string;
  speaker?: Span;
  cue?: Span;
}

export class ImportError extends Error {}

export interface ImportOptions {
  /** The article's file name (for JSONL lines and messages). */
  article: string;
  /** The annotations file's name, for messages. */
  source: string;
  /** Foreign type → Mizan entity type (brat, CoNLL), e.g. { PERSON: 'PER', GPE: 'LOC' }. */
  map?: Record<string, string>;
}

/** UTF-16 offset of each code point offset (the inverse of codePointOffsets). */
function utf16Offsets(text: string): (cp: number) => number {
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    at.push(i);
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  at.push(text.length);
  return (cp) => (cp >= 0 && cp < at.length ? at[cp] : NaN);
}

function entityType(name: string, o: ImportOptions, where: string): EntityType {
  const mapped = o.map?.[name] ?? name;
  if ((ENTITY_TYPES as readonly string[]).includes(mapped)) return mapped as EntityType;
  throw new ImportError(`${where}: type ${name} is not a Mizan entity type (${ENTITY_TYPES.join(', ')}); map it with --map ${name}=MISC`);
}

function checkSpan(text: string, s: Span, expected: string | undefined, where: string): void {
  if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end > s.start && s.end <= text.length)) throw new ImportError(`${where}: offsets ${s.start}-${s.end} are outside the article (${text.length} units)`);
  if (expected !== undefined && text.slice(s.start, s.end) !== expected) throw new ImportError(`${where}: «${expected}» is not at ${s.start}-${s.end} of the article (found «${text.slice(s.start, s.end)}»)`);
}

type Obj = Record<string, unknown>;

function fromMizanItem(text: string, a: Obj, where: string, o: ImportOptions): Imported {
  const span = { start: a.start as number, end: a.end as number };
  checkSpan(text, span, a.text as string | undefined, where);
  const part = (p: unknown, name: string): Span | undefined => {
    if (!p) return undefined;
    const s = p as Obj;
    const sp = { start: s.start as number, end: s.end as number };
    checkSpan(text, sp, s.text as string | undefined, `${where} ${name}`);
    return sp;
  };
  if (a.kind === 'entity') return { kind: 'entity', ...span, type: entityType(String(a.type), o, where) };
  if (a.kind === 'claim') {
    return {
      kind: 'claim',
      ...span,
      claimKind: a.claimKind === 'indirect' ? 'indirect' : 'direct',
      ...(typeof a.stance === 'string' ? { stance: a.stance } : {}),
      ...(typeof a.target === 'string' ? { target: a.target } : {}),
      ...(a.speaker ? { speaker: part(a.speaker, 'speaker') } : {}),
      ...(a.cue ? { cue: part(a.cue, 'cue') } : {}),
    };
  }
  throw new ImportError(`${where}: kind must be entity or claim`);
}

function parseJson(content: string, where: string): unknown {
  try {
    return JSON.parse(content);
  } catch (err) {
    throw new ImportError(`${where}: not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
}

export function readMizanJson(text: string, content: string, o: ImportOptions): Imported[] {
  const doc = parseJson(content, o.source) as Obj;
  const docs = Array.isArray(doc) ? (doc as Obj[]) : [doc];
  const mine = docs.find((d) => d.file === o.article) ?? (docs.length === 1 ? docs[0] : undefined);
  if (!mine) throw new ImportError(`${o.source}: no document for ${o.article}`);
  if (mine.offsets !== undefined && mine.offsets !== 'utf16') throw new ImportError(`${o.source}: offsets are ${String(mine.offsets)}, Mizan JSON counts utf16`);
  return [...((mine.entities as Obj[]) ?? []).map((a, i) => fromMizanItem(text, a, `${o.source}: /entities/${i}`, o)), ...((mine.claims as Obj[]) ?? []).map((a, i) => fromMizanItem(text, a, `${o.source}: /claims/${i}`, o))];
}

export function readMizanJsonl(text: string, content: string, o: ImportOptions): Imported[] {
  const out: Imported[] = [];
  content.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${o.source}:${i + 1}`;
    const a = parseJson(line, where) as Obj;
    if (a.file !== undefined && a.file !== o.article) return;
    if (a.offsets !== undefined && a.offsets !== 'utf16') throw new ImportError(`${where}: offsets are ${String(a.offsets)}, Mizan JSONL counts utf16`);
    if (a.status === 'rejected') return;
    out.push(fromMizanItem(text, a, where, o));
  });
  return out;
}

export function readBrat(text: string, content: string, o: ImportOptions): Imported[] {
  const toUtf16 = utf16Offsets(text);
  const bounds = new Map<string, { type: string; span: Span; line: number }>();
  const lines = content.split(/\r?\n/);
  const rest: { id: string; head: string; tail: string; line: number }[] = [];
  lines.forEach((raw, i) => {
    if (!raw.trim()) return;
    const [id, head = '', tail = ''] = raw.split('\t');
    const where = `${o.source}:${i + 1}`;
    if (!/^[TRAM#E*]/.test(id)) throw new ImportError(`${where}: not a brat standoff line: ${raw.slice(0, 60)}`);
    if (!id.startsWith('T')) {
      rest.push({ id, head, tail, line: i + 1 });
      return;
    }
    const [type, ...offsets] = head.split(' ');
    const frags = offsets
      .join(' ')
      .split(';')
      .map((f) => f.trim().split(/\s+/).map(Number));
    if (frags.some((f) => f.length !== 2 || f.some((n) => !Number.isInteger(n)))) throw new ImportError(`${where}: bad offsets "${offsets.join(' ')}"`);
    const span = { start: toUtf16(frags[0][0]), end: toUtf16(frags[frags.length - 1][1]) };
    checkSpan(text, span, undefined, where);
    const cut = frags.map(([s, e]) => text.slice(toUtf16(s), toUtf16(e))).join(' ');
    if (cut !== tail) throw new ImportError(`${where}: «${tail}» is not at ${offsets.join(' ')} (code points) of the article (found «${cut}»)`);
    bounds.set(id, { type, span, line: i + 1 });
  });
  const claims = new Map<string, Imported>();
  const out: Imported[] = [];
  for (const [id, b] of bounds) {
    if (b.type === 'Speaker' || b.type === 'Cue') continue;
    if (b.type === 'Claim') {
      const c: Imported = { kind: 'claim', ...b.span, claimKind: 'direct' };
      claims.set(id, c);
      out.push(c);
    } else out.push({ kind: 'entity', ...b.span, type: entityType(b.type, o, `${o.source}:${b.line}`) });
  }
  for (const r of rest) {
    const where = `${o.source}:${r.line}`;
    const parts = r.head.split(' ');
    if (r.id.startsWith('R')) {
      const arg = (name: string) => parts.find((p) => p.startsWith(`${name}:`))?.slice(name.length + 1);
      const claim = claims.get(arg('Arg1') ?? '');
      const other = bounds.get(arg('Arg2') ?? '');
      if (!claim || !other) throw new ImportError(`${where}: relation refers to a missing annotation`);
      if (parts[0] === 'SaidBy') claim.speaker = other.span;
      else if (parts[0] === 'IntroducedBy' || parts[0] === 'Cue') claim.cue = other.span;
    } else if (r.id.startsWith('A') || r.id.startsWith('M')) {
      const [name, target, value] = parts;
      const claim = claims.get(target);
      if (!bounds.has(target)) throw new ImportError(`${where}: attribute on a missing annotation ${target}`);
      if (claim && name === 'Stance' && value) claim.stance = value;
      if (claim && name === 'ClaimKind' && (value === 'direct' || value === 'indirect')) claim.claimKind = value;
    } else if (r.id.startsWith('#')) {
      const claim = claims.get(parts[1]);
      if (claim && r.tail.startsWith('target: ')) claim.target = r.tail.slice('target: '.length);
    }
  }
  return out;
}

/** CoNLL/IOB2: each token found in turn in the article's text (only white space may lie between). */
export function readConll(text: string, content: string, o: ImportOptions): Imported[] {
  const out: Imported[] = [];
  let at = 0;
  let open: Imported | undefined;
  content.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    const where = `${o.source}:${i + 1}`;
    if (!line || line.startsWith('-DOCSTART-')) {
      open = undefined;
      return;
    }
    const cols = line.split(/[\t ]+/);
    if (cols.length < 2) throw new ImportError(`${where}: expected "token<TAB>tag"`);
    const token = cols[0];
    const tag = cols[cols.length - 1];
    const found = text.indexOf(token, at);
    if (found < 0 || text.slice(at, found).trim() !== '') throw new ImportError(`${where}: token «${token}» does not follow in the article's text (at ${at}: «${text.slice(at, at + 20)}»)`);
    at = found + token.length;
    const m = /^([BI])-(.+)$/.exec(tag);
    if (!m) {
      if (tag !== 'O') throw new ImportError(`${where}: ${tag} is not an IOB2 tag`);
      open = undefined;
      return;
    }
    const type = entityType(m[2] === 'PERS' ? 'PER' : m[2], o, where);
    if (m[1] === 'I' && open && open.type === type) {
      open.end = at;
      return;
    }
    open = { kind: 'entity', start: found, end: at, type };
    out.push(open);
  });
  return out;
}

export function readW3c(text: string, content: string, o: ImportOptions): Imported[] {
  const toUtf16 = utf16Offsets(text);
  const doc = parseJson(content, o.source) as Obj;
  const collections = Array.isArray(doc) ? (doc as Obj[]) : [doc];
  const items = collections.flatMap((c) => (c.type === 'Annotation' ? [c] : (((c.first as Obj | undefined)?.items as Obj[] | undefined) ?? [])));
  const spanOf = (res: Obj, where: string): Span => {
    const sels = (Array.isArray(res.selector) ? res.selector : [res.selector]) as Obj[];
    const pos = sels.find((s) => s?.type === 'TextPositionSelector');
    const quote = sels.find((s) => s?.type === 'TextQuoteSelector');
    if (!pos) throw new ImportError(`${where}: no TextPositionSelector`);
    const span = { start: toUtf16(pos.start as number), end: toUtf16(pos.end as number) };
    checkSpan(text, span, quote?.exact as string | undefined, where);
    return span;
  };
  return items.map((a, i) => {
    const where = `${o.source}: annotation ${i + 1} (${String(a.id)})`;
    const bodies = (Array.isArray(a.body) ? a.body : a.body ? [a.body] : []) as Obj[];
    const values = (purpose: string) => bodies.filter((b) => b.purpose === purpose && typeof b.value === 'string').map((b) => b.value as string);
    const span = spanOf(a.target as Obj, where);
    const classes = values('classifying');
    if (!classes.includes('claim')) return { kind: 'entity', ...span, type: entityType(classes[0] ?? '', o, where) };
    const part = (purpose: string) => bodies.find((b) => b.purpose === purpose && b.type === 'SpecificResource');
    const speaker = part('identifying');
    const cue = part('linking');
    const target = values('describing').find((v) => v.startsWith('target: '));
    return {
      kind: 'claim',
      ...span,
      claimKind: classes.includes('indirect') ? 'indirect' : 'direct',
      ...(values('assessing')[0] ? { stance: values('assessing')[0] } : {}),
      ...(target ? { target: target.slice('target: '.length) } : {}),
      ...(speaker ? { speaker: spanOf(speaker, `${where} speaker`) } : {}),
      ...(cue ? { cue: spanOf(cue, `${where} cue`) } : {}),
    } as Imported;
  });
}

export function readImport(format: ImportFormat, text: string, content: string, o: ImportOptions): Imported[] {
  switch (format) {
    case 'json':
      return readMizanJson(text, content, o);
    case 'jsonl':
      return readMizanJsonl(text, content, o);
    case 'brat':
      return readBrat(text, content, o);
    case 'conll':
      return readConll(text, content, o);
    case 'w3c':
      return readW3c(text, content, o);
  }
}

export interface ImportRecordOptions {
  status: 'suggested' | 'accepted';
  author: string;
  time: string;
  /** A fresh id for each record. */
  newId: (kind: 'entity' | 'claim') => string;
}

const same = (a: Imported, r: AnnotationRecord) => a.kind === r.kind && a.start === r.start && a.end === r.end && (a.kind !== 'entity' || (r as EntityRecord).type === a.type);

/** The decisions with the imported annotations added (one already there with the same span and type is updated, not doubled). */
export function withImported(text: string, d: Decisions, items: Imported[], o: ImportRecordOptions): { decisions: Decisions; added: number; updated: number } {
  const records = [...d.records];
  let added = 0;
  let updated = 0;
  const history = [{ action: 'import', author: o.author, time: o.time }];
  for (const a of items) {
    const base = { ...anchorOf(text, a), status: o.status, source: 'human' as const, history };
    const claimPart =
      a.kind === 'claim'
        ? {
            claimKind: a.claimKind ?? 'direct',
            ...(a.stance ? { stance: a.stance } : {}),
            ...(a.target ? { target: a.target } : {}),
            ...(a.speaker ? { speaker: anchorOf(text, a.speaker) } : {}),
            ...(a.cue ? { cue: anchorOf(text, a.cue) } : {}),
          }
        : {};
    const i = records.findIndex((r) => same(a, r));
    if (i >= 0) {
      const old = records[i];
      records[i] = { ...old, ...base, ...claimPart, id: old.id, history: [...old.history, ...history] } as AnnotationRecord;
      updated++;
      continue;
    }
    records.push(a.kind === 'entity' ? ({ kind: 'entity', id: o.newId('entity'), ...base, type: a.type! } as EntityRecord) : ({ kind: 'claim', id: o.newId('claim'), ...base, ...claimPart } as ClaimRecord));
    added++;
  }
  return { decisions: { ...d, records }, added, updated };
}
