// The annotation view's page: paragraphs laid out right to left as printed, each one rendered
// (render.ts) when it comes near the screen, re-rendered only when its markup changes; focus moves
// between marks from the keyboard and every change is a message to the extension, which runs the
// same commands as the text editor. Bundled for the browser by scripts/build.mjs.
import type { ArticleOutline, OutlineParagraph, ViewParagraph } from '../../../../server/src/articleViewProtocol';
import { cardHtml } from '../cardMarkup';
import { keyAction, startsChord, type KeyAction, type KeyLike } from '../keys';
import type { FocusedMark, FromView, MarkKind, Span, StanceKey, ToView, ViewSettings, ViewState, ViewStrings } from '../messages';
import { renderParagraph } from '../render';
import { applyOutlineEdit } from '../outlineEdit';

declare function acquireVsCodeApi(): { postMessage(message: FromView): void };
const vscode = acquireVsCodeApi();
const post = (m: FromView) => vscode.postMessage(m);

/** Paragraphs fetched around the screen: one screen's worth above and below. */
const MARGIN = '100% 0px 100% 0px';
/** How many paragraphs movement asks for at a time when the next mark is further down than what is rendered. */
const AHEAD = 30;

interface Para {
  info: OutlineParagraph;
  el: HTMLElement;
  html?: string;
  /** Rendered, but the marks may have changed since: fetched again when it is next near the screen. */
  stale: boolean;
  requested: boolean;
}

const article = document.getElementById('article')!;
const banner = document.getElementById('banner')!;
const card = document.getElementById('card')!;
let strings: ViewStrings | undefined;
let stances: StanceKey[] = [];
let writable = true;
let outline: ArticleOutline | undefined;
let paras: Para[] = [];
const renders: Record<number, number> = {};
let chordNext = false;
let focused: FocusedMark | undefined;
let pendingMove: { action: Extract<KeyAction, { do: 'move' }>; wrapped: boolean } | undefined;
let pendingReveal: { offset: number; focus: boolean } | undefined;

function applySettings(s: ViewSettings): void {
  const root = document.documentElement.style;
  root.setProperty('--mz-font', s.fontFamily);
  root.setProperty('--mz-size', `${s.fontSize}px`);
  root.setProperty('--mz-line', String(s.lineHeight));
}

function showReadOnly(reason: string | undefined): void {
  banner.textContent = reason ?? '';
  banner.hidden = !reason;
}

// Paragraphs.

const observer = new IntersectionObserver(
  (entries) => {
    for (const e of entries) if (e.isIntersecting) want(Number((e.target as HTMLElement).dataset.i));
    flushWanted();
  },
  { rootMargin: MARGIN },
);

let wanted = new Set<number>();
function want(i: number): void {
  const p = paras[i];
  if (p && (p.html === undefined || p.stale) && !p.requested) wanted.add(i);
}

/** Asks for the wanted paragraphs, in runs of consecutive indices. */
function flushWanted(): void {
  if (!outline || !wanted.size) return;
  const list = [...wanted].sort((a, b) => a - b);
  wanted = new Set();
  let from = list[0];
  let prev = from;
  const send = (a: number, b: number) => {
    for (let i = a; i < b; i++) paras[i].requested = true;
    post({ type: 'need', version: outline!.version, from: a, to: b });
  };
  for (const i of list.slice(1)) {
    if (i !== prev + 1) {
      send(from, prev + 1);
      from = i;
    }
    prev = i;
  }
  send(from, prev + 1);
}

interface Metrics {
  size: number;
  line: number;
  width: number;
}

/** Read once per outline: reading styles per paragraph would lay the page out thousands of times. */
function metrics(): Metrics {
  const style = getComputedStyle(document.documentElement);
  const size = parseFloat(style.getPropertyValue('--mz-size')) || 20;
  return { size, line: size * (parseFloat(style.getPropertyValue('--mz-line')) || 1.9), width: Math.max(200, article.clientWidth - 48) };
}

function estimateHeight(info: OutlineParagraph, m: Metrics): number {
  return Math.ceil(((info.end - info.start) * m.size * 0.45) / m.width) * m.line;
}

function newParagraph(info: OutlineParagraph, i: number, m: Metrics): Para {
  const el = document.createElement('p');
  el.className = 'para pending';
  el.dir = info.dir;
  el.dataset.i = String(i);
  el.dataset.start = String(info.start);
  el.style.minHeight = `${estimateHeight(info, m)}px`;
  observer.observe(el);
  return { info, el, stale: false, requested: false };
}

