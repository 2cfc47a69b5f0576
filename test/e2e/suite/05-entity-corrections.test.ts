// Correcting entities through the commands in real VS Code, each on its own copy of a sample: the
// the editor's marks follow (suggested → accepted, a new type, gone when rejected, a marked selection)
// and the sidecar records the human decision. Claim cues and speakers are marked too.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { offsetOf, openAsMizan, readText, sampleUri, scratchCopy, serverReady, waitFor } from '../support';
import { marks, waitForMarks } from '../marks';

const SAMPLE = '001_e0cce0fd4d3fc110.txt';

interface SidecarEntity {
  kind: string;
  exact: string;
  type?: string;
  status: string;
  source: string;
  history: { action: string }[];
}

async function sidecarEntities(uri: vscode.Uri, accept: (e: SidecarEntity[]) => boolean, what: string): Promise<SidecarEntity[]> {
  return waitFor(what, async () => {
    try {
      const all = (JSON.parse(await readText(uri.with({ path: `${uri.path}.mizan.json` }))) as { annotations: SidecarEntity[] }).annotations.filter((a) => a.kind === 'entity');
      return accept(all) ? all : undefined;
    } catch {
      return undefined;
    }
  });
}

async function cursorOn(editor: vscode.TextEditor, word: string): Promise<number> {
  const at = offsetOf(editor.document, word);
  const p = editor.document.positionAt(at + 1);
  editor.selection = new vscode.Selection(p, p);
  return at;
}

describe('entity corrections in real VS Code', () => {
  before(async () => {
    await serverReady();
  });

  it('accepting every suggestion turns the suggested marks of entities into accepted ones', async () => {
    const uri = await scratchCopy(SAMPLE);
    const { document: doc } = await openAsMizan(uri);
    const at = offsetOf(doc, 'بوتين');
    await waitForMarks('بوتين drawn as a suggested person', doc, at, 5, (m) => m.some((x) => x.kind === 'PER' && x.status === 'suggested'));
    await vscode.commands.executeCommand('mizan.acceptAllEntities');
    await waitForMarks('بوتين drawn as an accepted person', doc, at, 5, (m) => m.some((x) => x.kind === 'PER' && x.status === 'accepted') && !m.some((x) => x.status === 'suggested' && x.kind === 'PER'));
    await sidecarEntities(uri, (e) => e.some((x) => x.exact.includes('بوتين') && x.status === 'accepted' && x.history.length > 0), 'the sidecar to record بوتين as accepted');
  });

  it('relabelling طهران as ORG changes the type of its mark, and the sidecar keeps the decision with its history', async () => {
    const uri = await scratchCopy(SAMPLE);
    const editor = await openAsMizan(uri);
    const at = await cursorOn(editor, 'طهران');
    await waitForMarks('طهران drawn as a place', editor.document, at, 5, (m) => m.some((x) => x.kind === 'LOC'));
    await vscode.commands.executeCommand('mizan.relabelEntity', { type: 'ORG' });
    await waitForMarks('طهران drawn as an organisation', editor.document, at, 5, (m) => m.some((x) => x.kind === 'ORG') && !m.some((x) => x.kind === 'LOC'));
    await sidecarEntities(uri, (e) => e.some((x) => x.exact === 'طهران' && x.type === 'ORG' && x.history.length > 0), 'the sidecar to record طهران as ORG');
  });

  it('rejecting موسكو removes its entity mark', async () => {
    const uri = await scratchCopy(SAMPLE);
    const editor = await openAsMizan(uri);
    const at = await cursorOn(editor, 'موسكو');
    await waitForMarks('موسكو drawn as a place', editor.document, at, 5, (m) => m.some((x) => x.kind === 'LOC'));
    await vscode.commands.executeCommand('mizan.rejectEntity');
    await waitForMarks('موسكو no longer drawn as an entity', editor.document, at, 5, (m) => !m.some((x) => x.kind !== 'cue' && x.kind !== 'speaker'));
    await sidecarEntities(uri, (e) => e.some((x) => x.exact === 'موسكو' && x.status === 'rejected'), 'the sidecar to record موسكو as rejected');
  });

  it('marking a selection as MISC makes it an entity', async () => {
    const uri = await scratchCopy(SAMPLE);
    const editor = await openAsMizan(uri);
    const word = 'المحادثات';
    const at = offsetOf(editor.document, word);
    await waitForMarks(`${word} not drawn as an entity`, editor.document, at, word.length, (m) => !m.some((x) => x.kind !== 'cue' && x.kind !== 'speaker'));
    editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + word.length));
    await vscode.commands.executeCommand('mizan.markEntity', { type: 'MISC' });
    await waitForMarks(`${word} drawn as MISC`, editor.document, at, word.length, (m) => m.some((x) => x.kind === 'MISC'));
    await sidecarEntities(uri, (e) => e.some((x) => x.exact === word && x.type === 'MISC' && x.source === 'human'), `the sidecar to record ${word} as MISC`);
  });

  it('marks reporting verbs as claim cues, and speakers', async () => {
    const { document: doc } = await openAsMizan(sampleUri(SAMPLE));
    const drawn = await waitFor('cue and speaker marks drawn in the editor', async () => {
      const m = await marks(doc);
      return m.some((x) => x.kind === 'cue') && m.some((x) => x.kind === 'speaker') ? m : undefined;
    });
    const cues = drawn.filter((x) => x.kind === 'cue').map((x) => doc.getText().slice(x.start, x.end));
    assert.ok(
      cues.some((c) => /قال|أكد|اكد|أضاف|اضاف|أشار|اشار/.test(c)),
      `cues: ${cues.join(', ')}`,
    );
  });
});
