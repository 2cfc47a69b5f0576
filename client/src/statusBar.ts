// Progress of the active article in the status bar (claims tagged / total); a click goes to the
// next claim without a stance, or explains why annotating is paused.
import * as vscode from 'vscode';
import { Commands, InternalCommands, StatusBarId } from './commands/commandIds';
import type { ActiveAnnotations } from './views/activeAnnotations';
import { progressText } from './views/progressText';

export function registerStatusBar(annotations: ActiveAnnotations): vscode.Disposable[] {
  const item = vscode.window.createStatusBarItem(StatusBarId, vscode.StatusBarAlignment.Left, 50);
  item.name = vscode.l10n.t('Mizan annotation progress');
  let visible = false;
  const update = () => {
    const result = annotations.result;
    visible = Boolean(result && annotations.document);
    if (!result || !visible) {
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
  const snapshot = () => ({ visible, text: item.text, tooltip: item.tooltip, command: typeof item.command === 'string' ? item.command : item.command?.command });
  return [item, annotations.onDidChange(update), vscode.workspace.onDidGrantWorkspaceTrust(update), vscode.commands.registerCommand(InternalCommands.statusBar, snapshot)];
}