/**
 * A new outline (the text changed): paragraphs whose key is the same at the same place from the
 * start or from the end keep their element and markup; the others are new, rendered when near.
 */
function applyOutline(next: ArticleOutline): void {
  const old = paras;
  const list = next.paragraphs;
  let head = 0;
  while (head < old.length && head < list.length && old[head].info.key === list[head].key) head++;
  let tail = 0;
  while (tail < old.length - head && tail < list.length - head && old[old.length - 1 - tail].info.key === list[list.length - 1 - tail].key) tail++;
  const m = metrics();
  const middle = list.slice(head, list.length - tail).map((info, k) => newParagraph(info, head + k, m));
  for (const p of old.slice(head, old.length - tail)) {
    observer.unobserve(p.el);
    p.el.remove();
  }
  const kept = old.slice(old.length - tail);
  paras = [...old.slice(0, head), ...middle, ...kept];
  const before = kept[0]?.el ?? null;
  const frag = document.createDocumentFragment();
  for (const p of middle) frag.appendChild(p.el);
  article.insertBefore(frag, before);
  paras.forEach((p, i) => {
    p.info = list[i];
    p.el.dataset.i = String(i);
    p.el.dataset.start = String(list[i].start);
    p.requested = false;
    if (p.html !== undefined) p.stale = true;
  });
  outline = next;
  document.body.classList.toggle('empty', list.length === 0);
  refreshShown();
}

/** Every rendered paragraph may have new marks: those near the screen are fetched again now, the others when they come near. */
function refreshShown(): void {
  for (const p of paras)
    if (p.html !== undefined) {
      p.stale = true;
      p.requested = false;
    }
  // From the first paragraph on screen (a binary search) down to a screen below it.
  const bottom = window.innerHeight * 2;
  for (let i = Math.max(0, topParagraph() - 3); i < paras.length; i++) {
    if (paras[i].el.getBoundingClientRect().top > bottom) break;
    want(i);
  }
  flushWanted();
}

function applyParagraphs(version: number, list: ViewParagraph[]): void {
  if (!outline || version !== outline.version || !strings) return;
  const names = Object.fromEntries(stances.map((s) => [s.id, s.name]));
  const changed: number[] = [];
  for (const vp of list) {
    const p = paras[vp.index];
    if (!p || p.info.key !== vp.key) continue;
    p.requested = false;
    p.stale = false;
    const html = renderParagraph(vp, { stanceNames: names, untagged: strings.untagged });
    if (html === p.html) continue;
    const hadFocus = focused && p.el.contains(document.activeElement) ? focused : undefined;
    p.el.innerHTML = html;
    p.html = html;
    p.el.classList.remove('pending');
    p.el.style.minHeight = '';
    p.el.dir = vp.dir;
    renders[vp.index] = (renders[vp.index] ?? 0) + 1;
    changed.push(vp.index);
    if (hadFocus) focusAt(hadFocus.kind, hadFocus.start, false);
  }
  if (changed.length) post({ type: 'rendered', version, indices: changed });
  if (pendingReveal) {
    const r = pendingReveal;
    pendingReveal = undefined;
    reveal(r.offset, r.focus);
  }
  if (pendingMove) {
    const m = pendingMove;
    pendingMove = undefined;
    move(m.action, m.wrapped);
  }
}

// Offsets: a paragraph's text nodes in order are its text, each line-break span standing for data-n code units.

function paraOf(node: Node | null): Para | undefined {
  const el = (node instanceof Element ? node : node?.parentElement)?.closest<HTMLElement>('.para');
  return el ? paras[Number(el.dataset.i)] : undefined;
}

function unitsOf(t: Text): number {
  const br = t.parentElement?.classList.contains('br') ? t.parentElement : undefined;
  return br ? Number(br.dataset.n) : t.length;
}

/** The document offset of a DOM point inside a paragraph. */
function offsetOf(node: Node, offset: number): number | undefined {
  const p = paraOf(node);
  if (!p) return undefined;
  const range = document.createRange();
  range.setStart(p.el, 0);
  range.setEnd(node, offset);
  const walker = document.createTreeWalker(p.el, NodeFilter.SHOW_TEXT);
  let sum = 0;
  for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
    if (t === node) return p.info.start + sum + (unitsOf(t) === t.length ? offset : offset > 0 ? unitsOf(t) : 0);
    if (!range.intersectsNode(t)) break;
    if (range.comparePoint(t, t.length) > 0) break;
    sum += unitsOf(t);
  }
  return p.info.start + sum;
}

