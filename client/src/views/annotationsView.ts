// The Annotations view: the active article's claims by speaker and entities by type (one row per
// entity, its mentions under it); a click selects the span in the editor, and the items' menus
// and inline buttons accept, reject, relabel and tag.
import * as vscode from 'vscode';
import { AnnotationsViewId, Commands, InternalCommands } from '../commands/commandIds';
import { stanceLabels } from '../commands/stance';
import { stanceName } from '../../../server/src/settings';
import { prefersArabic } from '../l10n';
import type { ActiveAnnotations } from './activeAnnotations';
import { buildAnnotationTree, type TreeNode } from './annotationTree';
import { registerItemActions } from './itemActions';
import { folderNode } from './folderTree';
import type { FolderProgress } from './folderProgress';

class AnnotationsProvider implements vscode.TreeDataProvider<TreeNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  root: TreeNode | undefined;
  folder: TreeNode | undefined;

  constructor(
    private readonly annotations: ActiveAnnotations,
    private readonly progress: FolderProgress,
  ) {}

  updateFolder(): void {
    const result = this.progress.result;
    this.folder = result && (result.articles.length || result.counting) ? folderNode(result, vscode.l10n.t) : undefined;
    this.changed.fire();
  }

  update(): void {
    const result = this.annotations.result;
    const doc = this.annotations.document;
    if (!result || !doc) {
      this.root = undefined;
    } else {
      const labels = stanceLabels(doc.uri);
      const arabic = prefersArabic(vscode.env.language);
      this.root = buildAnnotationTree(result, {
        fileName: doc.uri.path.split('/').pop() ?? doc.uri.path,
        t: vscode.l10n.t,
        stanceName: (id) => stanceName(id, labels, arabic),
        text: doc.getText(),
        offsetAt: (p) => doc.offsetAt(new vscode.Position(p.line, p.character)),
      });
    }
    this.changed.fire();
  }

  getChildren(node?: TreeNode): TreeNode[] {
    if (!node) return [this.root, this.folder].filter((n): n is TreeNode => !!n);
    return node.children;
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    const expanded = node.id.endsWith('#article') || node.id.endsWith('#claims');
    const state = node.children.length === 0 ? vscode.TreeItemCollapsibleState.None : expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(node.label, state);
    item.id = node.id;
    item.description = node.description;
    if (node.contextValue) item.contextValue = node.contextValue;
    item.tooltip = node.tooltip;
    if (node.icon) item.iconPath = new vscode.ThemeIcon(node.icon);
    if (node.open) item.command = { title: vscode.l10n.t('Open'), command: 'vscode.open', arguments: [vscode.Uri.parse(node.open)] };
    if (node.range && this.root) {
      const uri = this.annotations.result?.uri;
      item.command = { title: vscode.l10n.t('Go to'), command: Commands.revealSpan, arguments: [uri, node.range] };
    }
    return item;
  }
}

export function registerAnnotationsView(annotations: ActiveAnnotations, progress: FolderProgress): vscode.Disposable[] {
  const provider = new AnnotationsProvider(annotations, progress);
  const view = vscode.window.createTreeView(AnnotationsViewId, { treeDataProvider: provider, showCollapseAll: true });
  const update = () => {
    provider.update();
    view.message = annotations.document ? undefined : vscode.l10n.t('Open an Arabic news article to see its annotations.');
  };
  update();
  return [
    view,
    annotations.onDidChange(update),
    progress.onDidChange(() => provider.updateFolder()),
    // Renamed stance labels show at once.
    vscode.workspace.onDidChangeConfiguration((e) => (e.affectsConfiguration('mizan.stance') ? update() : undefined)),
    vscode.commands.registerCommand(InternalCommands.annotationsTree, () => provider.root),
    vscode.commands.registerCommand(InternalCommands.folderTree, () => provider.folder),
    ...registerItemActions(annotations),
  ];
}
