// W3C Web Annotation (JSON-LD): an AnnotationCollection per article whose annotations target the
// article with a TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector. Positions
// count Unicode code points, as the Web Annotation model says, converted from UTF-16 here.
import type { Annotation } from '../annotate/model';
import { quoteOf } from '../annotate/quote';
import { codePointOffsets } from './codePoints';
import { exported, recordOf, type ExportInput, type ExportOptions } from './exportInput';

const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

function bodies(a: Annotation): Record<string, string>[] {
  if (a.kind === 'entity') return [{ type: 'TextualBody', purpose: 'classifying', value: a.type }];
  const out = [{ type: 'TextualBody', purpose: 'classifying', value: 'claim' }];
  if (a.stance) out.push({ type: 'TextualBody', purpose: 'assessing', value: a.stance });
  if (a.target) out.push({ type: 'TextualBody', purpose: 'describing', value: `target: ${a.target}` });
  return out;
}

export function toW3c(input: ExportInput, options: ExportOptions = {}): Record<string, unknown> {
  const cp = codePointOffsets(input.text);
  const base = `urn:mizan:${encodeURIComponent(input.file)}`;
  const items = exported(input, options, false).map((a) => {
    const history = recordOf(input, a.id)?.history ?? [];
    return {
      id: `${base}#${encodeURIComponent(a.id)}`,
      type: 'Annotation',
      motivation: a.kind === 'claim' && a.stance ? 'assessing' : 'classifying',
      ...(history.length ? { creator: history[0].author, created: history[0].time, modified: history[history.length - 1].time } : {}),
      body: bodies(a),
      target: {
        source: input.file,
        selector: [
          { type: 'TextQuoteSelector', ...quoteOf(input.text, a) },
          { type: 'TextPositionSelector', start: cp(a.start), end: cp(a.end) },
        ],
      },
    };
  });
  return { '@context': CONTEXT, id: base, type: 'AnnotationCollection', label: input.file, total: items.length, first: { type: 'AnnotationPage', items } };
}
