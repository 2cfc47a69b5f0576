import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';
import type { DocumentHighlight, DocumentSymbol, Hover, Location, SymbolInformation } from 'vscode-languageserver-protocol/node';
import { normalizeKey } from '../../server/src/core/text/normalize';
import { IndexIdleRequest, type IndexIdleResult } from '../../server/src/protocol';
import { TestClient, copySamples, decodeTokens, offsetAt, positionOf } from './harness';

// A word of a sample (its n-th occurrence) and what the hover card must say about it.
const HOVERS: [string, string, number, (string | RegExp)[]][] = [
  ['001_e0cce0fd4d3fc110.txt', 'بوتين', 0, ['Person (PER)', 'English: Vladimir Putin', 'President of Russia', 'فلاديمير بوتين', /Mentions: \d+ in this article; [1-9]\d* in [1-9]\d* other articles/]],
  ['000_a8b16601d227bd12.txt', 'طهران', 0, ['Place (LOC)', 'English: Tehran', 'Capital of Iran']],
  ['000_a8b16601d227bd12.txt', 'إيران', 0, ['Place (LOC)', 'English: Iran', 'capital Tehran']],
  ['001_e0cce0fd4d3fc110.txt', 'بيسكوف', 0, ['Person (PER)', 'Dmitry Peskov', 'Kremlin spokesman', /Claims made \(\d+\)/]],
];

describe('hover, highlight, references, symbols (protocol)', function () {
  this.timeout(60000);
  let client: TestClient;
  let dir: string;
  const open = (file: string) => client.open(path.join(dir, file));
  const textAt = (loc: Location) => {
    const text = fs.readFileSync(fileURLToPath(loc.uri), 'utf8');
    return text.slice(offsetAt(text, loc.range.start), offsetAt(text, loc.range.end));
  };

  before(async () => {
    dir = copySamples();
    client = await TestClient.start({ workspaceFolder: dir });
    const idle = await client.request<IndexIdleResult>(IndexIdleRequest, {});
    assert.strictEqual(idle.files, 5, 'the five samples are indexed');
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  for (const [file, word, nth, facts] of HOVERS) {
    it(`hover on «${word}» in ${file} tells ${facts.length} facts`, async () => {
      const uri = await open(file);
      const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(client.text(uri), word, nth) });
      assert.ok(hover, 'no hover');
      const value = (hover.contents as { value: string }).value;
      for (const f of facts) {
        if (typeof f === 'string') assert.ok(value.includes(f), `missing «${f}» in:\n${value}`);
        else assert.match(value, f);
      }
    });
  }

  it('hover on a claim cue tells the speaker, the cue and the stance', async () => {
    const uri = await open('001_e0cce0fd4d3fc110.txt');
    const { data } = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
    const cue = decodeTokens(data, client.legend, client.text(uri)).find((t) => t.type === 'claimCue');
    assert.ok(cue, 'no claim cue in the sample');
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: cue.line, character: cue.character } });
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /\*\*Claim\*\*/);
    assert.ok(value.includes(`Cue: ${cue.text}`), value);
    assert.match(value, /Speaker: /);
    assert.match(value, /Stance: not tagged/);
  });

  it('document highlight marks every mention of the entity under the cursor, and only those', async () => {
    const uri = await open('000_a8b16601d227bd12.txt');
    const text = client.text(uri);
    const highlights = await client.request<DocumentHighlight[]>('textDocument/documentHighlight', { textDocument: { uri }, position: positionOf(text, 'بوتين') });
    const texts = highlights.map((h) => text.slice(offsetAt(text, h.range.start), offsetAt(text, h.range.end)));
    assert.ok(texts.length >= 3, texts.join(', '));
    for (const t of texts) assert.match(normalizeKey(t), /بوتين/);
  });

  it('references find the mentions in this article and in the other articles of the folder', async () => {
    const uri = await open('000_a8b16601d227bd12.txt');
    const refs = await client.request<Location[]>('textDocument/references', { textDocument: { uri }, position: positionOf(client.text(uri), 'طهران'), context: { includeDeclaration: true } });
    const files = new Set(refs.map((r) => path.basename(fileURLToPath(r.uri))));
    assert.ok(files.has('000_a8b16601d227bd12.txt'));
    assert.ok(files.size >= 3, [...files].join(', '));
    for (const r of refs) assert.match(normalizeKey(textAt(r)), /طهران/, `${r.uri} ${JSON.stringify(r.range)}`);
  });

  it('references follow a file that changes on disk (workspace/didChangeWatchedFiles)', async () => {
    const uri = await open('000_a8b16601d227bd12.txt');
    const file = path.join(dir, 'new_article.txt');
    fs.writeFileSync(file, 'قال الرئيس الروسي فلاديمير بوتين في طهران إن التعاون مع إيران مستمر.\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: `file://${file}`, type: 1 }] });
    await client.request(IndexIdleRequest, {});
    const refs = await client.request<Location[]>('textDocument/references', { textDocument: { uri }, position: positionOf(client.text(uri), 'طهران'), context: { includeDeclaration: true } });
    assert.ok(
      refs.some((r) => r.uri.endsWith('new_article.txt')),
      'the new file is not among the references',
    );
    fs.rmSync(file);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: `file://${file}`, type: 3 }] });
    const after = await client.request<Location[]>('textDocument/references', { textDocument: { uri }, position: positionOf(client.text(uri), 'طهران'), context: { includeDeclaration: true } });
    assert.ok(!after.some((r) => r.uri.endsWith('new_article.txt')), 'a deleted file is still referenced');
  });

  it('workspace symbols find an entity in every article that names it', async () => {
    const symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'بوتين' });
    const files = new Set(symbols.map((s) => path.basename(fileURLToPath(s.location.uri))));
    assert.ok(files.size >= 3, [...files].join(', '));
    for (const s of symbols) assert.match(normalizeKey(s.name), /بوتين/);
  });

  it('document symbols: claims grouped by speaker, entities grouped by type', async () => {
    const uri = await open('001_e0cce0fd4d3fc110.txt');
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const names = symbols.map((s) => s.name);
    assert.ok(names.includes('Claims') && names.includes('People') && names.includes('Places'), names.join(', '));
    const people = symbols.find((s) => s.name === 'People')!.children!.map((c) => c.name);
    assert.ok(
      people.some((p) => /بوتين/.test(p)),
      people.join(', '),
    );
    const speakers = symbols.find((s) => s.name === 'Claims')!.children!;
    assert.ok(speakers.length > 0 && speakers.every((sp) => (sp.children ?? []).length > 0));
  });
});
