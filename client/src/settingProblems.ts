// What the shared settings rules (server/src/settings.ts) had to replace, told to the annotator
// once: a setting is read on every article opened or view drawn, and the same warning each time
// would bury the editor.
import * as vscode from 'vscode';

const shown = new Map<string, string>();

/** Shows the problems of reading `setting` as a warning, unless they are the ones shown last for it. */
export function warnSettingProblems(setting: string, problems: readonly string[]): void {
  const said = problems.join(' ');
  if (said === '' || shown.get(setting) === said) return;
  shown.set(setting, said);
  void vscode.window.showWarningMessage(said);
}
