// Entities never begin or end with an invisible character. A right-to-left mark, zero-width space,
// joiner, isolate, BOM or soft hyphen beside a name (common in text pasted from the web) stayed
// inside the entity: «\u200Fبوتين\u200F» was exported with its marks. Every name of a real sample is
// wrapped in each such character, and the sample analysed again.
import * as assert from 'assert';
import { analyze } from '../../server/src/core/analyze';
import { isInvisibleFormat } from '../../server/src/core/entities/invisibleEdges';
import { loadEngine } from '../../server/src/engine';
import { readSample } from '../support/samples';

const INVISIBLE = ['\u200F', '\u200E', '\u200B', '\u200C', '\u200D', '\u2067', '\u2069', '\u061C', '\uFEFF', '\u00AD', '\u2060'];
const engine = loadEngine();
const text = readSample('001_e0cce0fd4d3fc110.txt');
const clean = analyze(text, engine).entities;

describe('invisible characters stay outside entity edges', () => {
  for (const mark of INVISIBLE) {
    it(`U+${mark.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} around every name`, () => {
      let wrapped = text;
      for (const e of [...clean].reverse()) wrapped = wrapped.slice(0, e.start) + mark + wrapped.slice(e.start, e.end) + mark + wrapped.slice(e.end);
      const found = analyze(wrapped, engine).entities;
      for (const e of found) {
        assert.ok(!isInvisibleFormat(wrapped.charCodeAt(e.start)) && !isInvisibleFormat(wrapped.charCodeAt(e.end - 1)), `«${JSON.stringify(e.text)}» keeps an invisible edge`);
        assert.strictEqual(e.text, wrapped.slice(e.start, e.end));
      }
      const names = new Set(found.map((e) => e.text));
      const kept = clean.filter((e) => names.has(e.text)).length;
      assert.ok(kept >= clean.length * 0.9, `${kept} of ${clean.length} names still found`);
    });
  }
});
