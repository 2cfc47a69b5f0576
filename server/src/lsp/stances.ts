// The stance labels the annotator works with (mizan.stance.labels, else the defaults) and how a
// stance id reads in hovers, hints and the outline.
import { DEFAULT_STANCES, type StanceLabel } from '../protocol';

/** The configured labels when they are a valid list of { id, en?, ar? }; the defaults otherwise. */
export function stancesFrom(raw: unknown): StanceLabel[] {
  if (!Array.isArray(raw) || raw.length === 0) return DEFAULT_STANCES;
  const out: StanceLabel[] = [];
  for (const r of raw) {
    if (!r || typeof r !== 'object' || typeof (r as StanceLabel).id !== 'string' || !(r as StanceLabel).id) return DEFAULT_STANCES;
    const l = r as Partial<StanceLabel> & { id: string };
    out.push({ id: l.id, en: typeof l.en === 'string' && l.en ? l.en : l.id, ar: typeof l.ar === 'string' ? l.ar : '', key: typeof l.key === 'string' ? l.key : '' });
  }
  return out;
}

export function stanceLabel(id: string | undefined, stances: StanceLabel[] = DEFAULT_STANCES): string {
  if (!id) return 'not tagged';
  const known = stances.find((s) => s.id === id) ?? DEFAULT_STANCES.find((s) => s.id === id);
  return known ? (known.ar ? `${known.en} (${known.ar})` : known.en) : id;
}
