// Progress of the active article in the status bar (claims tagged / total); a click goes to the
// next claim without a stance, or explains why annotating is paused.
import * as vscode from 'vscode';
import { Commands, StatusBarId } from './commands/commandIds';
import type { ActiveAnnotations } from './views/activeAnnotations';
import { progressText } from './views/progressText';

export function registerStatusBar(annotations: ActiveAnnotations): vscode.Disposable[] {
  const item = vscode.window.createStatusBarItem(StatusBarId, vscode.StatusBarAlignment.Left, 50);
  item.name = vscode.l10n.t('Mizan annotation progress');
  const update = () => {
    const result = annotations.result;
    if (!result || !annotations.document) {
      item.hide();
      return;
    }
    const shown = progressText({ progress: result.progress, paused: result.paused, writable: result.writable && vscode.workspace.isTrusted }, vscode.l10n.t);
    item.text = shown.text;
    item.tooltip = shown.tooltip;
    item.command = result.paused ? { title: '', command: Commands.startFresh } : Commands.nextUntagged;
    item.backgroundColor = result.paused ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    item.show();
  };
  return [item, annotations.onDidChange(update), vscode.workspace.onDidGrantWorkspaceTrust(update)];
}
