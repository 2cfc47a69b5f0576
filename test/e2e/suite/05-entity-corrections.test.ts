// Correcting entities through the commands in real VS Code, each on its own copy of a sample: the
// semantic tokens follow (suggested → accepted, a new type, gone when rejected, a marked selection)
// and the sidecar records the human decision. Claim cues are tokens too.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { offsetOf, openAsMizan, readText, sampleUri, scratchCopy, serverReady, waitFor } from '../support';
import { semanticTokens, waitForTokens } from '../tokens';

const SAMPLE = '001_e0cce0fd4d3fc110.txt';

interface SidecarEntity { kind: string; exact: string; type?: string; status: string; source: string; history: { action: string }[] }

async function sidecarEntities(uri: vscode.Uri, accept: (e: SidecarEntity[]) => boolean, what: string): Promise<SidecarEntity[]> {
  return waitFor(what, async () => {
    try {
      const all = (JSON.parse(await readText(uri.with({ path: `${uri.path}.mizan.json` }))) as { annotations: SidecarEntity[] }).annotations.filter((a) => a.kind === 'entity');
      return accept(all) ? all : undefined;
    } catch { return undefined; }
  });
}

async function cursorOn(editor: vscode.TextEditor, word: string): Promise<number> {
  const at = offsetOf(editor.document, word);
  const p = editor.document.positionAt(at + 1);
  editor.selection = new vscode.Selection(p, p);
  return at;
}

describe('entity corrections in real VS Code', () => {
  before(async () => { await serverReady(); });

  it('accepting every suggestion turns suggested entity tokens into accepted ones', async () => {
    const uri = await scratchCopy(SAMPLE);
    const { document: doc } = await openAsMizan(uri);
    const at = offsetOf(doc, 'بوتين');
    await waitForTokens('بوتين as a suggested person', doc, at, 5, (t) => t.some((x) => x.type === 'entityPerson' && x.modifiers.includes('suggested')));
    await vscode.commands.executeCommand('mizan.acceptAllEntities');
    await waitForTokens('بوتين as an accepted person', doc, at, 5, (t) => t.some((x) => x.type === 'entityPerson' && x.modifiers.includes('accepted') && !x.modifiers.includes('suggested')));
    await sidecarEntities(uri, (e) => e.some((x) => x.exact.includes('بوتين') && x.status === 'accepted' && x.history.length > 0), 'the sidecar to record بوتين as accepted');
  });

  it('relabelling طهران as ORG changes its token type and the sidecar keeps the decision with its history', async () => {
    const uri = await scratchCopy(SAMPLE);
    const editor = await openAsMizan(uri);
    const at = await cursorOn(editor, 'طهران');
    await waitForTokens('طهران as a place', editor.document, at, 5, (t) => t.some((x) => x.type === 'entityLocation'));
    await vscode.commands.executeCommand('mizan.relabelEntity', { type: 'ORG' });
    await waitForTokens('طهران as an organisation', editor.document, at, 5, (t) => t.some((x) => x.type === 'entityOrganization') && !t.some((x) => x.type === 'entityLocation'));
    await sidecarEntities(uri, (e) => e.some((x) => x.exact === 'طهران' && x.type === 'ORG' && x.history.length > 0), 'the sidecar to record طهران as ORG');
  });

  it('rejecting موسكو removes its entity token', async () => {
    const uri = await scratchCopy(SAMPLE);
    const editor = await openAsMizan(uri);
    const at = await cursorOn(editor, 'موسكو');
    await waitForTokens('موسكو as a place', editor.document, at, 5, (t) => t.some((x) => x.type === 'entityLocation'));
    await vscode.commands.executeCommand('mizan.rejectEntity');
    await waitForTokens('موسكو without an entity token', editor.document, at, 5, (t) => !t.some((x) => x.type.startsWith('entity')));
    await sidecarEntities(uri, (e) => e.some((x) => x.exact === 'موسكو' && x.status === 'rejected'), 'the sidecar to record موسكو as rejected');
  });

  it('marking a selection as MISC makes it an entity', async () => {
    const uri = await scratchCopy(SAMPLE);
    const editor = await openAsMizan(uri);
    const word = 'المحادثات';
    const at = offsetOf(editor.document, word);
    await waitForTokens(`${word} as plain text`, editor.document, at, word.length, (t) => !t.some((x) => x.type.startsWith('entity')));
    editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + word.length));
    await vscode.commands.executeCommand('mizan.markEntity', { type: 'MISC' });
    await waitForTokens(`${word} as MISC`, editor.document, at, word.length, (t) => t.some((x) => x.type === 'entityMisc'));
    await sidecarEntities(uri, (e) => e.some((x) => x.exact === word && x.type === 'MISC' && x.source === 'human'), `the sidecar to record ${word} as MISC`);
  });

  it('marks reporting verbs as claim cues', async () => {
    const { document: doc } = await openAsMizan(sampleUri(SAMPLE));
    const cues = (await semanticTokens(doc)).filter((t) => t.type === 'claimCue').map((t) => doc.getText().slice(t.start, t.end));
    assert.ok(cues.length > 0, 'some claim cue tokens');
    assert.ok(cues.some((c) => /قال|أكد|اكد|أضاف|اضاف|أشار|اشار/.test(c)), `cues: ${cues.join(', ')}`);
  });
});
