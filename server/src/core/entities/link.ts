// In-document linking: mentions of one entity form a cluster (فلاديمير بوتين / بوتين, الولايات
// المتحدة الأمريكية / الولايات المتحدة), and a name paired with an acronym in brackets joins it
// (حلف شمال الأطلسي (الناتو)). The canonical name is the longest form.
import type { EntityCluster, EntityMention } from '../types';
import { normalizeKey } from '../text/normalize';
import type { RawMention } from './spans';

function words(text: string): string[] {
  return normalizeKey(text)
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

/** Every run of consecutive words of a form, joined by spaces (the empty run included). */
function runs(form: string[]): string[] {
  const out = [''];
  for (let i = 0; i < form.length; i++) for (let j = i + 1; j <= form.length; j++) out.push(form.slice(i, j).join(' '));
  return out;
}

function keepFirst(map: Map<string, number>, key: string, cluster: number): void {
  const old = map.get(key);
  if (old === undefined || cluster < old) map.set(key, cluster);
}

const BRACKET_OPEN = /^\s*[(]\s*$/;

export function linkMentions(text: string, raw: RawMention[]): { entities: EntityMention[]; clusters: EntityCluster[] } {
  const mentions = [...raw].sort((a, b) => a.start - b.start || b.end - a.end);
  const forms = mentions.map((m) => words(text.slice(m.start, m.end)));
  const joined = forms.map((f) => f.join(' '));
  const clusterOf = new Int32Array(mentions.length).fill(-1);
  const members: number[][] = [];
  // A mention joins the first cluster of its type holding a form it is a run of words of (a short
  // single word: a form equal to it); type + run → first such cluster, so each look-up is one get.
  const firstWithRun = new Map<string, number>();
  const firstWithForm = new Map<string, number>();
  const order = mentions.map((_, i) => i).sort((a, b) => forms[b].length - forms[a].length || a - b);
  for (const i of order) {
    const f = forms[i];
    const type = mentions[i].type;
    const single = f.length === 1;
    let found = single && f[0].length < 3 ? (firstWithForm.get(`${type}\t${f[0]}`) ?? -1) : (firstWithRun.get(`${type}\t${joined[i]}`) ?? -1);
    if (found < 0) {
      found = members.length;
      members.push([]);
    }
    members[found].push(i);
    clusterOf[i] = found;
    keepFirst(firstWithForm, `${type}\t${joined[i]}`, found);
    for (const r of runs(f)) keepFirst(firstWithRun, `${type}\t${r}`, found);
  }
  // An acronym or short name in brackets right after a name is the same entity.
  const parent = members.map((_, c) => c);
  const root = (c: number): number => (parent[c] === c ? c : (parent[c] = root(parent[c])));
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i];
    const b = mentions[i + 1];
    if (BRACKET_OPEN.test(text.slice(a.end, b.start)) && /^\s*[)]/.test(text.slice(b.end, b.end + 3))) {
      const ra = root(clusterOf[i]);
      const rb = root(clusterOf[i + 1]);
      if (ra !== rb) parent[rb] = ra;
    }
  }
  const idOf = new Map<number, number>();
  const clusters: EntityCluster[] = [];
  const entities: EntityMention[] = mentions.map((m, i) => {
    const r = root(clusterOf[i]);
    let id = idOf.get(r);
    if (id === undefined) {
      id = clusters.length;
      idOf.set(r, id);
      clusters.push({ id, type: m.type, canonical: '', forms: [], mentions: [] });
    }
    const c = clusters[id];
    const surface = text.slice(m.start, m.end);
    c.mentions.push(i);
    if (!c.forms.includes(surface)) c.forms.push(surface);
    return { start: m.start, end: m.end, text: surface, type: m.type, cluster: id, source: m.source };
  });
  for (const c of clusters) {
    let best = c.mentions[0];
    for (const i of c.mentions) if (joined[i].length > joined[best].length) best = i;
    c.canonical = entities[best].text.replace(/\s+/g, ' ');
    c.type = entities[best].type;
  }
  return { entities, clusters };
}
