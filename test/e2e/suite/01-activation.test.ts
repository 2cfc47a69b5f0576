// The extension in real VS Code: plain .txt Arabic articles get the Mizan language, others keep
// plain text, the language server starts, and every contributed command is registered.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, openAsMizan, sampleUri, scratchCopy, serverReady, waitFor, workspaceRoot, writeText } from '../support';
import type { MizanApi } from '../../../client/src/extension';

const SAMPLES = ['000_a8b16601d227bd12.txt', '001_e0cce0fd4d3fc110.txt', '002_04d32df0aca38847.txt', '003_ccfab68bc49ab93d.txt', '004_82b0062d205d1957.txt'];

describe('activation in real VS Code', () => {
  for (const name of SAMPLES) {
    it(`gives the plain .txt sample ${name} the mizan language`, async () => {
      const editor = await openAsMizan(sampleUri(name));
      assert.strictEqual(editor.document.languageId, 'mizan');
      assert.ok(editor.document.uri.path.endsWith('.txt'));
    });
  }

  it('leaves a plain English .txt file as plain text', async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'scratch', 'english.txt');
    await writeText(uri, 'The minister said on Monday that talks would resume.\n'.repeat(5));
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    // Detection runs on open; once the sample beside it (opened after) is mizan, this one was already judged.
    await openAsMizan(sampleUri(SAMPLES[0]));
    assert.strictEqual(doc.languageId, 'plaintext');
  });

  it('an Arabic article the user switches to Plain Text stays Plain Text', async () => {
    const uri = await scratchCopy(SAMPLES[1]);
    const editor = await openAsMizan(uri);
    const api = await vscode.extensions.getExtension<MizanApi>(EXTENSION_ID)!.activate();
    const plain = await vscode.languages.setTextDocumentLanguage(editor.document, 'plaintext');
    await waitFor("detection to see the change as the user's choice", () => api.detection(uri) === 'user-choice', [vscode.workspace.onDidOpenTextDocument]);
    assert.strictEqual(plain.languageId, 'plaintext');
    assert.strictEqual(vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.languageId, 'plaintext', 'not switched back to Mizan');
    // Picking Mizan again is a choice too: the article is annotated again.
    const back = await vscode.languages.setTextDocumentLanguage(plain, 'mizan');
    assert.strictEqual(back.languageId, 'mizan');
  });

  it('starts the language server, which announces mizan/ready', async () => {
    const ready = await serverReady();
    assert.match(ready.version, /^\d+\.\d+\.\d+/);
  });

  it('registers every command the manifest contributes', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is loaded`);
    await ext.activate();
    const contributed: string[] = (ext.packageJSON.contributes?.commands ?? []).map((c: { command: string }) => c.command);
    assert.ok(contributed.length > 0, 'the manifest contributes commands');
    const registered = await waitFor('the contributed commands to be registered', async () => {
      const all = new Set(await vscode.commands.getCommands(true));
      return contributed.every((c) => all.has(c)) ? all : undefined;
    });
    for (const c of contributed) assert.ok(registered.has(c), `${c} is registered`);
  });
});
