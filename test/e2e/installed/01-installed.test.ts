// Mizan as a user gets it: the .vsix of `npm run package`, installed into a fresh profile with
// `--install-extension`; the development folder is not loaded (the test host is an empty
// extension), so a file the package leaves out fails here.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { EXTENSION_ID, openAsMizan, sampleUri, serverReady, waitFor } from '../support';

const SAMPLE = '001_e0cce0fd4d3fc110.txt';

describe('the installed .vsix', () => {
  it('is loaded from the extensions folder, not from the repository', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is installed`);
    const repo = process.env.MIZAN_E2E_REPO;
    assert.ok(repo, 'the launcher names the repository');
    assert.ok(!ext.extensionPath.startsWith(repo), `loaded from ${ext.extensionPath}`);
    assert.match(path.basename(ext.extensionPath), new RegExp(`^${EXTENSION_ID}-${ext.packageJSON.version}`));
  });

  it('starts its bundled language server with its model', async () => {
    const ready = await serverReady();
    assert.ok(ready.model, 'the packaged NER model loaded');
  });

  it('marks entities and claims of a sample (outline, hover)', async () => {
    const editor = await openAsMizan(sampleUri(SAMPLE));
    const doc = editor.document;
    const outline = await waitFor('the outline of the sample', async () => {
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
      return symbols?.length ? symbols : undefined;
    });
    const names = outline.flatMap((s) => [s, ...s.children]).map((s) => s.name);
    assert.ok(
      names.some((n) => n.includes('بوتين')),
      `the outline names بوتين: ${names.join(', ')}`,
    );
    const at = doc.positionAt(doc.getText().indexOf('بوتين') + 1);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.ok(text.length > 0, 'a hover card for بوتين');
  });

  it('shows its README screenshots from inside the package', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    // vsce stores the README as readme.md.
    const name = fs.readdirSync(ext.extensionPath).find((f) => /^readme\.md$/i.test(f));
    assert.ok(name, 'the README is installed');
    const readme = fs.readFileSync(path.join(ext.extensionPath, name), 'utf8');
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]);
    assert.ok(images.length > 0, 'the README has screenshots');
    for (const img of images) assert.ok(fs.existsSync(path.join(ext.extensionPath, img)), `${img} is in the installed extension`);
  });
});
