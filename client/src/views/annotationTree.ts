// The Annotations view's content as plain data: article → claims by speaker, entities by type,
// one row per entity with its mentions (and a few words of context) under it.
// Built from the server's AnnotationsResult so that the view itself only maps nodes to TreeItems.
import type { AnnotationItem, AnnotationsResult, Range } from '../../../server/src/protocol';
import { ENTITY_TYPES, ENTITY_TYPE_TABLE } from '../../../server/src/core/entityTypes';
import type { Translate } from '../l10n';

export interface TreeNode {
  id: string;
  label: string;
  description?: string;
  tooltip?: string;
  /** Codicon name. */
  icon?: string;
  /** Where a click jumps to. */
  range?: Range;
  /** The article a click opens (the folder's rows). */
  open?: string;
  /** What the view's item actions (accept, reject, relabel, tag) act on; the menus' `viewItem`. */
  contextValue?: string;
  /** The spans an item action applies to: a mention, a claim, or every mention of an entity. */
  targets?: Range[];
  children: TreeNode[];
}

export interface TreeOptions {
  fileName: string;
  t: Translate;
  stanceName: (id: string) => string;
  /** The article's text, for a few words of context around each mention. */
  text?: string;
  /** LSP position → offset in `text`. */
  offsetAt?: (p: Range['start']) => number;
}

// Arabic names in an item's label are isolated (FSI … PDI), so that the description after them
// (a count, a status) is not drawn into the name's right-to-left run («دميتري بيسكوف1»).
export const isolate = (s: string): string => `\u2068${s}\u2069`;

const EXCERPT = 60;

function before(a: Range, b: Range): number {
  return a.start.line - b.start.line || a.start.character - b.start.character;
}

export function excerpt(text: string, max = EXCERPT): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

function statusWord(item: AnnotationItem, t: Translate): string | undefined {
  if (item.status === 'accepted') return undefined;
  return item.status === 'rejected' ? t('rejected') : t('suggested');
}

function claimNode(item: AnnotationItem, uri: string, o: TreeOptions): TreeNode {
  const stance = item.stance ? o.stanceName(item.stance) : o.t('no stance');
  const parts = [item.target ? `${stance} → ${item.target}` : stance, statusWord(item, o.t), item.orphaned ? o.t('lost its place') : undefined];
  return {
    id: `${uri}#${item.id}`,
    label: isolate(excerpt(item.text)),
    description: parts.filter(Boolean).join(' · '),
    tooltip: item.text,
    icon: item.orphaned ? 'warning' : item.status === 'rejected' ? 'circle-slash' : item.stance ? 'pass-filled' : 'circle-large-outline',
    range: item.range,
    contextValue: `claim-${item.status}`,
    targets: item.orphaned ? [] : [item.range],
    children: [],
  };
}

function statusCounts(items: AnnotationItem[], t: Translate): string | undefined {
  const suggested = items.filter((i) => i.status === 'suggested').length;
  const rejected = items.filter((i) => i.status === 'rejected').length;
  const parts = [suggested ? t('{0} suggested', suggested) : undefined, rejected ? t('{0} rejected', rejected) : undefined];
  return parts.filter(Boolean).join(', ') || undefined;
}

/** A few words either side of the mention, cut at spaces: «… زار الرئيس [بوتين] العاصمة …». */
export function mentionContext(text: string, start: number, end: number, reach = 28): string {
  let from = Math.max(0, start - reach);
  let to = Math.min(text.length, end + reach);
  if (from > 0) {
    const sp = text.indexOf(' ', from);
    from = sp >= 0 && sp < start ? sp + 1 : from;
  }
  if (to < text.length) {
    const sp = text.lastIndexOf(' ', to);
    to = sp > end ? sp : to;
  }
  const flat = (x: string) => x.replace(/\s+/g, ' ');
  return `${from > 0 ? '… ' : ''}${flat(text.slice(from, start))}[${flat(text.slice(start, end))}]${flat(text.slice(end, to))}${to < text.length ? ' …' : ''}`;
}

function mentionNode(item: AnnotationItem, uri: string, o: TreeOptions): TreeNode {
  const parts = [statusWord(item, o.t), item.orphaned ? o.t('lost its place') : undefined];
  const context = o.text !== undefined && o.offsetAt ? mentionContext(o.text, o.offsetAt(item.range.start), o.offsetAt(item.range.end)) : item.text;
  return {
    id: `${uri}#${item.id}`,
    label: isolate(context),
    description: parts.filter(Boolean).join(' · ') || undefined,
    tooltip: `${item.type ?? ''} ${item.text}`.trim(),
    icon: item.orphaned ? 'warning' : item.status === 'rejected' ? 'circle-slash' : item.status === 'accepted' ? 'pass' : 'circle-large-outline',
    range: item.range,
    contextValue: `mention-${item.status}`,
    targets: item.orphaned ? [] : [item.range],
    children: [],
  };
}

