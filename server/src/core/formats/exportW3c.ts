// W3C Web Annotation (JSON-LD): an AnnotationCollection per article whose annotations target the
// article with a TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector. Positions
// count Unicode code points, as the Web Annotation model says, converted from UTF-16 here.
//
// The model's context makes `id`, `source` and `creator` IRIs, so each is absolute: the article is
// named by its file: URI (the one IRI that any tool can open to the very text the positions count
// in), and the collection, its page and each annotation by fragments of it. Creators are Person
// or Software objects (blank nodes), never a bare name that JSON-LD would read as a relative IRI.
// What the model has no property for travels as bodies with purposes (see W3C_BODIES).
import type { Annotation } from '../annotate/model';
import { quoteOf } from '../annotate/quote';
import type { Span } from '../types';
import { codePointOffsets, type ToCodePoints } from './codePoints';
import { exported, recordOf, type ExportInput, type ExportOptions } from './exportInput';

export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** How each of Mizan's fields is carried, by body purpose (the README's table says the same). */
export const W3C_BODIES = {
  type: 'classifying: PER, LOC, ORG, MISC, or claim',
  claimKind: 'classifying: direct or indirect (claims only)',
  status: 'moderating: suggested or accepted',
  stance: 'assessing: the stance label id',
  target: 'describing: "target: " and the stance target',
  speaker: 'identifying: a SpecificResource selecting the speaker span',
  cue: 'linking: a SpecificResource selecting the cue span',
} as const;

const MIZAN = { type: 'Software', name: 'Mizan' } as const;

type Json = Record<string, unknown>;

function selectors(input: ExportInput, cp: ToCodePoints, span: Span): Json[] {
  return [
    { type: 'TextQuoteSelector', ...quoteOf(input.text, span) },
    { type: 'TextPositionSelector', start: cp(span.start), end: cp(span.end) },
  ];
}

function textual(purpose: string, value: string): Json {
  return { type: 'TextualBody', purpose, value, format: 'text/plain' };
}

function bodies(input: ExportInput, cp: ToCodePoints, a: Annotation): Json[] {
  const out = [textual('classifying', a.kind === 'entity' ? a.type : 'claim')];
  if (a.kind === 'claim') out.push(textual('classifying', a.claimKind));
  out.push(textual('moderating', a.status));
  if (a.kind !== 'claim') return out;
  if (a.stance) out.push(textual('assessing', a.stance));
  if (a.target) out.push(textual('describing', `target: ${a.target}`));
  const part = (purpose: string, span: Span) => ({ type: 'SpecificResource', purpose, source: input.uri, selector: selectors(input, cp, span) });
  if (a.speaker) out.push(part('identifying', a.speaker));
  if (a.cue) out.push(part('linking', a.cue));
  return out;
}

export function annotationIri(input: ExportInput, id: string): string {
  return `${input.uri}#annotation-${encodeURIComponent(id)}`;
}

export function toW3c(input: ExportInput, options: ExportOptions = {}): Json {
  const cp = codePointOffsets(input.text);
  const base = `${input.uri}#annotations`;
  const items = exported(input, options, false).map((a) => {
    const history = recordOf(input, a.id)?.history ?? [];
    const creator = history.length ? { type: 'Person', nickname: history[0].author } : MIZAN;
    return {
      '@context': W3C_CONTEXT,
      id: annotationIri(input, a.id),
      type: 'Annotation',
      motivation: a.kind === 'claim' && a.stance ? 'assessing' : 'classifying',
      creator,
      ...(history.length ? { created: history[0].time, modified: history[history.length - 1].time } : {}),
      generator: MIZAN,
      body: bodies(input, cp, a),
      target: { type: 'SpecificResource', source: input.uri, selector: selectors(input, cp, a) },
    };
  });
  return {
    '@context': W3C_CONTEXT,
    id: base,
    type: 'AnnotationCollection',
    label: input.file,
    total: items.length,
    first: { id: `${base}-page1`, type: 'AnnotationPage', partOf: base, startIndex: 0, items },
  };
}
