// Which annotation view is active, for the commands: in the view they act on its focused mark or
// its selection exactly as they act on a text editor's cursor or selection, through the same
// small part of the TextEditor interface.
import * as vscode from 'vscode';

/** What the commands read and set of an editor: a TextEditor, or an annotation view standing in for one. */
export type ArticleEditor = Pick<vscode.TextEditor, 'document' | 'selection' | 'selections' | 'revealRange'>;

export interface ActiveView {
  document: vscode.TextDocument;
  editor: ArticleEditor;
}

let active: ActiveView | undefined;
const changed = new vscode.EventEmitter<ActiveView | undefined>();
export const onDidChangeActiveView = changed.event;

export function activeAnnotationView(): ActiveView | undefined {
  return active;
}

export function setActiveView(view: ActiveView | undefined): void {
  if (view === active) return;
  active = view;
  changed.fire(view);
}

/** Called when a view closes or goes to the background: forgets it if it was the active one. */
export function leaveView(view: ActiveView): void {
  if (active === view) setActiveView(undefined);
}
