// The Annotations view's items in real VS Code: one row per entity with its mentions (in context)
// under it, and the items' actions (accept every mention of an entity, reject a claim) change the
// sidecar and the view the way the keyboard commands do.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { TreeNode } from '../../../client/src/views/annotationTree';
import { exists, openAsMizan, readText, scratchCopy, serverReady, waitFor } from '../support';

const SAMPLE = '001_e0cce0fd4d3fc110.txt';
const PUTIN = 'بوتين';
interface SidecarRecord {
  kind: 'entity' | 'claim';
  exact: string;
  status: string;
}

const tree = () => vscode.commands.executeCommand<TreeNode | undefined>('mizan.internal.annotationsTree');
const folderRow = async (uri: vscode.Uri) => (await vscode.commands.executeCommand<TreeNode | undefined>('mizan.internal.folderTree'))?.children.find((r) => r.open === uri.toString());
const plain = (s: string) => s.replace(/[\u2068\u2069]/g, '');
const sidecar = async (uri: vscode.Uri): Promise<SidecarRecord[]> => {
  const file = uri.with({ path: `${uri.path}.mizan.json` });
  return (await exists(file)) ? (JSON.parse(await readText(file)) as { annotations: SidecarRecord[] }).annotations : [];
};

async function entityRow(uri: vscode.Uri, name: string): Promise<TreeNode> {
  return waitFor(`the row of ${name} in the Annotations view`, async () => {
    const root = await tree();
    if (!root?.id.startsWith(uri.toString())) return undefined;
    const people = root.children[1]?.children.find((g) => g.id.endsWith('/PER'));
    return people?.children.find((row) => plain(row.label).includes(name) && row.children.length > 1);
  });
}

describe('the Annotations view items in real VS Code', () => {
  before(async () => {
    await serverReady();
  });

  it(`shows ${PUTIN} as one row with its mentions in context, and Accept on the row accepts every mention`, async () => {
    const uri = await scratchCopy(SAMPLE);
    await openAsMizan(uri);
    const row = await entityRow(uri, PUTIN);
    assert.match(row.description ?? '', /^\d+ mentions/, `description: ${row.description}`);
    assert.strictEqual(row.contextValue, 'entity-suggested');
    assert.strictEqual(row.targets?.length, row.children.length);
    for (const m of row.children) assert.match(plain(m.label), /\[[^\]]+\]/, `a mention in context: ${m.label}`);
    await vscode.commands.executeCommand('mizan.view.accept', row);
    const accepted = await waitFor('every mention accepted in the sidecar', async () => {
      const got = (await sidecar(uri)).filter((r) => r.kind === 'entity' && r.status === 'accepted');
      return got.length >= row.children.length ? got : undefined;
    });
    assert.ok(accepted.some((r) => r.exact.includes(PUTIN)));
    await waitFor('the row to show it decided', async () => (await entityRow(uri, PUTIN)).contextValue === 'entity-decided');
  });

  it('Reject on a claim item rejects that claim, and the folder row counts one claim less', async () => {
    const uri = await scratchCopy(SAMPLE);
    await openAsMizan(uri);
    const before = await waitFor('the article in the folder row', async () => (await folderRow(uri))?.description);
    const [tagged, total] = before.split('/').map(Number);
    const claim = await waitFor('a claim item', async () => {
      const root = await tree();
      if (!root?.id.startsWith(uri.toString())) return undefined;
      return root.children[0]?.children.flatMap((g) => g.children).find((c) => c.contextValue === 'claim-suggested');
    });
    await vscode.commands.executeCommand('mizan.view.reject', claim);
    await waitFor('the claim rejected in the sidecar', async () => (await sidecar(uri)).some((r) => r.kind === 'claim' && r.status === 'rejected'));
    await waitFor(`the folder row at ${tagged}/${total - 1}`, async () => (await folderRow(uri))?.description === `${tagged}/${total - 1}`);
  });
});
