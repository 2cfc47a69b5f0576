// A paragraph of the annotation view as markup: the paragraph's text and marks (from the server) →
// nested spans, every character escaped. Pure (no DOM, no VS Code) so that it is tested on the
// samples in Node and runs unchanged in the webview.
//
// Marks inside a word may only change paint (colour, background, border, outline): a span that
// changed the font, the weight or bidi isolation would break the joining of the word's letters
// (shared notes, arabic-in-vscode.md). That is the stylesheet's business; here it means that no
// text is ever inserted inside a word: the stance label of a claim that ends inside one waits
// for the word's end.
import type { Mark, ViewParagraph } from '../../../server/src/articleViewProtocol';

export interface RenderOptions {
  /** Display name of each stance id; ids not listed are shown as they are. */
  stanceNames: Record<string, string>;
  /** The label of a claim without a stance. */
  untagged: string;
}

/** Outer marks first when they start together: a claim holds its speaker, cue and entities. */
const LAYER: Record<Mark['kind'], number> = { claim: 0, speaker: 1, cue: 2, entity: 3 };

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Text with each line break (LF, CRLF or CR) shown as a space that remembers how many code units it stands for. */
function textHtml(text: string): string {
  return text
    .split(/(\r\n|\n|\r)/)
    .map((part, i) => (i % 2 === 0 ? escapeHtml(part) : `<span class="br" data-n="${part.length}"> </span>`))
    .join('');
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const WORD_CHAR = /[\p{L}\p{M}\p{N}\u200c\u200d\u0640]/u;

/** An offset moved off the middle of a surrogate pair (towards the pair's start). */
function onBoundary(text: string, at: number): number {
  return at > 0 && at < text.length && isLow(text.charCodeAt(at)) && isHigh(text.charCodeAt(at - 1)) ? at - 1 : at;
}

/** Where the word around `at` ends: `at` itself when a word does not go on there. */
export function wordEnd(text: string, at: number): number {
  let i = at;
  while (i > 0 && i < text.length) {
    const cp = text.codePointAt(i)!;
    const prev = text.codePointAt(onBoundary(text, i - 1))!;
    if (!WORD_CHAR.test(String.fromCodePoint(cp)) || !WORD_CHAR.test(String.fromCodePoint(prev))) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

function stanceClass(m: Mark): string {
  if (!m.stance) return 'sn-untagged';
  return /^[A-Za-z0-9_-]+$/.test(m.stance) ? `sn-${m.stance}` : 'sn-other';
}

function classesOf(m: Mark): string {
  switch (m.kind) {
    case 'entity':
      return `m e e-${/^(PER|LOC|ORG|MISC)$/.test(m.type ?? '') ? m.type : 'MISC'} st-${m.status}`;
    case 'claim':
      return `m c st-${m.status} ${stanceClass(m)} k-${m.claimKind === 'direct' ? 'direct' : 'indirect'}`;
    case 'cue':
      return `m cue st-${m.status}`;
    case 'speaker':
      return `m spk st-${m.status}`;
  }
}

function openTag(m: Mark, first: boolean): string {
  const focusable = first && (m.kind === 'entity' || m.kind === 'claim') && m.opens !== false;
  const attrs = [`class="${classesOf(m)}"`, `data-kind="${m.kind}"`, `data-id="${escapeHtml(m.id)}"`, `data-s="${m.start}"`, `data-e="${m.end}"`];
  if (m.kind === 'entity') attrs.push(`data-type="${escapeHtml(m.type ?? '')}"`);
  if (m.kind === 'claim' && m.stance) attrs.push(`data-stance="${escapeHtml(m.stance)}"`);
  if (focusable) attrs.push('tabindex="-1"');
  if (!first || m.opens === false) attrs.push('data-cont=""');
  return `<span ${attrs.join(' ')}>`;
}

function labelTag(m: Mark, opts: RenderOptions): string {
  const name = m.stance ? (opts.stanceNames[m.stance] ?? m.stance) : opts.untagged;
  return `<span class="lbl ${stanceClass(m)} k-${m.claimKind === 'direct' ? 'direct' : 'indirect'}" data-for="${escapeHtml(m.id)}" data-label="${escapeHtml(name)}" aria-hidden="true"></span>`;
}

/**
 * The inner markup of a paragraph. Marks that overlap without nesting are cut where one ends
 * inside the other, the later pieces marked data-cont; only a mark's first piece can take focus.
 */
export function renderParagraph(p: Pick<ViewParagraph, 'text' | 'marks'>, opts: RenderOptions): string {
  const text = p.text;
  const marks = p.marks
    .map((m) => ({ ...m, start: onBoundary(text, Math.max(0, m.start)), end: onBoundary(text, Math.min(text.length, m.end)) }))
    .filter((m) => m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end || LAYER[a.kind] - LAYER[b.kind]);
  const labels = new Map<number, Mark[]>();
  for (const m of marks) {
    if (m.kind !== 'claim' || m.closes === false) continue;
    const at = wordEnd(text, m.end);
    labels.set(at, [...(labels.get(at) ?? []), m]);
  }
  const points = new Set<number>([0, text.length, ...labels.keys()]);
  for (const m of marks) {
    points.add(m.start);
    points.add(m.end);
  }
  const stops = [...points].sort((a, b) => a - b);

  const out: string[] = [];
  const stack: typeof marks = [];
  let next = 0;
  for (let k = 0; k < stops.length; k++) {
    const at = stops[k];
    const lowest = stack.findIndex((m) => m.end <= at);
    if (lowest >= 0) {
      const reopen = stack.slice(lowest).filter((m) => m.end > at);
      for (let i = stack.length; i > lowest; i--) out.push('</span>');
      stack.length = lowest;
      for (const m of reopen) {
        out.push(openTag(m, false));
        stack.push(m);
      }
    }
    for (const m of labels.get(at) ?? []) out.push(labelTag(m, opts));
    for (; next < marks.length && marks[next].start === at; next++) {
      out.push(openTag(marks[next], true));
      stack.push(marks[next]);
    }
    if (k + 1 < stops.length) out.push(textHtml(text.slice(at, stops[k + 1])));
  }
  for (let i = 0; i < stack.length; i++) out.push('</span>');
  return out.join('');
}
