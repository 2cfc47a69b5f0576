// An untrusted workspace (the launcher's --untrusted run, with Workspace Trust on): Mizan still
// highlights, but writes nothing and says so in the status bar.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { exists, openAsMizan, scratchCopy, serverReady, waitFor } from '../support';
import { marks } from '../marks';

describe('an untrusted workspace in real VS Code', () => {
  before(async () => {
    await serverReady();
  });

  it('is untrusted', () => {
    assert.strictEqual(vscode.workspace.isTrusted, false);
  });

  it('still highlights entities, shows a lock in the status bar, and writes no sidecar', async () => {
    const uri = await scratchCopy('001_e0cce0fd4d3fc110.txt');
    const editor = await openAsMizan(uri);
    await waitFor('entity marks drawn', async () => (await marks(editor.document)).some((m) => m.kind === 'PER'));
    await waitFor('the status bar to show the read-only lock', async () => {
      const s = await vscode.commands.executeCommand<{ visible: boolean; text: string }>('mizan.internal.statusBar');
      return s?.visible && s.text.includes('$(lock)');
    });
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('mizan.nextUntagged');
    await vscode.commands.executeCommand('mizan.tagStance', { stance: 'favour' });
    await vscode.commands.executeCommand('mizan.acceptAllEntities');
    assert.strictEqual(await exists(uri.with({ path: `${uri.path}.mizan.json` })), false, 'no sidecar is written in an untrusted workspace');
  });
});
