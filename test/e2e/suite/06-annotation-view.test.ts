// The annotation view in real VS Code: an article opens in it by default, a claim is tagged with
// two keys and an entity accepted (the sidecar is written), a text editor beside it shows the same
// annotations, and text typed there appears in the view, re-rendering the paragraph it touched.
// The keys go through the view's own key handling (the extension host cannot type into a webview;
// real keystrokes are tested in Chromium, test/browser).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { exists, readText, scratchCopy, serverReady, waitFor } from '../support';

const SAMPLE = '001_e0cce0fd4d3fc110.txt';
const VIEW_TYPE = 'mizan.annotationView';

interface ViewState {
  version: number;
  paragraphs: number;
  rendered: number;
  focused?: { kind: 'entity' | 'claim'; id: string; start: number; end: number };
  focusedClass?: string;
  focusedLabel?: string;
  renders: Record<number, number>;
  shown: Record<number, string>;
  classes: Record<string, number>;
  readOnly: boolean;
}
interface SidecarRecord {
  kind: 'entity' | 'claim';
  start: number;
  end: number;
  status?: string;
  stance?: string;
}

const sidecarOf = (uri: vscode.Uri) => uri.with({ path: `${uri.path}.mizan.json` });
const state = (uri: vscode.Uri) => vscode.commands.executeCommand<ViewState | undefined>('mizan.internal.annotationView.state', uri.toString());
const key = (uri: vscode.Uri, k: string, code: string, shiftKey = false) => vscode.commands.executeCommand('mizan.internal.annotationView.key', { uri: uri.toString(), key: k, code, shiftKey });
const tabsOf = (uri: vscode.Uri) => vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => (t.input instanceof vscode.TabInputCustom || t.input instanceof vscode.TabInputText) && t.input.uri.toString() === uri.toString());

async function sidecar(uri: vscode.Uri): Promise<SidecarRecord[]> {
  if (!(await exists(sidecarOf(uri)))) return [];
  return (JSON.parse(await readText(sidecarOf(uri))) as { annotations: SidecarRecord[] }).annotations;
}

describe('the annotation view in real VS Code', () => {
  before(async () => {
    await serverReady();
    await vscode.workspace.getConfiguration('mizan').update('openArticlesIn', 'annotationView', vscode.ConfigurationTarget.Global);
  });
  after(async () => {
    await vscode.workspace.getConfiguration('mizan').update('openArticlesIn', 'textEditor', vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens an article, tags a claim with two keys, accepts an entity, and agrees with a text editor beside it', async () => {
    const uri = await scratchCopy(SAMPLE);
    await vscode.window.showTextDocument(uri);
    // Opened as text, the Mizan article is reopened in the view in the same place.
    await waitFor(
      'the article in the annotation view (and no text tab left)',
      () => {
        const tabs = tabsOf(uri);
        return tabs.length === 1 && tabs[0].input instanceof vscode.TabInputCustom && tabs[0].input.viewType === VIEW_TYPE;
      },
      [vscode.window.tabGroups.onDidChangeTabs],
    );
    const first = await waitFor('the first paragraphs rendered', async () => {
      const s = await state(uri);
      return s && s.rendered > 0 ? s : undefined;
    });
    assert.ok(first.rendered < first.paragraphs || first.paragraphs < 20, `${first.rendered} of ${first.paragraphs} paragraphs rendered at once`);
    assert.ok((first.classes['e-PER'] ?? 0) + (first.classes['e-LOC'] ?? 0) > 0, `entities shown: ${JSON.stringify(first.classes)}`);
    assert.ok(first.classes['sn-untagged'] > 0, 'claims without a stance shown');

    // Two keys: the next claim without a stance, then its stance.
    await key(uri, 'u', 'KeyU');
    const claim = await waitFor('a claim without a stance focused', async () => {
      const s = await state(uri);
      return s?.focused?.kind === 'claim' ? s.focused : undefined;
    });
    await key(uri, 'f', 'KeyF');
    const tagged = await waitFor('the sidecar to record the favour stance', async () => (await sidecar(uri)).find((r) => r.kind === 'claim' && r.stance === 'favour'));
    assert.deepStrictEqual([tagged.start, tagged.end], [claim.start, claim.end]);
    await waitFor('the claim shown tagged, its label at its end', async () => {
      const s = await state(uri);
      return s?.focused?.start === claim.start && /sn-favour/.test(s.focusedClass ?? '') && s.focusedLabel === 'Favour';
    });

    // An entity: focus the next one, accept it.
    await key(uri, 'e', 'KeyE');
    const entity = await waitFor('an entity focused', async () => {
      const s = await state(uri);
      return s?.focused?.kind === 'entity' ? s.focused : undefined;
    });
    await key(uri, 'Enter', 'Enter');
    await waitFor('the sidecar to record the entity accepted', async () => (await sidecar(uri)).find((r) => r.kind === 'entity' && r.status === 'accepted' && r.start === entity.start));
    await waitFor('the entity shown accepted', async () => /st-accepted/.test((await state(uri))?.focusedClass ?? ''));

    // The text editor beside: the same annotations (the hover of the tagged claim, the stance hint).
    await vscode.commands.executeCommand('mizan.switchEditor');
    const editor = await waitFor('a text editor of the article beside the view', () => vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString()));
    assert.ok(
      tabsOf(uri).some((t) => t.input instanceof vscode.TabInputCustom),
      'the view stays open',
    );
    const doc = editor.document;
    const hoverText = async (offset: number) => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(offset));
      return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    };
    await waitFor("the text editor's hover to show the claim tagged Favour", async () => /Stance: Favour/.test(await hoverText(claim.start + 1)));
    await waitFor("the text editor's hover to show the entity accepted", async () => /accepted/.test(await hoverText(entity.start + 1)));

    // Typed in the text editor: shown in the view, only the touched paragraph re-rendered.
    const before = await state(uri);
    const word = 'كلمةجديدة ';
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), word));
    const after = await waitFor('the new word in the view', async () => {
      const s = await state(uri);
      return s && s.shown[0]?.startsWith(word) ? s : undefined;
    });
    const rerendered = Object.keys(after.renders)
      .map(Number)
      .filter((i) => after.renders[i] !== before!.renders[i]);
    assert.deepStrictEqual(rerendered, [0], `re-rendered paragraphs: ${rerendered.join(', ')}`);
    assert.ok(after.version > before!.version);
  });
});