/** One row per entity (its canonical name), its mentions as children. */
function entityRow(name: string, items: AnnotationItem[], uri: string, type: string, o: TreeOptions): TreeNode {
  const { t } = o;
  const spellings = [...new Set(items.map((i) => i.text.replace(/\s+/g, ' ').trim()))].filter((x) => x !== name);
  const mentions = items.length === 1 ? t('1 mention') : t('{0} mentions', items.length);
  const status = statusCounts(items, t);
  const also = spellings.length ? t('also {0}', spellings.map(isolate).join('، ')) : undefined;
  const live = items.filter((i) => !i.orphaned && i.status !== 'rejected');
  return {
    id: `${uri}#entity/${type}/${name}`,
    label: isolate(name),
    description: [mentions, status, also].filter(Boolean).join(' · '),
    tooltip: [name, ...spellings].join(' / '),
    icon: items.every((i) => i.status === 'accepted') ? 'pass' : 'circle-large-outline',
    range: live[0]?.range ?? items[0].range,
    contextValue: items.some((i) => i.status === 'suggested') ? 'entity-suggested' : 'entity-decided',
    targets: live.map((i) => i.range),
    children: items.map((e) => mentionNode(e, uri, o)),
  };
}

/** Groups in order of first appearance, keyed by name. */
function groupBy(items: AnnotationItem[], key: (i: AnnotationItem) => string): Map<string, AnnotationItem[]> {
  const groups = new Map<string, AnnotationItem[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

export function buildAnnotationTree(result: AnnotationsResult, o: TreeOptions): TreeNode {
  const { uri, t } = { uri: result.uri, t: o.t };
  const sorted = [...result.items].sort((a, b) => before(a.range, b.range));
  const claims = sorted.filter((i) => i.kind === 'claim');
  const entities = sorted.filter((i) => i.kind === 'entity');
  const noSpeaker = t('(no speaker)');
  const speakers = groupBy(claims, (c) => c.speaker?.trim() || noSpeaker);
  const claimGroup: TreeNode = {
    id: `${uri}#claims`,
    label: t('Claims'),
    description: t('{0} of {1} with a stance', result.progress.tagged, result.progress.total),
    icon: 'quote',
    children: [...speakers].map(([speaker, items]) => ({
      id: `${uri}#claims/${speaker}`,
      label: isolate(speaker),
      description: items.length === 1 ? t('1 claim') : t('{0} claims', items.length),
      icon: 'person',
      children: items.map((c) => claimNode(c, uri, o)),
    })),
  };
  const types = groupBy(entities, (e) => e.type ?? 'MISC');
  const known: readonly string[] = ENTITY_TYPES;
  const typeOrder = [...known, ...[...types.keys()].filter((k) => !known.includes(k))];
  const entityGroup: TreeNode = {
    id: `${uri}#entities`,
    label: t('Entities'),
    description: t('{0} mentions', entities.length),
    icon: 'symbol-class',
    children: typeOrder
      .filter((k) => types.has(k))
      .map((type) => {
        const byName = groupBy(types.get(type)!, (e) => e.entity ?? e.text.replace(/\s+/g, ' ').trim());
        const row = ENTITY_TYPE_TABLE.find((r) => r.id === type);
        return {
          id: `${uri}#entities/${type}`,
          label: row ? t(row.group) : type,
          description: byName.size === 1 ? t('1 entity') : t('{0} entities', byName.size),
          icon: 'tag',
          children: [...byName].map(([name, items]) => entityRow(name, items, uri, type, o)),
        };
      }),
  };
  const article = result.article ? t('article: {0}', result.article.target ? `${o.stanceName(result.article.stance)} → ${result.article.target}` : o.stanceName(result.article.stance)) : undefined;
  const state = result.paused ? t('paused: {0}', result.paused) : !result.writable ? t('read-only') : undefined;
  return {
    id: `${uri}#article`,
    label: o.fileName,
    description: [`${result.progress.tagged}/${result.progress.total}`, article, state].filter(Boolean).join(' · '),
    tooltip: result.paused,
    icon: result.paused ? 'warning' : 'file-text',
    children: [claimGroup, entityGroup],
  };
}
