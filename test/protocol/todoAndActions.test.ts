import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { CodeAction, InlayHint, PublishDiagnosticsParams, SemanticTokens } from 'vscode-languageserver-protocol/node';
import { DecorationsNotification, ServerCommands, type CommandResult, type DecorationsParams } from '../../server/src/protocol';
import { TestClient, copySamples, decodeTokens, positionOf } from './harness';

const FILE = '001_e0cce0fd4d3fc110.txt';
const WHOLE = { start: { line: 0, character: 0 }, end: { line: 10000, character: 0 } };

describe('diagnostics, inlay hints, code actions, decorations, user knowledge base (protocol)', function () {
  this.timeout(60000);
  let client: TestClient;
  let dir: string;
  let uri: string;
  const diagnosticsFor = (u: string) => client.nextNotification<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === u);
  // Waits for the reload to finish: a test that sends the next change before it could otherwise
  // read this reload's diagnostics as its own and ask for actions under the old settings.
  const stanceTitles = async (position: { line: number; character: number }) => (await actionsAt(position)).filter((a) => a.command?.command === ServerCommands.tagStance).map((a) => a.title);
  // A settings change is applied once the server's workspace/configuration round trip ends, and no
  // notification says so; ask again (each ask is a round trip) until the titles are the expected
  // ones or 10 s have passed, then compare what was last offered.
  const stanceTitlesOnceSettled = async (position: { line: number; character: number }, expected: string[]) => {
    const deadline = Date.now() + 10000;
    let titles = await stanceTitles(position);
    while (JSON.stringify(titles) !== JSON.stringify(expected) && Date.now() < deadline) titles = await stanceTitles(position);
    return titles;
  };
  const resetSettings = async () => {
    client.configuration = null;
    const diags = diagnosticsFor(uri);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await diags;
  };
  const decorations = () => client.nextNotification<DecorationsParams>(DecorationsNotification, (p) => p.uri === uri);
  const run = (command: string, args: unknown) => client.request<CommandResult>('workspace/executeCommand', { command, arguments: [args] });
  const actionsAt = (position: { line: number; character: number }) => client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } });

  before(async () => {
    dir = copySamples();
    client = await TestClient.start({ workspaceFolder: dir, initializationOptions: { trusted: true, author: 'tester' } });
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('by default sends the marks to draw (claims, entities by type, cues, speakers) and no diagnostic per claim', async () => {
    const diags = diagnosticsFor(pathToFileURL(path.join(dir, FILE)).toString());
    const decos = client.nextNotification<DecorationsParams>(DecorationsNotification);
    uri = await client.open(path.join(dir, FILE));
    const [d, deco] = await Promise.all([diags, decos]);
    assert.strictEqual(deco.uri, uri);
    assert.strictEqual(d.diagnostics.filter((x) => x.code === 'untagged-claim').length, 0, 'untagged claims are not Problems unless asked for');
    const text = client.text(uri);
    const slice = (r: { start: { line: number; character: number }; end: { line: number; character: number } }) => {
      const lines = text.split('\n');
      const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
      return text.slice(offset(r.start), offset(r.end));
    };
    assert.ok(
      deco.entities.some((e) => slice(e.range) === 'بوتين' && e.type === 'PER' && e.status === 'suggested'),
      'بوتين is a suggested person',
    );
    assert.ok(new Set(deco.entities.map((e) => e.type)).size >= 3, `types marked: ${[...new Set(deco.entities.map((e) => e.type))]}`);
    assert.ok(deco.cues.length > 0 && deco.cues.every((c) => /^[\u0600-\u06FF][\u0600-\u06FF ]*$/.test(slice(c.range))), `cues: ${deco.cues.map((c) => slice(c.range)).join(' | ')}`);
    assert.ok(deco.speakers.length > 0 && deco.speakers.every((c) => slice(c.range).trim().length > 0));
    const claims = deco.claims.filter((c) => c.status !== 'rejected');
    assert.ok(claims.length > 0 && claims.every((c) => !c.stance));
  });

  it('with mizan.diagnostics.untaggedClaims on, lists every claim without a stance as an Information diagnostic', async () => {
    client.configuration = { diagnostics: { untaggedClaims: true } };
    const decos = decorations();
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const claims = (await decos).claims.filter((c) => c.status !== 'rejected');
    const d = await client.notification<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && p.diagnostics.some((x) => x.code === 'untagged-claim'));
    const untagged = d.diagnostics.filter((x) => x.code === 'untagged-claim');
    assert.strictEqual(untagged.length, claims.length);
    assert.ok(untagged.every((x) => x.severity === 3 && x.source === 'mizan'));
    assert.deepStrictEqual(
      untagged.map((x) => x.range),
      claims.map((c) => c.range),
    );
  });

  it('a claim offers one code action per stance, carrying the tag command; running it tags the claim (hint, decoration, one fewer diagnostic)', async () => {
    const before = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: WHOLE });
    assert.strictEqual(before.length, 0, 'no hints before any claim is tagged');
    const d0 = (await client.notification<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && p.diagnostics.some((x) => x.code === 'untagged-claim'))).diagnostics.length;
    const first = (await client.notification<DecorationsParams>(DecorationsNotification, (p) => p.uri === uri)).claims[0];
    const actions = await actionsAt(first.range.start);
    const tags = actions.filter((a) => a.command?.command === ServerCommands.tagStance);
    assert.deepStrictEqual(
      tags.map((a) => (a.command!.arguments![0] as { stance: string }).stance),
      ['favour', 'against', 'neutral'],
    );
    const args = tags[0].command!.arguments![0] as { uri: string; range: unknown };
    assert.strictEqual(args.uri, uri);
    assert.deepStrictEqual(args.range, first.range);
    const diags = diagnosticsFor(uri);
    const decos = decorations();
    const result = await run(tags[0].command!.command, args);
    assert.strictEqual(result.ok, true, result.message);
    const [d, deco] = await Promise.all([diags, decos]);
    assert.strictEqual(d.diagnostics.length, d0 - 1);
    assert.strictEqual(deco.claims.find((c) => JSON.stringify(c.range) === JSON.stringify(first.range))?.stance, 'favour');
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: WHOLE });
    assert.strictEqual(hints.length, 1);
    assert.match(String(hints[0].label), /Favour/);
    assert.deepStrictEqual(hints[0].position, first.range.end);
  });

  it('a suggested entity offers accept, reject and relabel; accepting it changes its token modifier', async () => {
    const at = positionOf(client.text(uri), 'بوتين');
    const actions = await actionsAt(at);
    const status = actions.filter((a) => a.command?.command === ServerCommands.setEntityStatus).map((a) => (a.command!.arguments![0] as { status: string }).status);
    assert.deepStrictEqual(status, ['accepted', 'rejected']);
    const relabel = actions.filter((a) => a.command?.command === ServerCommands.relabelEntity).map((a) => (a.command!.arguments![0] as { type: string }).type);
    assert.deepStrictEqual(relabel, ['LOC', 'ORG', 'MISC']);
    const accept = actions.find((a) => a.command?.command === ServerCommands.setEntityStatus)!;
    const result = await run(accept.command!.command, accept.command!.arguments![0]);
    assert.strictEqual(result.ok, true, result.message);
    const { data } = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    const token = decodeTokens(data, client.legend, client.text(uri)).find((t) => t.line === at.line && t.character === at.character);
    assert.ok(token, 'no token on the accepted entity');
    assert.deepStrictEqual([token.type, token.modifiers.includes('accepted')], ['entityPerson', true]);
    const mark = (await client.notification<DecorationsParams>(DecorationsNotification, (p) => p.uri === uri && p.entities.some((e) => e.status === 'accepted'))).entities.find(
      (e) => e.range.start.line === at.line && e.range.start.character === at.character,
    );
    assert.deepStrictEqual([mark?.type, mark?.status], ['PER', 'accepted'], 'the mark the editor draws turns accepted too');
    const again = await actionsAt(at);
    assert.ok(!again.some((a) => a.command?.command === ServerCommands.setEntityStatus), 'an accepted entity is not offered accept/reject again');
  });

  it('tokens of an article with decisions (whole annotated view) match those of the same text without (paragraph cache), but for status', async () => {
    const plain = await client.open('untitled:no-decisions', client.text(uri));
    const shape = async (u: string) => {
      const { data } = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: u } });
      return decodeTokens(data, client.legend, client.text(u)).map((t) => `${t.line}:${t.character}:${t.length}:${t.type}`);
    };
    const [withDecisions, without] = [await shape(uri), await shape(plain)];
    assert.ok(without.length > 20);
    assert.deepStrictEqual(withDecisions, without);
    await client.close(plain);
  });

  it('settings turn the claim diagnostics and the stance hints off, and set the stance labels offered', async () => {
    client.configuration = {
      diagnostics: { untaggedClaims: false },
      inlayHints: { stance: false },
      stance: {
        labels: [
          { id: 'support', en: 'Support' },
          { id: 'oppose', en: 'Oppose', ar: 'رفض' },
        ],
      },
    };
    const diags = diagnosticsFor(uri);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const d = await diags;
    assert.strictEqual(d.diagnostics.filter((x) => x.code === 'untagged-claim').length, 0);
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: WHOLE });
    assert.strictEqual(hints.length, 0);
    const claim = (await client.notification<DecorationsParams>(DecorationsNotification, (p) => p.uri === uri)).claims[1];
    const expected = ['Tag claim stance: Support', 'Tag claim stance: Oppose (رفض)'];
    assert.deepStrictEqual(await stanceTitlesOnceSettled(claim.range.start, expected), expected, 'the configured stance labels are offered');
    await resetSettings();
  });

  it('stance labels given as bare ids, one of them bad, are offered as the client offers them: the good ones, by id', async () => {
    client.configuration = { stance: { labels: ['pro', { en: 'no id' }, 'con'] } };
    const diags = diagnosticsFor(uri);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await diags;
    const claim = (await client.notification(DecorationsNotification, (p) => p.uri === uri)).claims[1];
    const expected = ['Tag claim stance: pro', 'Tag claim stance: con'];
    assert.deepStrictEqual(await stanceTitlesOnceSettled(claim.range.start, expected), expected);
    const asked = client.received.filter((r) => r.method === 'workspace/configuration').flatMap((r) => (r.params as { items: { scopeUri?: string; section?: string }[] }).items);
    assert.ok(
      asked.some((i) => i.scopeUri === uri && i.section === 'mizan'),
      'the settings are read with the document as scope',
    );
    await resetSettings();
  });

  it('.mizan/entities.json: its entries show in hovers, its problems are reported on the file', async () => {
    const file = path.join(dir, '.mizan', 'entities.json');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(
      file,
      JSON.stringify(
        {
          entries: [
            { type: 'PER', names: ['دميتري بيسكوف', 'بيسكوف'], en: 'Dmitry S. Peskov', description: 'Press secretary of the Russian president (our own note)' },
            { type: 'PERSON', names: [] },
          ],
        },
        null,
        2,
      ),
    );
    const diags = diagnosticsFor(pathToFileURL(file).toString());
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(file).toString(), type: 1 }] });
    const d = await diags;
    assert.strictEqual(d.diagnostics.length, 1);
    assert.match(d.diagnostics[0].message as string, /entry 2: "type" must be one of PER, LOC, ORG, MISC .*"names" must be a non-empty list/);
    assert.ok(d.diagnostics[0].range.start.line > 2, 'the problem points at the entry');
    const told = await client.notification<{ message: string }>('window/showMessageRequest');
    assert.match(told.message, /entities\.json has 1 problem/);
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: positionOf(client.text(uri), 'بيسكوف') });
    assert.ok(hover.contents.value.includes('Press secretary of the Russian president (our own note)'), hover.contents.value);
  });
});
