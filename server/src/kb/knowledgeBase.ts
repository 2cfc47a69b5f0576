// What the hover card says about an entity beyond the article: English name, one-line description.
// Entries are looked up by any of their names in matching form (normalised, ة folded, with or
// without the article ال); the workspace's own entries win over the bundled ones.
import type { EntityType } from '../core/types';
import { normalizeKey } from '../core/text/normalize';

export interface KbEntry {
  type: EntityType;
  names: string[];
  en?: string;
  description?: string;
  /** Where the entry comes from, shown in the hover. */
  origin: string;
}

export function kbKey(name: string): string {
  return normalizeKey(name, { tehMarbuta: true }).replace(/\s+/g, ' ').trim();
}

export class KnowledgeBase {
  private byKey = new Map<string, KbEntry[]>();

  constructor(layers: KbEntry[][]) {
    // Later layers win: they are put first.
    for (const layer of [...layers].reverse()) for (const e of layer) this.add(e);
  }

  get size(): number {
    return this.byKey.size;
  }

  private add(e: KbEntry): void {
    for (const n of e.names) {
      const k = kbKey(n);
      if (!k) continue;
      const list = this.byKey.get(k) ?? [];
      list.push(e);
      this.byKey.set(k, list);
    }
  }

  /** The best entry for any of these names, of the same type when there is one. */
  lookup(type: EntityType, names: string[]): KbEntry | undefined {
    let other: KbEntry | undefined;
    for (const n of [...names].sort((a, b) => b.length - a.length)) {
      const k = kbKey(n);
      const variants = k.startsWith('ال') ? [k, k.slice(2)] : [k, `ال${k}`];
      for (const v of variants) {
        const found = this.byKey.get(v);
        if (!found) continue;
        const same = found.find((e) => e.type === type);
        if (same) return same;
        other ??= found[0];
      }
    }
    return other;
  }
}