function pointAt(p: Para, offset: number): { node: Node; offset: number } {
  const walker = document.createTreeWalker(p.el, NodeFilter.SHOW_TEXT);
  let left = offset - p.info.start;
  let last: Text | undefined;
  for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
    const n = unitsOf(t);
    if (left <= n) return { node: t, offset: n === t.length ? left : Math.min(left, t.length) };
    left -= n;
    last = t;
  }
  return last ? { node: last, offset: last.length } : { node: p.el, offset: 0 };
}

function paraAt(offset: number): number {
  let lo = 0;
  let hi = paras.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (paras[mid].info.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

// Marks and focus.

function markOf(el: Element | null): HTMLElement | undefined {
  const m = el?.closest<HTMLElement>('.m[tabindex]');
  return m ?? undefined;
}

function describeMark(el: HTMLElement): FocusedMark | undefined {
  const p = paraOf(el);
  if (!p) return undefined;
  // A mark cut by an overlap is several elements: its end is in data-e, its start in data-s.
  return { kind: el.dataset.kind as MarkKind, id: el.dataset.id ?? '', start: p.info.start + Number(el.dataset.s), end: p.info.start + Number(el.dataset.e) };
}

function focusAt(kind: MarkKind | undefined, offset: number, scroll = true): boolean {
  const p = paras[paraAt(offset)];
  if (!p || p.html === undefined) return false;
  const rel = offset - p.info.start;
  const marks = Array.from(p.el.querySelectorAll<HTMLElement>('.m[tabindex]')).filter((m) => !kind || m.dataset.kind === kind);
  const el = marks.find((m) => Number(m.dataset.s) === rel) ?? marks.find((m) => Number(m.dataset.s) <= rel && rel < Number(m.dataset.e));
  if (!el) return false;
  el.focus({ preventScroll: true });
  if (scroll) el.scrollIntoView({ block: 'nearest' });
  return true;
}

const SELECTORS: Record<Extract<KeyAction, { do: 'move' }>['what'], string> = {
  mark: '.m[tabindex]',
  entity: '.e[tabindex]',
  claim: '.c[tabindex]',
  untagged: '.c.sn-untagged[tabindex]:not(.st-rejected)',
};

/** The first paragraph after `from` not rendered yet (or stale), or -1. */
function nextUnrendered(from: number, dir: 1 | -1): number {
  for (let i = from; i >= 0 && i < paras.length; i += dir) if (paras[i].html === undefined) return i;
  return -1;
}

const indexOf = (el: Element) => Number(paraOf(el)?.el.dataset.i ?? 0);

function move(action: Extract<KeyAction, { do: 'move' }>, wrapped = false): void {
  const { dir } = action;
  const all = Array.from(article.querySelectorAll<HTMLElement>(SELECTORS[action.what]));
  const current = markOf(document.activeElement);
  const fromPara = current ? indexOf(current) : topParagraph();
  const ahead = dir > 0 ? all : all.reverse();
  const target = current
    ? ahead.find((el) => (current.compareDocumentPosition(el) & (dir > 0 ? Node.DOCUMENT_POSITION_FOLLOWING : Node.DOCUMENT_POSITION_PRECEDING)) !== 0)
    : ahead.find((el) => (dir > 0 ? indexOf(el) >= fromPara : indexOf(el) <= fromPara));
  // Paragraphs not rendered yet between here and the next rendered mark may hold a nearer one.
  const targetPara = target ? indexOf(target) : dir > 0 ? paras.length : -1;
  const gap = nextUnrendered(fromPara, dir);
  if (gap >= 0 && (dir > 0 ? gap < targetPara : gap > targetPara)) {
    pendingMove = { action, wrapped };
    const from = dir > 0 ? gap : Math.max(0, gap - AHEAD + 1);
    for (let i = from; i < Math.min(paras.length, from + AHEAD); i++) want(i);
    flushWanted();
    return;
  }
  if (target) {
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'center' });
    return;
  }
  if (wrapped || !paras.length) return;
  // Past the last mark: once round, from the other end of the article.
  (document.activeElement as HTMLElement | null)?.blur?.();
  scrollToParagraph(dir > 0 ? 0 : paras.length - 1);
  move(action, true);
}

