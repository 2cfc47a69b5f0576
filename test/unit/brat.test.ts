// brat export checked by brat's own rules (re-implemented in bratVerify.ts) on every sample: no
// issue under the exported annotation.conf, while the configuration Mizan shipped before reports
// the overlaps brat forbids; speakers that are entities are relations to them, not second boxes.
import * as assert from 'assert';
import { bratConf, bratVisualConf, toBrat } from '../../server/src/core/formats/exportBrat';
import { exportFiles } from '../../server/src/core/formats';
import { sampleNames } from './anchorSupport';
import { inputOf } from './exportSupport';
import { parseConf, verifyBrat } from './bratVerify';

/** The configuration exported before: no overlap rules, a Speaker box for every claim. */
const OLD_CONF = `[entities]
PER
LOC
ORG
MISC
Claim
Speaker
Cue

[relations]
SaidBy\tArg1:Claim, Arg2:Speaker
Cue\tArg1:Claim, Arg2:Cue

[events]

[attributes]
Stance\tArg:Claim, Value:favour|against|neutral
Status\tArg:<ENTITY>, Value:suggested|accepted
`;

describe("brat export under brat's own checks", () => {
  const conf = parseConf(bratConf());
  for (const name of sampleNames()) {
    const input = inputOf(name);
    const ann = toBrat(input);

    it(`${name}: brat reports nothing under the exported annotation.conf`, () => {
      assert.deepStrictEqual(verifyBrat(ann, input.text, conf), []);
      assert.deepStrictEqual(verifyBrat(toBrat(input, { acceptedOnly: true }), input.text, conf), []);
    });

    it(`${name}: a speaker that is an entity is a SaidBy relation to it; other speakers and cues are written once`, () => {
      const lines = ann.trimEnd().split('\n');
      const bound = new Map(
        lines
          .filter((l) => l.startsWith('T'))
          .map((l) => {
            const [id, head] = l.split('\t');
            return [id, head] as const;
          }),
      );
      const saidBy = lines.filter((l) => /^R\d+\tSaidBy /.test(l)).map((l) => /Arg2:(T\d+)/.exec(l)![1]);
      assert.strictEqual(saidBy.length, input.view.claims.filter((c) => c.speaker).length);
      const speakerHeads = [...bound.entries()].filter(([, h]) => h.startsWith('Speaker ')).map(([, h]) => h.slice('Speaker '.length));
      assert.strictEqual(new Set(speakerHeads).size, speakerHeads.length, 'no two Speaker boxes on the same words');
      const entityHeads = new Set([...bound.values()].filter((h) => /^(PER|LOC|ORG|MISC) /.test(h)).map((h) => h.split(' ').slice(1).join(' ')));
      for (const h of speakerHeads) assert.ok(!entityHeads.has(h), `a Speaker box duplicates an entity: ${h}`);
      const cueHeads = [...bound.values()].filter((h) => h.startsWith('Cue '));
      assert.strictEqual(new Set(cueHeads).size, cueHeads.length);
      assert.ok(
        saidBy.some((id) => !bound.get(id)!.startsWith('Speaker ')),
        'some claim is said by an entity',
      );
    });

    it(`${name}: the configuration exported before fails brat's checks on the same spans`, () => {
      const issues = verifyBrat(ann.replace(/IntroducedBy/g, 'Cue').replace(/^A\d+\tClaimKind [^\n]*\n/gm, ''), input.text, parseConf(OLD_CONF));
      assert.ok(
        issues.some((i) => /cannot (contain|be contained in)/.test(i)),
        issues.slice(0, 5).join('\n'),
      );
      assert.ok(issues.some((i) => /SaidBy relation Arg1:Claim Arg2:(PER|ORG|LOC|MISC) not allowed/.test(i)));
    });
  }

  it('writes visual.conf with a label and colour for every type and right-to-left layout, and stance labels in use', () => {
    const inputs = sampleNames().map(inputOf);
    inputs[0].view.claims[0].stance = 'sceptical';
    const files = exportFiles('brat', inputs);
    const annConf = files.find((f) => f.name === 'annotation.conf')!.content as string;
    assert.match(annConf, /^Stance\tArg:Claim, Value:favour\|against\|neutral\|sceptical$/m);
    assert.deepStrictEqual(verifyBrat(files.find((f) => f.name.endsWith('.ann'))!.content as string, inputs[0].text, parseConf(annConf)), []);
    const visual = files.find((f) => f.name === 'visual.conf')!.content as string;
    assert.strictEqual(visual, bratVisualConf());
    const parsed = parseConf(annConf);
    const types = [...parsed.entities, ...parsed.relations.map((r) => r.name).filter((n) => !n.startsWith('<')), ...parsed.attributes.keys()];
    for (const t of types) {
      assert.match(visual, new RegExp(`^${t} \\| [^|]+ \\| [^|]+$`, 'm'), `label for ${t}`);
    }
    for (const t of parsed.entities) assert.match(visual, new RegExp(`^${t}\\tbgColor:#[0-9a-f]{6}`, 'm'), `colour for ${t}`);
    assert.match(visual, /^Text direction:rtl$/m);
  });
});
