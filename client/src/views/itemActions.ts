// The Annotations view's item actions (context menu and inline buttons): accept, reject, relabel
// an entity (every mention of it, or one mention) and tag a claim's stance or accept/reject it.
// Each places the cursor in the item's span in the text editor and runs the same command the
// keyboard runs there, so the view adds no second path to the server.
import * as vscode from 'vscode';
import type { Range as LspRange } from '../../../server/src/protocol';
import { Commands } from '../commands/commandIds';
import { chooseType } from '../commands/entities';
import { fromLsp } from '../commands/guard';
import type { ActiveAnnotations } from './activeAnnotations';
import type { TreeNode } from './annotationTree';

async function caretIn(uri: string, range: LspRange): Promise<void> {
  const target = fromLsp(range);
  const editor = await vscode.window.showTextDocument(vscode.Uri.parse(uri), { preserveFocus: false });
  // Inside the span, not on its edge, so that the entity or claim "under the cursor" is this one:
  // one character in, unless the span is a single character (a span over several lines has room;
  // its end's character may be left of its start's).
  const oneChar = target.isSingleLine && target.end.character - target.start.character <= 1;
  const inside = target.isEmpty || oneChar ? target.start : target.start.translate(0, 1);
  editor.selection = new vscode.Selection(inside, inside);
  editor.revealRange(target, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

async function onEach(annotations: ActiveAnnotations, node: TreeNode | undefined, command: string, args?: object): Promise<void> {
  const uri = annotations.result?.uri;
  if (!uri || !node?.targets?.length) return;
  // Last mention first: a change to one never moves the spans of the ones before it.
  for (const range of [...node.targets].reverse()) {
    await caretIn(uri, range);
    await vscode.commands.executeCommand(command, args);
  }
}

export function registerItemActions(annotations: ActiveAnnotations): vscode.Disposable[] {
  const kindOf = (node?: TreeNode) => (node?.contextValue?.startsWith('claim') ? 'claim' : 'entity');
  return [
    vscode.commands.registerCommand(Commands.viewAccept, (node?: TreeNode) => onEach(annotations, node, kindOf(node) === 'claim' ? Commands.acceptClaim : Commands.acceptEntity)),
    vscode.commands.registerCommand(Commands.viewReject, (node?: TreeNode) => onEach(annotations, node, kindOf(node) === 'claim' ? Commands.rejectClaim : Commands.rejectEntity)),
    vscode.commands.registerCommand(Commands.viewRelabel, async (node?: TreeNode) => {
      if (!node?.targets?.length) return;
      if (node.targets.length === 1) return onEach(annotations, node, Commands.relabelEntity);
      // One pick for every mention: the first relabel asks, the rest reuse its answer.
      const type = await chooseType(vscode.l10n.t('New type of this entity'));
      if (type) await onEach(annotations, node, Commands.relabelEntity, { type });
    }),
    vscode.commands.registerCommand(Commands.viewTagStance, (node?: TreeNode) => onEach(annotations, node, Commands.tagStance)),
  ];
}
