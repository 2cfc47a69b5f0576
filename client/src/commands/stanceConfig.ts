// Reads the user's stance settings (mizan.stance.labels, mizan.stance.targets) into labels the
// quick pick can show, keeping every usable entry and naming every one it had to drop.
import { DEFAULT_STANCES, type StanceLabel } from '../../../server/src/protocol';
import type { Translate } from '../l10n';

export interface StanceSettings { labels: StanceLabel[]; problems: string[] }

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Accepts label objects ({ id, en?, ar?, key? }) or bare ids; falls back to the defaults when none is usable. */
export function readStanceLabels(raw: unknown, t: Translate): StanceSettings {
  const problems: string[] = [];
  if (raw === undefined || raw === null || (Array.isArray(raw) && raw.length === 0)) return { labels: DEFAULT_STANCES, problems };
  if (!Array.isArray(raw)) {
    return { labels: DEFAULT_STANCES, problems: [t('mizan.stance.labels must be a list; the default labels are used.')] };
  }
  const labels: StanceLabel[] = [];
  const keys = new Set<string>();
  raw.forEach((entry: unknown, index) => {
    const obj = (typeof entry === 'string' ? { id: entry } : entry) as Record<string, unknown> | null;
    const id = obj && typeof obj === 'object' ? text(obj.id) : undefined;
    if (!obj || !id) return void problems.push(t('Stance label {0} has no id and is skipped.', index + 1));
    if (labels.some((l) => l.id === id)) return void problems.push(t('Stance label "{0}" appears twice; the first is kept.', id));
    const en = text(obj.en) ?? id;
    const ar = text(obj.ar) ?? en;
    let key = text(obj.key)?.toLowerCase() ?? '';
    if (key && (key.length !== 1 || /\d/.test(key) || keys.has(key))) {
      problems.push(t('The key "{0}" of stance label "{1}" is not a single unused letter; the label keeps only its number.', key, id));
      key = '';
    }
    if (key) keys.add(key);
    labels.push({ id, en, ar, key });
  });
  if (labels.length === 0) return { labels: DEFAULT_STANCES, problems: [...problems, t('No usable stance label; the default labels are used.')] };
  return { labels, problems };
}

/** Stance targets: trimmed, non-empty, each once, in the order given. */
export function readTargets(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  return [...new Set(raw.map(text).filter((s): s is string => s !== undefined))];
}

/** The label's name in the display language, the other language as a second name. */
export function stanceNames(label: StanceLabel, arabicFirst: boolean): { primary: string; secondary: string } {
  return arabicFirst ? { primary: label.ar, secondary: label.en } : { primary: label.en, secondary: label.ar };
}

/** Display name of a stance id; an id no longer configured is shown as it is stored. */
export function stanceName(id: string, labels: readonly StanceLabel[], arabicFirst: boolean): string {
  const label = labels.find((l) => l.id === id);
  return label ? stanceNames(label, arabicFirst).primary : id;
}
