// Undo restores the decisions as they were before the last change, but keeps where each span is
// now: the text may have been edited since, and the snapshot's offsets would point at old text.
import { relocateRecords } from './relocate';
import type { Decisions } from './record';

export function restoreDecisions(previous: Decisions, current: Decisions, text: string): Decisions {
  const now = new Map(current.records.map((r) => [r.id, r]));
  const records = previous.records.map((r) => {
    const c = now.get(r.id);
    if (!c) return structuredClone(r);
    const restored = { ...structuredClone(r), start: c.start, end: c.end, exact: c.exact, prefix: c.prefix, suffix: c.suffix };
    if (c.orphaned) restored.orphaned = true;
    else delete restored.orphaned;
    return restored;
  });
  return { ...(previous.article ? { article: { ...previous.article } } : {}), records: relocateRecords(records, text) };
}
