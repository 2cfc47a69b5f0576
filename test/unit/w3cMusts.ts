// The MUST assertions of the Web Annotation Working Group's test suite (annotation-model, "Annotation
// has all required keys ... meet required value constraints", and the collection and page rules of
// the model's section 5), re-expressed as plain checks: each returns the failures it finds, worded
// after the suite's error messages, so that a test can show a broken annotation is caught too.

type Json = Record<string, unknown>;

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

const MOTIVATIONS = new Set(['assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting', 'identifying', 'linking', 'moderating', 'questioning', 'replying', 'tagging']);

/** JSON Schema's "format": "uri": an absolute URI of RFC 3986 (scheme, then only URI characters). */
export function isAbsoluteUri(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#[\]]|%[0-9A-Fa-f]{2})*$/.test(v)) return false;
  return v.split('#').length <= 2;
}

/** RFC 3339 date-time, as JSON Schema's "date-time" format. */
function isDateTime(v: unknown): boolean {
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.test(v) && !Number.isNaN(Date.parse(v));
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const many = (v: unknown): unknown[] => (Array.isArray(v) ? v : [v]);
const hasType = (o: Json, t: string): boolean => many(o.type).includes(t);
/** One value, given as itself or as an array of one (how the suite's schemas allow single values). */
const single = (v: unknown): unknown => (Array.isArray(v) && v.length === 1 ? v[0] : v);

function selectorProblems(sel: unknown): string[] {
  if (isAbsoluteUri(sel)) return [];
  if (!isObject(sel)) return ['selector is neither a uri nor an object'];
  if (hasType(sel, 'TextQuoteSelector')) {
    const bad = typeof sel.exact !== 'string' || ['prefix', 'suffix'].some((k) => k in sel && typeof sel[k] !== 'string');
    return bad ? ['TextQuoteSelector needs a string exact (and string prefix, suffix)'] : [];
  }
  if (hasType(sel, 'TextPositionSelector')) {
    const ok = [sel.start, sel.end].every((n) => Number.isInteger(n) && (n as number) >= 0);
    return ok ? [] : ['TextPositionSelector needs non-negative integer start and end'];
  }
  if (isAbsoluteUri(sel.id)) return [];
  return [`selector type ${String(sel.type)} is not one the model describes`];
}

function externalWebResource(o: Json): boolean {
  return isAbsoluteUri(single(o.id)) && !('value' in o) && !('source' in o) && !('target' in o);
}

function specificResourceProblems(o: Json): string[] {
  const source = single(o.source);
  const out: string[] = [];
  if (!(isAbsoluteUri(source) || (isObject(source) && externalWebResource(source)))) out.push('Specific Resource source is not a uri or an External Web Resource');
  if (!['purpose', 'selector', 'state', 'styleClass', 'renderedVia', 'scope'].some((k) => k in o)) out.push('Specific Resource has none of purpose, selector, state, styleClass, renderedVia, scope');
  if ('selector' in o) for (const s of many(o.selector)) out.push(...selectorProblems(s));
  return out;
}

function resourceProblems(r: unknown, role: 'body' | 'target'): string[] {
  const what = role === 'body' ? 'a Body' : 'a Target';
  if (typeof r === 'string') return isAbsoluteUri(r) ? [] : [`${what} is a string that is not of format uri: ${r}`];
  if (!isObject(r)) return [`${what} is neither a string nor an object`];
  const out: string[] = [];
  if ('source' in r) out.push(...specificResourceProblems(r));
  else if (role === 'body' && 'value' in r) {
    if (typeof r.value !== 'string') out.push('Embedded Textual Body value is not a string');
  } else if (!externalWebResource(r)) out.push(`${what} is not one of a string of format uri, an External Web Resource, a Choice or Set, a Specific Resource`);
  if ('purpose' in r) for (const p of many(r.purpose)) if (!MOTIVATIONS.has(p as string)) out.push(`purpose ${String(p)} is not one of the model's`);
  out.push(...agentProblems(r));
  return out;
}

function agentProblems(o: Json): string[] {
  const out: string[] = [];
  for (const key of ['creator', 'generator']) {
    if (!(key in o)) continue;
    for (const a of many(o[key])) {
      if (isAbsoluteUri(a)) continue;
      if (!isObject(a)) out.push(`${key} is neither a uri nor an object: ${JSON.stringify(a)}`);
      else if ('id' in a && !isAbsoluteUri(single(a.id))) out.push(`${key} id is not of format uri`);
    }
  }
  return out;
}

function dateProblems(o: Json): string[] {
  return ['created', 'modified', 'generated'].filter((k) => k in o && !isDateTime(single(o[k]))).map((k) => `${k} is not a single date-time`);
}

/** Problems of one annotation; `context` is the @context it inherits when embedded in a page. */
export function annotationProblems(a: Json, context?: unknown): string[] {
  const out: string[] = [];
  const ctx = a['@context'] ?? context;
  if (!many(ctx).includes(ANNO_CONTEXT)) out.push('@context does not include http://www.w3.org/ns/anno.jsonld');
  if (!isAbsoluteUri(single(a.id))) out.push('Annotation id is not a single string of format uri');
  if (!hasType(a, 'Annotation')) out.push("type does not include 'Annotation'");
  if (!('target' in a)) out.push('Annotation has no target');
  else for (const t of many(a.target)) out.push(...resourceProblems(t, 'target'));
  if ('body' in a && 'bodyValue' in a) out.push('Annotation has both body and bodyValue');
  if ('body' in a) for (const b of many(a.body)) out.push(...resourceProblems(b, 'body'));
  if ('bodyValue' in a && typeof single(a.bodyValue) !== 'string') out.push('bodyValue is not a single string');
  if ('motivation' in a) for (const m of many(a.motivation)) if (!MOTIVATIONS.has(m as string)) out.push(`motivation ${String(m)} is not one of the model's`);
  out.push(...dateProblems(a), ...agentProblems(a));
  for (const k of ['rights', 'canonical', 'via']) if (k in a && !many(a[k]).every(isAbsoluteUri)) out.push(`${k} is not of format uri`);
  return out;
}

/** Problems of an AnnotationCollection with its embedded first page and the annotations in it. */
export function collectionProblems(c: Json): string[] {
  const out: string[] = [];
  if (!many(c['@context']).includes(ANNO_CONTEXT)) out.push('collection @context does not include the anno context');
  if (!isAbsoluteUri(single(c.id))) out.push('AnnotationCollection id is not of format uri');
  if (!hasType(c, 'AnnotationCollection')) out.push("collection type is not 'AnnotationCollection'");
  const total = single(c.total);
  if ('total' in c && !(Number.isInteger(total) && (total as number) >= 0)) out.push('total is not a non-negative integer');
  if ((total as number) > 0 && !('first' in c)) out.push('a collection with annotations has no first page');
  const first = single(c.first);
  if (first === undefined || isAbsoluteUri(first)) return out;
  if (!isObject(first) || !hasType(first, 'AnnotationPage')) return [...out, 'first is neither a uri nor an AnnotationPage'];
  if (!isAbsoluteUri(single(first.id))) out.push('AnnotationPage id is not of format uri');
  if ('partOf' in first && !isAbsoluteUri(single(first.partOf))) out.push('partOf is not of format uri');
  if ('startIndex' in first && !(Number.isInteger(single(first.startIndex)) && (single(first.startIndex) as number) >= 0)) out.push('startIndex is not a non-negative integer');
  if (!Array.isArray(first.items)) return [...out, 'AnnotationPage has no items array'];
  first.items.forEach((item, i) => {
    if (isAbsoluteUri(item)) return;
    if (!isObject(item)) {
      out.push(`item ${i} is neither a uri nor an annotation`);
      return;
    }
    for (const p of annotationProblems(item, c['@context'])) out.push(`item ${i}: ${p}`);
  });
  return out;
}
