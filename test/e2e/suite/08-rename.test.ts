// A rename made in VS Code carries the article's annotations with it (issue 14): the editor's
// rename reaches the server as workspace/didRenameFiles, which moves the sidecar; the decisions
// are then those of the article under its new name.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { TreeNode } from '../../../client/src/views/annotationTree';
import { exists, openAsMizan, readText, scratchCopy, serverReady, waitFor } from '../support';

// Its first suggested claim runs over several lines (an item action once put the caret outside such a claim).
const SAMPLE = '002_04d32df0aca38847.txt';
const sidecarOf = (uri: vscode.Uri) => uri.with({ path: `${uri.path}.mizan.json` });
const tree = () => vscode.commands.executeCommand<TreeNode | undefined>('mizan.internal.annotationsTree');

describe('a rename in VS Code', () => {
  before(async () => {
    await serverReady();
  });

  it('moves the sidecar with the article, and its decisions stay with it', async () => {
    const uri = await scratchCopy(SAMPLE);
    await openAsMizan(uri);
    const claim = await waitFor('a claim item', async () => {
      const root = await tree();
      if (!root?.id.startsWith(uri.toString())) return undefined;
      return root.children[0]?.children.flatMap((g) => g.children).find((c) => c.contextValue === 'claim-suggested');
    });
    await vscode.commands.executeCommand('mizan.view.reject', claim);
    await waitFor('the sidecar written', async () => (await exists(sidecarOf(uri))) || undefined);
    const before = await readText(sidecarOf(uri));

    const renamed = uri.with({ path: uri.path.replace(/\.txt$/, '-renamed.txt') });
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(uri, renamed);
    assert.ok(await vscode.workspace.applyEdit(edit), 'the rename was applied');

    await waitFor('the sidecar beside the renamed article', async () => (await exists(sidecarOf(renamed))) || undefined);
    assert.ok(!(await exists(sidecarOf(uri))), 'no sidecar is left under the old name');
    const after = JSON.parse(await readText(sidecarOf(renamed))) as { article: string; annotations: { kind: string; status: string }[] };
    assert.strictEqual(after.article, renamed.path.split('/').pop());
    assert.deepStrictEqual(
      after.annotations.map((a) => `${a.kind} ${a.status}`),
      (JSON.parse(before) as typeof after).annotations.map((a) => `${a.kind} ${a.status}`),
    );
    assert.ok(after.annotations.some((a) => a.kind === 'claim' && a.status === 'rejected'));
  });
});
