import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { CodeAction, DocumentSymbol, Hover, PublishDiagnosticsParams, SymbolInformation } from 'vscode-languageserver-protocol/node';
import { ENTITY_TYPE_TABLE } from '../../server/src/core/entityTypes';
import { MESSAGES, type MessageId } from '../../server/src/messages';
import { DecorationsNotification, ServerCommands, type CommandResult, type DecorationsParams } from '../../server/src/protocol';
import { TestClient, copySamples, positionOf } from './harness';

const FILE = '001_e0cce0fd4d3fc110.txt';
const ARABIC_LETTER = /[\u0621-\u064A]/;
const LATIN_LETTER = /[A-Za-z]/;

/** What the server wrote, without what it quotes from the article or names in the other language in brackets. */
const ownWords = (s: string) => s.replace(/«[^»]*»/g, '').replace(/\([^)]*\)/g, '');

/** The fixed words of a catalogue row in one language (its text between the placeholders). */
const fixedParts = (id: MessageId, lang: 'en' | 'ar') =>
  MESSAGES[id][lang]
    .split(/\{\d+\}/)
    .map((p) => p.trim())
    .filter((p) => LATIN_LETTER.test(p) || ARABIC_LETTER.test(p));

for (const [locale, lang, other] of [
  ['ar', 'ar', 'en'],
  ['en-US', 'en', 'ar'],
] as const) {
  describe(`what the server writes, with the display language ${locale} (protocol)`, function () {
    this.timeout(60000);
    let client: TestClient;
    let dir: string;
    let uri: string;
    let claimStart: { line: number; character: number };
    const inDisplayLanguage = (s: string, what: string) => {
      const own = ownWords(s);
      const [mine, theirs] = lang === 'ar' ? [ARABIC_LETTER, LATIN_LETTER] : [LATIN_LETTER, ARABIC_LETTER];
      assert.ok(mine.test(own) && !theirs.test(own), `${what} is not in ${lang}: ${s}`);
    };
    const run = (command: string, args: unknown) => client.request<CommandResult>('workspace/executeCommand', { command, arguments: [args] });

    before(async () => {
      dir = copySamples();
      client = await TestClient.start({ workspaceFolder: dir, locale, initializationOptions: { trusted: true, author: 'tester' } });
      client.configuration = { diagnostics: { untaggedClaims: true } };
      const decorations = client.nextNotification<DecorationsParams>(DecorationsNotification);
      uri = await client.open(path.join(dir, FILE));
      // A claim's first character that is not an entity's (a hover there shows the entity).
      const deco = await decorations;
      const inEntity = (p: { line: number; character: number }) =>
        deco.entities.some(
          (e) => (e.range.start.line < p.line || (e.range.start.line === p.line && e.range.start.character <= p.character)) && (p.line < e.range.end.line || (p.line === e.range.end.line && p.character < e.range.end.character)),
        );
      const claim = deco.claims.find((c) => c.status !== 'rejected' && !inEntity(c.range.start));
      assert.ok(claim, 'the sample has a claim that starts outside an entity');
      claimStart = claim.range.start;
    });
    after(async () => {
      await client.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('the hover card on بوتين', async () => {
      const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(client.text(uri), 'بوتين') });
      assert.ok(hover, 'no hover');
      const value = (hover.contents as { value: string }).value;
      const person = ENTITY_TYPE_TABLE.find((row) => row.id === 'PER')!;
      assert.ok(value.includes(lang === 'ar' ? person.ar : person.name), `the type is named in ${lang}:\n${value}`);
      for (const part of [...fixedParts('hover.suggested', lang), ...fixedParts('hover.english', lang)]) assert.ok(value.includes(part), `missing «${part}» in:\n${value}`);
      const mentions = (['hover.mentions', 'hover.mentionsOne'] as const).filter((id) => fixedParts(id, lang).every((p) => value.includes(p)));
      assert.ok(mentions.length > 0, `no mention counts in ${lang}:\n${value}`);
      const foreign = (Object.keys(MESSAGES) as MessageId[])
        .filter((id) => id.startsWith('hover.'))
        .flatMap((id) => fixedParts(id, other))
        // Short parts ("in") occur inside the knowledge base's own English (Vladimir …).
        .filter((p) => p.length > 3 && value.includes(p));
      assert.deepStrictEqual(foreign, [], `words of the other language in:\n${value}`);
    });

    it('workspace symbols name the type of each entity in words', async () => {
      const symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'بوتين' });
      assert.ok(symbols.length > 0, 'no symbols');
      const person = ENTITY_TYPE_TABLE.find((row) => row.id === 'PER')!;
      for (const sym of symbols) assert.ok(sym.containerName?.startsWith(`${lang === 'ar' ? person.ar : person.name} · `), `${sym.name}: ${sym.containerName}`);
    });

    it('the hover card on a claim', async () => {
      const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: claimStart });
      assert.ok(hover, 'no hover');
      const value = (hover.contents as { value: string }).value;
      for (const id of ['hover.speaker', 'hover.cue', 'hover.stance'] as const) for (const part of fixedParts(id, lang)) assert.ok(value.includes(part), `missing «${part}» in:\n${value}`);
      assert.ok(value.includes(MESSAGES['stance.none'][lang]), value);
    });

    it('the code-action titles on بوتين and on a claim', async () => {
      const titles: string[] = [];
      for (const position of [positionOf(client.text(uri), 'بوتين'), claimStart]) {
        const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } });
        titles.push(...actions.map((a) => a.title));
      }
      assert.ok(titles.length >= 5, titles.join(' | '));
      for (const title of titles) inDisplayLanguage(title, 'a code-action title');
    });

    it('the diagnostics of claims without a stance', async () => {
      const d = await client.notification<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && p.diagnostics.some((x) => x.code === 'untagged-claim'));
      const messages = d.diagnostics.filter((x) => x.code === 'untagged-claim').map((x) => String(x.message));
      assert.ok(messages.length > 0);
      for (const m of messages) inDisplayLanguage(m, 'a diagnostic');
    });

    it('the outline: its groups and the claim counts of its speakers', async () => {
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
      assert.ok(symbols.length >= 3, symbols.map((x) => x.name).join(' | '));
      for (const group of symbols) inDisplayLanguage(group.name, 'an outline group');
      const speakers = symbols[0].children ?? [];
      assert.ok(speakers.length > 0, 'the claims are grouped by speaker');
      for (const sp of speakers) inDisplayLanguage(sp.detail ?? '', "a speaker's claim count");
    });

    it('refusals: of the annotation manager and of a decision', async () => {
      const undo = await run(ServerCommands.undo, { uri });
      assert.strictEqual(undo.ok, false, 'nothing to undo yet');
      inDisplayLanguage(undo.message ?? '', 'the undo refusal');
      const accepted = await run(ServerCommands.acceptAll, { uri, kind: 'entity' });
      assert.strictEqual(accepted.ok, true, accepted.message);
      const again = await run(ServerCommands.acceptAll, { uri, kind: 'entity' });
      assert.strictEqual(again.ok, false, 'nothing left to accept');
      inDisplayLanguage(again.message ?? '', 'the accept-all refusal');
    });
  });
}
