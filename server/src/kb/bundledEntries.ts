// The knowledge base that ships with Mizan: every country with its Arabic names and capital (from
// the maintained world-countries package), capitals under their Arabic names, and a hand-written
// list of people and organisations of the news domain (server/data/kb).
import countries from 'world-countries';
import curated from '../../data/kb/people-organisations.json';
import type { EntityType } from '../core/types';
import type { KbEntry } from './knowledgeBase';

interface Curated {
  entries: { type: string; names: string[]; en?: string; description?: string }[];
  capitals: Record<string, string | string[]>;
}

export function bundledEntries(): KbEntry[] {
  const data = curated as Curated;
  const out: KbEntry[] = [];
  for (const c of countries) {
    const ar = c.translations.ara;
    const names = [ar?.common, ar?.official].filter((n): n is string => !!n);
    if (!names.length) continue;
    const where = c.subregion || c.region;
    const capital = c.capital[0];
    out.push({
      type: 'LOC',
      names,
      en: c.name.common,
      origin: 'world-countries',
      description: `Country${where ? ` in ${where}` : ''}${capital ? `; capital ${capital}` : ''}`,
    });
    const arCapital = data.capitals[c.cca2];
    if (arCapital && capital) {
      out.push({ type: 'LOC', names: ([] as string[]).concat(arCapital), en: capital, description: `Capital of ${c.name.common}`, origin: 'world-countries' });
    }
  }
  for (const e of data.entries) out.push({ type: e.type as EntityType, names: e.names, en: e.en, description: e.description, origin: 'Mizan' });
  return out;
}