function topParagraph(): number {
  let lo = 0;
  let hi = paras.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (paras[mid].el.getBoundingClientRect().bottom < 0) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo);
}

function scrollToParagraph(i: number): void {
  paras[i]?.el.scrollIntoView({ block: 'start' });
}

function reveal(offset: number, focus: boolean): void {
  const i = paraAt(offset);
  const p = paras[i];
  if (!p) return;
  if (p.html === undefined || p.stale) {
    pendingReveal = { offset, focus };
    p.el.scrollIntoView({ block: 'center' });
    want(i);
    flushWanted();
    return;
  }
  if (!focus || !focusAt(undefined, offset)) p.el.scrollIntoView({ block: 'center' });
}

// Cards.

let cardFor: HTMLElement | undefined;
let cardTimer: number | undefined;
function askCard(el: HTMLElement): void {
  const mark = describeMark(el);
  if (!mark) return;
  cardFor = el;
  clearTimeout(cardTimer);
  cardTimer = window.setTimeout(() => post({ type: 'card', at: mark.start }), 120);
}

function showCard(at: number, markdown: string): void {
  if (!cardFor || !markdown) {
    card.hidden = true;
    return;
  }
  const mark = describeMark(cardFor);
  if (!mark || mark.start !== at || !cardFor.isConnected) return;
  card.innerHTML = cardHtml(markdown);
  card.hidden = false;
  const r = cardFor.getBoundingClientRect();
  const width = Math.min(460, window.innerWidth - 16);
  card.style.width = `${width}px`;
  card.style.left = `${Math.max(8, Math.min(r.right - width, window.innerWidth - width - 8)) + window.scrollX}px`;
  const below = r.bottom + 6;
  card.style.top = `${(below + card.offsetHeight < window.innerHeight ? below : Math.max(4, r.top - card.offsetHeight - 6)) + window.scrollY}px`;
  cardFor.setAttribute('aria-describedby', 'card');
}

function hideCard(): void {
  card.hidden = true;
  cardFor?.removeAttribute('aria-describedby');
  cardFor = undefined;
  clearTimeout(cardTimer);
}

// Keyboard.

const WRITES = new Set(['stance', 'accept', 'reject']);

function run(action: KeyAction): void {
  if (!writable && (WRITES.has(action.do) || (action.do === 'command' && action.command !== 'nextUntagged' && action.command !== 'previousUntagged'))) {
    banner.classList.remove('flash');
    void banner.offsetWidth;
    banner.classList.add('flash');
    return;
  }
  switch (action.do) {
    case 'stance':
      post({ type: 'command', command: 'tagStance', stance: action.stance });
      return;
    case 'accept':
      if (focused) post({ type: 'command', command: focused.kind === 'entity' ? 'acceptEntity' : 'acceptClaim' });
      return;
    case 'reject':
      if (focused) post({ type: 'command', command: focused.kind === 'entity' ? 'rejectEntity' : 'rejectClaim' });
      return;
    case 'command':
      post({ type: 'command', command: action.command });
      return;
    case 'move':
      move(action);
      return;
    case 'clear':
      window.getSelection()?.removeAllRanges();
      hideCard();
      return;
    case 'extend':
      extend(action.dir, action.by);
      return;
  }
}

/** Shift+arrows: a selection grows from the focused mark (or the current selection) as in a text editor. */
function extend(dir: 'left' | 'right', by: 'character' | 'word'): void {
  const sel = window.getSelection();
  if (!sel) return;
  if (sel.rangeCount === 0 || sel.isCollapsed) {
    const el = markOf(document.activeElement);
    const p = el ? paraOf(el) : paras[topParagraph()];
    if (!p || p.html === undefined) return;
    const at = el ? describeMark(el)!.start : p.info.start;
    const pt = pointAt(p, at);
    sel.collapse(pt.node, pt.offset);
  }
  sel.modify('extend', dir, by);
}

function onKey(e: KeyboardEvent): void {
  if (startsChord(e)) {
    chordNext = true;
    return;
  }
  if (chordNext) {
    chordNext = false;
    return;
  }
  const action = keyAction(e as KeyLike, stances);
  if (!action) return;
  e.preventDefault();
  run(action);
}

document.addEventListener('keydown', onKey);

// Focus, selection, scrolling, pointer.

