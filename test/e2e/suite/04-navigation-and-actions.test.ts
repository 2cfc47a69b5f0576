// The rest of the editor features in real VS Code: mentions of an entity highlighted in the
// article and found across the folder, the outline, the to-do diagnostics, code actions that tag
// a claim, and undo.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { offsetOf, openAsMizan, readText, sampleUri, scratchCopy, serverReady, waitFor } from '../support';
import { marks } from '../marks';

const SAMPLE = '001_e0cce0fd4d3fc110.txt';
const PUTIN = 'بوتين';

const untaggedClaims = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'mizan' && String(typeof d.code === 'object' ? d.code.value : d.code) === 'untagged-claim');

function names(symbols: (vscode.DocumentSymbol | vscode.SymbolInformation)[]): string[] {
  return symbols.flatMap((s) => [s.name, ...('children' in s ? names(s.children) : [])]);
}

describe('navigation, diagnostics and code actions in real VS Code', () => {
  before(async () => {
    await serverReady();
  });

  it(`highlights the mentions of ${PUTIN} in the article`, async () => {
    const { document: doc } = await openAsMizan(sampleUri(SAMPLE));
    const position = doc.positionAt(offsetOf(doc, PUTIN) + 1);
    const highlights = await waitFor('document highlights', async () => {
      const h = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', doc.uri, position);
      return h && h.length >= 3 ? h : undefined;
    });
    const texts = highlights.map((h) => doc.getText(h.range));
    assert.ok(texts.filter((t) => t.includes(PUTIN)).length >= 3, `highlights: ${texts.join(' | ')}`);
  });

  it(`finds references to ${PUTIN} in the other articles of the folder`, async () => {
    const { document: doc } = await openAsMizan(sampleUri(SAMPLE));
    const position = doc.positionAt(offsetOf(doc, PUTIN) + 1);
    const files = await waitFor('references in at least three articles', async () => {
      const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, position);
      const set = new Set((refs ?? []).map((r) => r.uri.path.split('/').pop()));
      return set.size >= 3 ? set : undefined;
    });
    for (const other of ['000_a8b16601d227bd12.txt', '002_04d32df0aca38847.txt', '003_ccfab68bc49ab93d.txt']) assert.ok(files.has(other), `references in ${other}: ${[...files].join(', ')}`);
  });

  it(`lists ${PUTIN} in workspace symbols and in the article's outline`, async () => {
    const { document: doc } = await openAsMizan(sampleUri(SAMPLE));
    const found = await waitFor('workspace symbols for بوتين', async () => {
      const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', PUTIN);
      return symbols?.some((s) => s.name.includes(PUTIN)) ? symbols : undefined;
    });
    assert.ok(found.length > 0);
    const outline = await waitFor('the outline', () => vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri));
    assert.ok(
      names(outline).some((n) => n.includes(PUTIN)),
      `outline: ${names(outline).slice(0, 20).join(' | ')}`,
    );
  });

  it('by default an untagged claim is no diagnostic: the tint and gutter show it', async () => {
    const uri = await scratchCopy(SAMPLE);
    const { document: doc } = await openAsMizan(uri);
    await waitFor('the claims drawn', async () => (await marks(doc)).some((m) => m.kind === 'cue'));
    assert.strictEqual(untaggedClaims(uri).length, 0, 'no untagged-claim diagnostics unless mizan.diagnostics.untaggedClaims is on');
  });

  it('with the to-do list on, a code action tags the claim, the to-do diagnostics shrink, and undo brings it back', async () => {
    const config = vscode.workspace.getConfiguration('mizan');
    await config.update('diagnostics.untaggedClaims', true, vscode.ConfigurationTarget.Global);
    try {
      await toDoList();
    } finally {
      await config.update('diagnostics.untaggedClaims', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});

/** Tags a claim by its code action and undoes it, watching the to-do diagnostics follow. */
async function toDoList(): Promise<void> {
  const uri = await scratchCopy(SAMPLE);
  const editor = await openAsMizan(uri);
  const todo = await waitFor(
    'Information diagnostics for claims without a stance',
    () => {
      const d = untaggedClaims(uri);
      return d.length > 0 ? d : undefined;
    },
    [vscode.languages.onDidChangeDiagnostics],
  );
  assert.ok(todo.every((d) => d.severity === vscode.DiagnosticSeverity.Information));
  const first = todo.reduce((a, b) => (a.range.start.isBefore(b.range.start) ? a : b));
  editor.selection = new vscode.Selection(first.range.start, first.range.start);
  const actions = await waitFor('code actions on the claim', async () => {
    const a = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(first.range.start, first.range.start));
    return a?.some((x) => /neutral/i.test(x.title)) ? a : undefined;
  });
  const neutral = actions.find((x) => /neutral/i.test(x.title))!;
  assert.ok(neutral.command, `${neutral.title} carries a command`);
  await vscode.commands.executeCommand(neutral.command.command, ...(neutral.command.arguments ?? []));
  await waitFor('one claim fewer without a stance', () => untaggedClaims(uri).length === todo.length - 1, [vscode.languages.onDidChangeDiagnostics]);
  const sidecar = uri.with({ path: `${uri.path}.mizan.json` });
  assert.match(await readText(sidecar), /"stance": ?"neutral"/);
  await vscode.commands.executeCommand('mizan.undo');
  await waitFor('undo to restore the claim without a stance', () => untaggedClaims(uri).length === todo.length, [vscode.languages.onDidChangeDiagnostics]);
  await waitFor('the sidecar to drop the stance', async () => !/"stance": ?"neutral"/.test(await readText(sidecar)));
}
