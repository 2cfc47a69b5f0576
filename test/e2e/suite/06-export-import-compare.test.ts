// Export, import and comparison from the command palette's commands in real VS Code (their
// answers given as arguments, as a keybinding would): the accepted entities of an open article
// exported as doccano/spaCy lines sliced by code points, the brat export of it imported into a
// second copy, and the two copies compared with one disagreement after a relabel.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { AgreeResult, ExportResult, ImportResult } from '../../../server/src/protocol';
import { offsetOf, openAsMizan, readText, scratchCopy, serverReady, waitFor, workspaceRoot } from '../support';
import { waitForMarks } from '../marks';

const SAMPLE = '001_e0cce0fd4d3fc110.txt';

async function sidecar(uri: vscode.Uri, accept: (a: { kind: string; status: string; type?: string; exact: string }[]) => boolean, what: string) {
  return waitFor(what, async () => {
    try {
      const a = (JSON.parse(await readText(uri.with({ path: `${uri.path}.mizan.json` }))) as { annotations: { kind: string; status: string; type?: string; exact: string }[] }).annotations;
      return accept(a) ? a : undefined;
    } catch {
      return undefined;
    }
  });
}

describe('export, import and compare in real VS Code', () => {
  before(async () => {
    await serverReady();
  });

  it('exports, imports into a second copy, and compares the two copies', async () => {
    const first = await scratchCopy(SAMPLE);
    const editor = await openAsMizan(first);
    const at = offsetOf(editor.document, 'بوتين');
    await waitForMarks('بوتين drawn as a suggested person', editor.document, at, 5, (m) => m.some((x) => x.kind === 'PER'));
    await vscode.commands.executeCommand('mizan.acceptAllEntities');
    await sidecar(first, (a) => a.some((x) => x.kind === 'entity' && x.status === 'accepted'), 'the accepted entities in the sidecar');

    const destination = vscode.Uri.joinPath(workspaceRoot(), 'exports', 'docs');
    const docs = await vscode.commands.executeCommand<ExportResult>('mizan.exportAnnotations', { scope: 'article', uri: first.toString(), format: 'docs', acceptedOnly: true, destination: destination.toString() });
    assert.ok(docs?.ok, docs?.message);
    const line = JSON.parse((await readText(vscode.Uri.parse(docs.files[0]))).trim()) as { text: string; offsets: string; spans: { start: number; end: number; text: string; status: string }[] };
    assert.strictEqual(line.offsets, 'codepoints');
    assert.ok(line.spans.length > 0 && line.spans.every((s) => s.status === 'accepted' && [...line.text].slice(s.start, s.end).join('') === s.text));

    const bratOut = vscode.Uri.joinPath(workspaceRoot(), 'exports', 'brat');
    const brat = await vscode.commands.executeCommand<ExportResult>('mizan.exportAnnotations', { scope: 'article', uri: first.toString(), format: 'brat', acceptedOnly: true, destination: bratOut.toString() });
    assert.ok(brat?.ok, brat?.message);
    const ann = brat.files.find((f) => f.endsWith('.ann'))!;

    const second = await scratchCopy(SAMPLE);
    await openAsMizan(second);
    const imported = await vscode.commands.executeCommand<ImportResult>('mizan.importAnnotations', { source: ann, as: 'accepted' });
    assert.ok(imported?.ok, imported?.message);
    const count = line.spans.length;
    await sidecar(second, (a) => a.filter((x) => x.kind === 'entity' && x.status === 'accepted').length === count, `${count} imported entities in the second copy's sidecar`);

    const editor2 = await openAsMizan(second);
    editor2.selection = new vscode.Selection(editor2.document.positionAt(at + 1), editor2.document.positionAt(at + 1));
    await vscode.commands.executeCommand('mizan.relabelEntity', { type: 'ORG' });
    await sidecar(second, (a) => a.some((x) => x.exact === 'بوتين' && x.type === 'ORG'), 'بوتين relabelled ORG in the second copy');
    const folder = (u: vscode.Uri) => vscode.Uri.joinPath(u, '..').toString();
    const agreement = await vscode.commands.executeCommand<AgreeResult>('mizan.compareAnnotators', { folders: [folder(first), folder(second)] });
    assert.ok(agreement?.ok, agreement?.message);
    assert.ok(
      agreement.disagreements.some((d) => d.what === 'type PER (annotator 1) vs ORG (annotator 2)' && d.text === 'بوتين'),
      JSON.stringify(agreement.disagreements.slice(0, 3)),
    );
  });
});
