// Annotating in real VS Code, each test on its own copy of a sample: tagging a claim's stance
// through the command writes the sidecar and updates the status bar, the Annotations view and the
// inlay hints; editing the text moves the annotations; a broken sidecar pauses the article and is
// never overwritten.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { exists, openAsMizan, readText, scratchCopy, serverReady, waitFor, writeText } from '../support';

const SAMPLE = '001_e0cce0fd4d3fc110.txt';

interface StatusSnapshot {
  visible: boolean;
  text: string;
  tooltip?: string;
  command?: string;
}
interface TreeNode {
  id: string;
  label: string;
  description?: string;
  range?: { start: { line: number; character: number } };
  children: TreeNode[];
}
interface SidecarClaim {
  kind: 'claim';
  start: number;
  end: number;
  exact: string;
  stance?: string;
}

const sidecarOf = (uri: vscode.Uri) => uri.with({ path: `${uri.path}.mizan.json` });
const statusBar = () => vscode.commands.executeCommand<StatusSnapshot>('mizan.internal.statusBar');
const tree = () => vscode.commands.executeCommand<TreeNode | undefined>('mizan.internal.annotationsTree');
const leaves = (n: TreeNode | undefined): TreeNode[] => (n ? (n.children.length ? n.children.flatMap(leaves) : [n]) : []);

async function progress(what: string, accept: (p: { tagged: number; total: number }) => boolean = () => true) {
  return waitFor(what, async () => {
    const s = await statusBar();
    const m = /(\d+)\/(\d+)/.exec(s?.text ?? '');
    const p = m && s.visible ? { tagged: Number(m[1]), total: Number(m[2]) } : undefined;
    return p && p.total > 0 && accept(p) ? p : undefined;
  });
}

async function stanceHints(doc: vscode.TextDocument, pattern: RegExp): Promise<vscode.InlayHint[]> {
  const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', doc.uri, new vscode.Range(0, 0, doc.lineCount, 0));
  const label = (h: vscode.InlayHint) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join(''));
  return hints.filter((h) => pattern.test(label(h)));
}

/** Puts the cursor on the first claim without a stance (the command that does it for the annotator). */
async function goToFirstUntagged(editor: vscode.TextEditor): Promise<vscode.Position> {
  editor.selection = new vscode.Selection(0, 0, 0, 0);
  await vscode.commands.executeCommand('mizan.nextUntagged');
  return waitFor('the cursor on a claim without a stance', () => (editor.selection.active.isEqual(new vscode.Position(0, 0)) ? undefined : editor.selection.active));
}

async function tagFirstClaim(uri: vscode.Uri, stance: string) {
  const editor = await openAsMizan(uri);
  const before = await progress('the status bar to show claim progress');
  const position = await goToFirstUntagged(editor);
  await vscode.commands.executeCommand('mizan.tagStance', { stance });
  const claim = await waitFor(`the sidecar to record the ${stance} stance`, async () => {
    if (!(await exists(sidecarOf(uri)))) return undefined;
    const sidecar = JSON.parse(await readText(sidecarOf(uri))) as { annotations: SidecarClaim[] };
    return sidecar.annotations.find((a) => a.kind === 'claim' && a.stance === stance);
  });
  return { editor, before, position, claim };
}

describe('annotating in real VS Code', () => {
  before(async () => {
    await serverReady();
  });

  it("tagging a claim's stance writes the sidecar and updates the status bar, the view and the inlay hints", async () => {
    const uri = await scratchCopy(SAMPLE);
    const { editor, before, position, claim } = await tagFirstClaim(uri, 'against');
    const doc = editor.document;
    assert.strictEqual(doc.getText().slice(claim.start, claim.end), claim.exact, 'the sidecar quotes the claim text at its offsets');
    assert.ok(claim.start <= doc.offsetAt(position) && doc.offsetAt(position) <= claim.end, 'the tagged claim is the one under the cursor');
    await progress('the status bar to count one more tagged claim', (p) => p.tagged === before.tagged + 1 && p.total === before.total);
    await waitFor('the Annotations view to show the stance', async () => leaves(await tree()).find((n) => /against|Against|معارضة/.test(n.description ?? '')));
    const hints = await waitFor('an inlay hint with the stance', async () => {
      const h = await stanceHints(doc, /against|Against|معارضة/);
      return h.length ? h : undefined;
    });
    assert.ok(
      hints.some((h) => Math.abs(doc.offsetAt(h.position) - claim.end) <= 2 || Math.abs(doc.offsetAt(h.position) - claim.start) <= 2),
      'the hint sits at the claim',
    );
  });

  it('editing the text moves the annotations with it', async () => {
    const uri = await scratchCopy(SAMPLE);
    const { editor, claim } = await tagFirstClaim(uri, 'favour');
    const doc = editor.document;
    const line = doc.positionAt(claim.start).line;
    const insert = 'خبر عاجل\n';
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(0, 0), insert);
    assert.ok(await vscode.workspace.applyEdit(edit), 'the edit applies');
    await waitFor('the tagged claim to move down one line in the Annotations view', async () => leaves(await tree()).find((n) => /favour|Favour|تأييد/.test(n.description ?? '') && n.range?.start.line === line + 1));
    await waitFor('the inlay hint to move with the claim', async () => (await stanceHints(doc, /favour|Favour|تأييد/)).find((h) => h.position.line >= line + 1));
    // save() also answers false when the document is no longer dirty; a retry covers a save that
    // raced with the file watcher on a busy machine.
    await waitFor('the edited article to be saved', async () => (await doc.save()) || !doc.isDirty);
    await waitFor('the sidecar offsets to follow the edit', async () => {
      const sidecar = JSON.parse(await readText(sidecarOf(uri))) as { annotations: SidecarClaim[] };
      const moved = sidecar.annotations.find((a) => a.kind === 'claim' && a.stance === 'favour');
      return moved && moved.start === claim.start + insert.length && doc.getText().slice(moved.start, moved.end) === moved.exact ? moved : undefined;
    });
  });

  it('a broken sidecar pauses the article and is left exactly as it was', async () => {
    const uri = await scratchCopy(SAMPLE);
    const broken = '{ "schema": "mizan-annotations", "version": 1, "annotations": [ {"kind": "claim", \n';
    await writeText(sidecarOf(uri), broken);
    const editor = await openAsMizan(uri);
    await waitFor('the status bar to say annotating is paused', async () => {
      const s = await statusBar();
      return s?.visible && /paused|متوقف/i.test(`${s.text} ${s.tooltip ?? ''}`) ? s : undefined;
    });
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('mizan.tagStance', { stance: 'favour' });
    await vscode.commands.executeCommand('mizan.acceptAllEntities');
    assert.strictEqual(await readText(sidecarOf(uri)), broken, 'the broken sidecar is untouched');
  });
});
