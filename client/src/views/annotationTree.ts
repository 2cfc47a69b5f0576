// The Annotations view's content as plain data: article → claims by speaker, entities by type.
// Built from the server's AnnotationsResult so that the view itself only maps nodes to TreeItems.
import type { AnnotationItem, AnnotationsResult, Range } from '../../../server/src/protocol';
import { ENTITY_TYPES } from '../../../server/src/core/entityTypes';
import type { Translate } from '../l10n';

export interface TreeNode {
  id: string;
  label: string;
  description?: string;
  tooltip?: string;
  /** Codicon name. */
  icon?: string;
  /** Set on leaves: where a click jumps to. */
  range?: Range;
  children: TreeNode[];
}

export interface TreeOptions {
  fileName: string;
  t: Translate;
  stanceName: (id: string) => string;
}

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
    label: excerpt(item.text),
    description: parts.filter(Boolean).join(' · '),
    tooltip: item.text,
    icon: item.orphaned ? 'warning' : item.status === 'rejected' ? 'circle-slash' : item.stance ? 'pass-filled' : 'circle-large-outline',
    range: item.range,
    children: [],
  };
}

function entityNode(item: AnnotationItem, uri: string, o: TreeOptions): TreeNode {
  const parts = [statusWord(item, o.t), item.orphaned ? o.t('lost its place') : undefined];
  return {
    id: `${uri}#${item.id}`,
    label: item.text,
    description: parts.filter(Boolean).join(' · ') || undefined,
    tooltip: `${item.type ?? ''} ${item.text}`.trim(),
    icon: item.orphaned ? 'warning' : item.status === 'rejected' ? 'circle-slash' : item.status === 'accepted' ? 'pass' : 'circle-large-outline',
    range: item.range,
    children: [],
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
      label: speaker,
      description: String(items.length),
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
    description: String(entities.length),
    icon: 'symbol-class',
    children: typeOrder.filter((k) => types.has(k)).map((type) => ({
      id: `${uri}#entities/${type}`,
      label: type,
      description: String(types.get(type)!.length),
      icon: 'tag',
      children: types.get(type)!.map((e) => entityNode(e, uri, o)),
    })),
  };
  const article = result.article
    ? t('article: {0}', result.article.target ? `${o.stanceName(result.article.stance)} → ${result.article.target}` : o.stanceName(result.article.stance))
    : undefined;
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
