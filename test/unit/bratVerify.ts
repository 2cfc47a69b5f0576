// brat's own checks of a document against its annotation.conf (server/src/verify_annotations.py
// and the overlap rules of projectconfig.py), re-implemented to run in the tests: known types,
// relations allowed between their argument types, attributes allowed on their annotation with a
// configured value, text-bound text equal to the document's (code points, as brat counts), and
// no span inside, across or identical to another unless an <OVERLAP> rule allows that pair.

interface Relation {
  name: string;
  arg1: string[];
  arg2: string[];
  ovl: string[];
}
export interface BratConf {
  entities: Set<string>;
  relations: Relation[];
  attributes: Map<string, { on: string[]; values: string[] }>;
}
interface TextBound {
  id: string;
  type: string;
  spans: [number, number][];
}

function sections(conf: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current = '';
  for (const raw of conf.split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    const m = /^\[(\w+)\]$/.exec(line);
    if (m) {
      current = m[1];
      out.set(current, []);
      continue;
    }
    out.get(current)?.push(line);
  }
  return out;
}

function args(spec: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of spec.split(',')) {
    const [k, v] = part.trim().split(':');
    out.set(k, v.split('|'));
  }
  return out;
}

export function parseConf(conf: string): BratConf {
  const s = sections(conf);
  const entities = new Set(s.get('entities') ?? []);
  const relations = (s.get('relations') ?? []).map((l) => {
    const [name, spec] = l.split('\t');
    const a = args(spec);
    return { name, arg1: a.get('Arg1') ?? [], arg2: a.get('Arg2') ?? [], ovl: a.get('<OVL-TYPE>') ?? [] };
  });
  const attributes = new Map(
    (s.get('attributes') ?? []).map((l) => {
      const [name, spec] = l.split('\t');
      const a = args(spec);
      return [name, { on: a.get('Arg') ?? [], values: a.get('Value') ?? [] }] as const;
    }),
  );
  return { entities, relations, attributes };
}

/** Whether `type` is one of a rule's argument types (<ENTITY> stands for any entity type). */
function matches(list: string[], type: string, conf: BratConf): boolean {
  return list.includes(type) || list.includes('<ANY>') || (list.includes('<ENTITY>') && conf.entities.has(type));
}

function overlapTypes(conf: BratConf, inner: string, outer: string): Set<string> {
  const out = new Set<string>();
  for (const r of conf.relations) if (r.name === '<OVERLAP>' && matches(r.arg1, inner, conf) && matches(r.arg2, outer, conf)) r.ovl.forEach((o) => out.add(o));
  return out;
}

const allows = (conf: BratConf, a: string, b: string, kind: string, symmetric: boolean): boolean => {
  const ab = overlapTypes(conf, a, b);
  if (ab.has(kind) || ab.has('<ANY>')) return true;
  const ba = overlapTypes(conf, b, a);
  return ba.has('<ANY>') || (symmetric && ba.has(kind));
};

const first = (t: TextBound) => Math.min(...t.spans.map((s) => s[0]));
const last = (t: TextBound) => Math.max(...t.spans.map((s) => s[1]));
const sameSpan = (a: TextBound, b: TextBound) => a.spans.length === b.spans.length && a.spans.every(([s, e]) => b.spans.some(([s2, e2]) => s === s2 && e === e2));
const contains = (a: TextBound, b: TextBound) => first(a) <= first(b) && last(b) <= last(a);

/** The issues brat reports for one .ann file over its .txt, worded as brat words them. */
export function verifyBrat(ann: string, text: string, conf: BratConf): string[] {
  const issues: string[] = [];
  const chars = [...text];
  const bounds = new Map<string, TextBound>();
  const others: string[][] = [];
  for (const line of ann.split('\n').filter(Boolean)) {
    const [id, head, surface] = line.split('\t');
    if (id.startsWith('T')) {
      const [type, ...rest] = head.split(' ');
      const spans = rest
        .join(' ')
        .split(';')
        .map((f) => f.split(' ').map(Number) as [number, number]);
      const cut = spans.map(([s, e]) => chars.slice(s, e).join('')).join(' ');
      if (cut !== surface) issues.push(`${id}: text mismatch: "${surface}" but the document has "${cut}"`);
      if (!conf.entities.has(type)) issues.push(`${id}: Error: ${type} is not a known textbound type (check configuration?)`);
      bounds.set(id, { id, type, spans });
    } else others.push([id, head, surface]);
  }
  for (const [id, head] of others) {
    const parts = head.split(' ');
    if (id.startsWith('R')) {
      const [type, a1, a2] = parts;
      const [l1, id1] = a1.split(':');
      const [l2, id2] = a2.split(':');
      const t1 = bounds.get(id1);
      const t2 = bounds.get(id2);
      if (!t1 || !t2) {
        issues.push(`${id}: refers to a missing annotation`);
        continue;
      }
      const rules = conf.relations.filter((r) => r.name === type);
      if (!rules.length) {
        issues.push(`${id}: Error: ${type} is not a known relation type (check configuration?)`);
        continue;
      }
      const ok = rules.some(
        (r) => (l1 === 'Arg1' && l2 === 'Arg2' && matches(r.arg1, t1.type, conf) && matches(r.arg2, t2.type, conf)) || (l1 === 'Arg2' && l2 === 'Arg1' && matches(r.arg1, t2.type, conf) && matches(r.arg2, t1.type, conf)),
      );
      if (!ok) issues.push(`${id}: Error: ${type} relation ${l1}:${t1.type} ${l2}:${t2.type} not allowed`);
    } else if (id.startsWith('A') || id.startsWith('M')) {
      const [type, target, value] = parts;
      const t = bounds.get(target);
      const spec = conf.attributes.get(type);
      if (!t) issues.push(`${id}: refers to a missing annotation`);
      else if (!spec || !matches(spec.on, t.type, conf)) issues.push(`${target}: Error: ${t.type} cannot take a ${type} attribute`);
      else if (spec.values.length && !spec.values.includes(value)) issues.push(`${id}: ${value} is not a value of ${type}`);
    } else if (id.startsWith('#')) {
      if (!bounds.has(parts[1])) issues.push(`${id}: note on a missing annotation`);
    } else issues.push(`${id}: unknown annotation kind`);
  }
  const list = [...bounds.values()];
  for (const a1 of list) {
    for (const a2 of list) {
      if (a1 === a2 || !(first(a2) < last(a1) && last(a2) > first(a1))) continue;
      if (sameSpan(a1, a2)) {
        if (!allows(conf, a1.type, a2.type, 'equal', true)) issues.push(`${a1.id}: Error: ${a1.type} cannot have identical span with ${a2.type} ${a2.id}`);
      } else if (contains(a2, a1)) {
        if (!allows(conf, a1.type, a2.type, 'contain', false)) issues.push(`${a1.id}: Error: ${a1.type} cannot be contained in ${a2.type} (${a2.id})`);
      } else if (contains(a1, a2)) {
        if (!allows(conf, a2.type, a1.type, 'contain', false)) issues.push(`${a1.id}: Error: ${a1.type} cannot contain ${a2.type} (${a2.id})`);
      } else if (!allows(conf, a1.type, a2.type, 'cross', true)) issues.push(`${a1.id}: Error: annotation cannot have crossing span with ${a2.id}`);
    }
  }
  return issues;
}