article.addEventListener('focusin', (e) => {
  const el = markOf(e.target as Element);
  const mark = el && describeMark(el);
  focused = mark;
  post({ type: 'focus', mark: mark ?? null });
  if (el) askCard(el);
});
article.addEventListener('focusout', (e) => {
  if (!markOf(e.relatedTarget as Element | null)) {
    focused = undefined;
    post({ type: 'focus', mark: null });
    hideCard();
  }
});
article.addEventListener('mouseover', (e) => {
  const el = markOf(e.target as Element);
  if (el && el !== cardFor) askCard(el);
});
article.addEventListener('click', (e) => {
  const el = markOf(e.target as Element);
  if (el && window.getSelection()?.isCollapsed !== false) el.focus({ preventScroll: true });
});

let lastSelection = '';
document.addEventListener('selectionchange', () => {
  const sel = window.getSelection();
  let span: Span | null = null;
  if (sel && sel.rangeCount && !sel.isCollapsed) {
    const r = sel.getRangeAt(0);
    const start = offsetOf(r.startContainer, r.startOffset);
    const end = offsetOf(r.endContainer, r.endOffset);
    if (start !== undefined && end !== undefined && end > start) span = { start, end };
  }
  const key = JSON.stringify(span);
  if (key === lastSelection) return;
  lastSelection = key;
  post({ type: 'selection', span });
});

let scrollQueued = false;
let quietUntil = 0;
window.addEventListener(
  'scroll',
  () => {
    if (scrollQueued) return;
    scrollQueued = true;
    requestAnimationFrame(() => {
      scrollQueued = false;
      if (performance.now() < quietUntil || !paras.length) return;
      post({ type: 'scrolled', offset: paras[topParagraph()].info.start });
    });
  },
  { passive: true },
);

function scrollToOffset(offset: number): void {
  quietUntil = performance.now() + 200;
  paras[paraAt(offset)]?.el.scrollIntoView({ block: 'start' });
}

function countClasses(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const el of Array.from(article.querySelectorAll('.m[tabindex]'))) for (const c of Array.from(el.classList)) out[c] = (out[c] ?? 0) + 1;
  return out;
}

function state(): ViewState {
  const el = markOf(document.activeElement);
  const p = el ? paraOf(el) : undefined;
  const label = el?.dataset.kind === 'claim' ? p?.el.querySelector<HTMLElement>(`.lbl[data-for="${CSS.escape(el.dataset.id ?? '')}"]`)?.dataset.label : undefined;
  return {
    version: outline?.version ?? -1,
    paragraphs: paras.length,
    rendered: paras.filter((x) => x.html !== undefined).length,
    focused,
    selection: lastSelection && lastSelection !== 'null' ? (JSON.parse(lastSelection) as Span) : undefined,
    focusedClass: el?.className,
    focusedParagraphText: p?.el.textContent ?? undefined,
    focusedLabel: label,
    renders: { ...renders },
    shown: Object.fromEntries(paras.slice(0, 12).flatMap((x, i) => (x.html === undefined ? [] : [[i, x.el.textContent ?? '']]))),
    classes: countClasses(),
    readOnly: !writable,
  };
}

window.addEventListener('message', (event: MessageEvent<ToView>) => {
  const m = event.data;
  switch (m.type) {
    case 'init':
      strings = m.strings;
      stances = m.stances;
      writable = m.writable;
      applySettings(m.settings);
      showReadOnly(m.writable ? undefined : m.readOnlyReason);
      document.getElementById('help')!.textContent = m.strings.help;
      article.dataset.empty = m.strings.empty;
      return;
    case 'settings':
      applySettings(m.settings);
      return;
    case 'stances':
      stances = m.stances;
      refreshShown();
      return;
    case 'writable':
      writable = m.writable;
      showReadOnly(m.writable ? undefined : m.readOnlyReason);
      return;
    case 'outline':
      applyOutline(m.outline);
      return;
    case 'outlineEdit':
      if (outline) applyOutline(applyOutlineEdit(outline, m.edit));
      return;
    case 'paragraphs':
      applyParagraphs(m.version, m.paragraphs);
      return;
    case 'refresh':
      refreshShown();
      return;
    case 'card':
      showCard(m.at, m.markdown);
      return;
    case 'scrollTo':
      scrollToOffset(m.offset);
      return;
    case 'reveal':
      reveal(m.offset, m.focus);
      return;
    case 'probe':
      post({ type: 'state', id: m.id, state: state() });
      return;
    case 'key': {
      const action = keyAction(m, stances);
      if (action) run(action);
      return;
    }
  }
});

post({ type: 'ready' });
