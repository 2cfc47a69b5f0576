// The cue lexicon as data: the shipped file is valid, a workspace's .mizan/cues.json extends it,
// and a bad file is a clear error that names the file and the field.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyze } from '../../server/src/core/analyze';
import { buildLexicon, CueLexiconError, validateCueData } from '../../server/src/core/claims/lexicon';
import { loadClaimLayer, readUserCues } from '../../server/src/engineClaims';
import { claimsOf } from './claimsSupport';

const SENTENCE = 'وهمس الوزير أن الاتفاق سيوقع قريبا في العاصمة.';

describe('cue lexicon', () => {
  const bad: { name: string; data: unknown; message: RegExp }[] = [
    { name: 'not an object', data: [], message: /must hold a JSON object/ },
    { name: 'unknown key', data: { verb: [] }, message: /key "verb" is not known/ },
    { name: 'verbs not a list', data: { verbs: {} }, message: /"verbs" must be a list/ },
    { name: 'forms missing', data: { verbs: [{ lemma: 'همس' }] }, message: /verbs\[0\]\.forms must be a list/ },
    { name: 'empty form', data: { verbs: [{ lemma: 'همس', forms: [''] }] }, message: /verbs\[0\]\.forms/ },
    { name: 'flag not boolean', data: { verbs: [{ lemma: 'همس', forms: ['همس'], nominal: 'yes' }] }, message: /verbs\[0\]\.nominal must be true or false/ },
    { name: 'sourcePreps not a list of words', data: { verbs: [{ lemma: 'ورد', forms: ['ورد'], sourcePreps: 'في' }] }, message: /verbs\[0\]\.sourcePreps must be a list/ },
    { name: 'source tokens missing', data: { sources: [{}] }, message: /sources\[0\]\.tokens/ },
  ];
  for (const b of bad)
    it(`rejects a file with ${b.name}`, () => {
      assert.throws(
        () => validateCueData(b.data, 'my-cues.json'),
        (e: Error) => e instanceof CueLexiconError && /^my-cues\.json: /.test(e.message) && b.message.test(e.message),
      );
    });

  it('a verb added as data becomes a cue in every form given, with and without و', () => {
    assert.deepStrictEqual(claimsOf(SENTENCE), []);
    const lex = buildLexicon({ verbs: [{ lemma: 'همس', forms: ['همس', 'همست'] }] });
    const found = claimsOf(SENTENCE, [], lex);
    assert.strictEqual(found.length, 1);
    assert.strictEqual(found[0].cue, 'وهمس');
    assert.strictEqual(found[0].content, 'الاتفاق سيوقع قريبا في العاصمة');
  });

  it('the engine reads the workspace .mizan/cues.json and reports a bad one by name', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mizan-cues-'));
    try {
      assert.strictEqual(analyze(SENTENCE, { claims: loadClaimLayer({ workspaceFolder: dir }) }).claims.length, 0);
      fs.mkdirSync(path.join(dir, '.mizan'));
      fs.writeFileSync(path.join(dir, '.mizan', 'cues.json'), JSON.stringify({ verbs: [{ lemma: 'همس', forms: ['همس'] }] }));
      assert.strictEqual(analyze(SENTENCE, { claims: loadClaimLayer({ workspaceFolder: dir }) }).claims.length, 1);
      fs.writeFileSync(path.join(dir, '.mizan', 'cues.json'), '{ "verbs": [ ');
      assert.throws(() => readUserCues(dir), /cues\.json: not valid JSON/);
      fs.writeFileSync(path.join(dir, '.mizan', 'cues.json'), JSON.stringify({ verbs: [{ lemma: 'همس', forms: 'همس' }] }));
      assert.throws(() => readUserCues(dir), /cues\.json: verbs\[0\]\.forms must be a list/);
      // The engine says what is wrong and goes on with the shipped cues.
      const written: string[] = [];
      const write = process.stderr.write;
      process.stderr.write = ((s: string) => {
        written.push(s);
        return true;
      }) as typeof process.stderr.write;
      let layer;
      try {
        layer = loadClaimLayer({ workspaceFolder: dir });
      } finally {
        process.stderr.write = write;
      }
      assert.match(written.join(''), /cues\.json: verbs\[0\]\.forms must be a list.*ignored until it is fixed/);
      assert.strictEqual(analyze('وقال الوزير إن الاتفاق سيوقع قريبا.', { claims: layer }).claims.length, 1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('extra cues can be passed in the engine options', () => {
    const layer = loadClaimLayer({ cues: { verbs: [{ lemma: 'همس', forms: ['همس'] }] } });
    assert.strictEqual(analyze(SENTENCE, { claims: layer }).claims.length, 1);
  });
});
