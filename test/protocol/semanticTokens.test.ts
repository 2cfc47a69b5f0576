import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CancellationTokenSource, type SemanticTokens, type SemanticTokensDelta } from 'vscode-languageserver-protocol/node';
import { normalizeKey } from '../../server/src/core/text/normalize';
import { TestClient, applyTokenEdits, copySamples, decodeTokens, positionAt, type DecodedToken } from './harness';

// A word of a sample, and the token type every token on that word must have.
const WORDS: [string, string, string][] = [
  ['000_a8b16601d227bd12.txt', 'بوتين', 'entityPerson'],
  ['000_a8b16601d227bd12.txt', 'طهران', 'entityLocation'],
  ['000_a8b16601d227bd12.txt', 'موسكو', 'entityLocation'],
  ['001_e0cce0fd4d3fc110.txt', 'بوتين', 'entityPerson'],
  ['001_e0cce0fd4d3fc110.txt', 'طهران', 'entityLocation'],
  ['001_e0cce0fd4d3fc110.txt', 'روسيا', 'entityLocation'],
  ['003_ccfab68bc49ab93d.txt', 'روحاني', 'entityPerson'],
  ['004_82b0062d205d1957.txt', 'إيران', 'entityLocation'],
];

describe('semantic tokens (protocol)', function () {
  this.timeout(60000);
  let client: TestClient;
  let dir: string;
  const tokensOf = async (uri: string): Promise<{ raw: SemanticTokens; tokens: DecodedToken[] }> => {
    const raw = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    return { raw, tokens: decodeTokens(raw.data, client.legend, client.text(uri)) };
  };

  before(async () => {
    dir = copySamples();
    client = await TestClient.start({ workspaceFolder: dir });
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('declares a legend with a type per entity type, the claim cue and speaker, and the status modifiers', () => {
    assert.deepStrictEqual(client.legend.tokenTypes, ['entityPerson', 'entityLocation', 'entityOrganization', 'entityMisc', 'claimCue', 'claimSpeaker']);
    assert.deepStrictEqual(client.legend.tokenModifiers, ['suggested', 'accepted', 'speaker']);
  });

  for (const [file, word, type] of WORDS) {
    it(`${file}: «${word}» is coloured as ${type}`, async () => {
      const uri = await client.open(path.join(dir, file));
      const { tokens } = await tokensOf(uri);
      const on = tokens.filter((t) => normalizeKey(t.text) === normalizeKey(word));
      assert.ok(on.length > 0, `no token on «${word}»`);
      for (const t of on) assert.strictEqual(t.type, type, `«${t.text}» at ${t.line}:${t.character}`);
      assert.ok(
        on.every((t) => t.modifiers.includes('suggested')),
        'machine suggestions carry the suggested modifier',
      );
    });
  }

  it('marks claim cues on reporting words', async () => {
    const uri = await client.open(path.join(dir, '001_e0cce0fd4d3fc110.txt'));
    const { tokens } = await tokensOf(uri);
    const cues = tokens.filter((t) => t.type === 'claimCue').map((t) => t.text);
    assert.ok(cues.length > 0, 'no cue tokens');
    assert.ok(
      cues.some((c) => /قال|أكد|اكد|أضاف|اضاف|أعلن|اعلن|ذكر|أشار|اشار|وفق/.test(c)),
      cues.join(', '),
    );
  });

  it('every token lies on one line (a name across a line break is split), and none overlap', async () => {
    const file = '002_04d32df0aca38847.txt';
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    const uri = await client.open(path.join(dir, file));
    const { tokens } = await tokensOf(uri);
    assert.ok(tokens.length > 20);
    for (const t of tokens) assert.ok(!/[\r\n]/.test(t.text) && t.text.length === t.length, `token «${t.text}» crosses a line`);
    for (let i = 1; i < tokens.length; i++) {
      const a = tokens[i - 1];
      const b = tokens[i];
      assert.ok(b.line > a.line || b.character >= a.character + a.length, `overlap at ${b.line}:${b.character}`);
    }
    // فلاديمير\nبوتين: one name on two lines, so two tokens of the same type.
    const at = text.indexOf('فلاديمير\nبوتين');
    assert.ok(at >= 0);
    const first = positionAt(text, at);
    const pieces = tokens.filter((t) => (t.line === first.line && t.character === first.character) || (t.line === first.line + 1 && t.character === 0));
    assert.deepStrictEqual(
      pieces.map((t) => [t.text, t.type]),
      [
        ['فلاديمير', 'entityPerson'],
        ['بوتين', 'entityPerson'],
      ],
    );
  });

  it('a range request colours the visible lines, the same way the full request does', async () => {
    const uri = await client.open(path.join(dir, '004_82b0062d205d1957.txt'));
    const range = await client.request<SemanticTokens>('textDocument/semanticTokens/range', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 4, character: 0 } } });
    const { tokens } = await tokensOf(uri);
    const partial = decodeTokens(range.data, client.legend, client.text(uri));
    assert.ok(partial.length > 0);
    assert.deepStrictEqual(
      partial,
      tokens.filter((t) => t.line < 4),
    );
  });

  it('deltas stay consistent with full results through a series of edits, and match a fresh analysis of the final text', async () => {
    const file = '003_ccfab68bc49ab93d.txt';
    const uri = await client.open(path.join(dir, file));
    const { raw } = await tokensOf(uri);
    let data = raw.data;
    let id = raw.resultId!;
    const text0 = client.text(uri);
    const edits: [number, number, string][] = [
      [text0.indexOf('روحاني'), text0.indexOf('روحاني'), 'الرئيس '], // insert before a name
      [10, 10, 'ب'], // a keystroke inside a word
      [text0.indexOf('\n') + 1, text0.indexOf('\n') + 1, 'وقال بوتين إن طهران شريك.\n'], // a new paragraph
      [200, 260, ''], // delete across words
      [0, 0, '\n\n'], // blank lines at the top
    ];
    for (const [s, e, insert] of edits) {
      const text = client.text(uri);
      await client.edit(uri, Math.min(s, text.length), Math.min(e, text.length), insert);
      const delta = await client.request<SemanticTokens | SemanticTokensDelta>('textDocument/semanticTokens/full/delta', { textDocument: { uri }, previousResultId: id });
      data = 'edits' in delta ? applyTokenEdits(data, delta.edits) : delta.data;
      id = delta.resultId!;
      const full = await tokensOf(uri);
      assert.deepStrictEqual(data, full.raw.data, 'delta applied to the previous result differs from the full result');
      id = full.raw.resultId!;
      data = full.raw.data;
    }
    const fresh = await client.open('untitled:fresh-copy', client.text(uri));
    const again = await tokensOf(fresh);
    assert.deepStrictEqual(decodeTokens(data, client.legend, client.text(uri)), again.tokens, 'incremental analysis differs from analysing the edited text afresh');
  });

  it('deltas taken one after another (each from the previous delta) add up to the full result, in a long article', async () => {
    const base = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
      .join('\n');
    const uri = await client.open('untitled:chained-deltas', base);
    let {
      raw: { data, resultId: id },
    } = await tokensOf(uri);
    // Keystrokes through the article, new lines, a joined paragraph and lines added at the top.
    for (let k = 0; k < 16; k++) {
      const text = client.text(uri);
      const at = Math.floor((((k * 7919) % 997) / 997) * text.length);
      const [s, e, insert] = k % 4 === 3 ? [at, at, '\nوقال بوتين إن طهران شريك.\n'] : k % 5 === 4 ? [text.indexOf('\n', at), text.indexOf('\n', at) + 1, ' '] : k === 7 ? [0, 0, 'عاجل\n\n'] : [at, at, 'ب'];
      await client.edit(uri, s, e, insert);
      const delta = await client.request<SemanticTokens | SemanticTokensDelta>('textDocument/semanticTokens/full/delta', { textDocument: { uri }, previousResultId: id });
      assert.ok('edits' in delta, 'answered with a delta');
      data = applyTokenEdits(data, delta.edits);
      id = delta.resultId;
    }
    assert.deepStrictEqual(data, (await tokensOf(uri)).raw.data);
  });

  it('a cancelled request is answered as cancelled, and the server goes on answering', async () => {
    const base = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
      .join('\n\n');
    const uri = await client.open('untitled:long-article', Array.from({ length: 12 }, () => base).join('\n\n'));
    const source = new CancellationTokenSource();
    const pending = client.request('textDocument/semanticTokens/full', { textDocument: { uri } }, source.token);
    source.cancel();
    await assert.rejects(pending, (err: { code?: number }) => err.code === -32800);
    const { tokens } = await tokensOf(uri);
    assert.ok(tokens.some((t) => t.text === 'بوتين' && t.type === 'entityPerson'));
  });
});
