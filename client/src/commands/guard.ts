// Preconditions every annotating command shares: an open Mizan article, a trusted workspace for
// writes, and a clear message instead of silence when either is missing or the server refuses.
import * as vscode from 'vscode';
import type { Range as LspRange, Position as LspPosition, CommandResult } from '../../../server/src/protocol';
import { activeAnnotationView, type ArticleEditor } from '../annotationView/activeView';

export interface Article {
  editor: ArticleEditor;
  uri: string;
}

/** The article of the active annotation view (its focused mark or selection), else of the active text editor. */
export function activeArticle(): Article | undefined {
  const view = activeAnnotationView();
  if (view) return { editor: view.editor, uri: view.document.uri.toString() };
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.languageId === 'plaintext') {
    // The Alt+M chords reach plain .txt files too, so that with detection off they never type into the text.
    const annotate = vscode.l10n.t('Annotate with Mizan');
    const doc = editor.document;
    void vscode.window.showInformationMessage(vscode.l10n.t('This file is Plain Text, so Mizan does not annotate it.'), annotate).then((choice) => (choice === annotate ? vscode.languages.setTextDocumentLanguage(doc, 'mizan') : undefined));
    return undefined;
  }
  if (!editor || editor.document.languageId !== 'mizan') {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open an article in the Mizan language first (Arabic news text).'));
    return undefined;
  }
  return { editor, uri: editor.document.uri.toString() };
}

/** False, with an explanation, in an untrusted workspace: Mizan then shows highlights but writes nothing. */
export function mayWrite(): boolean {
  if (vscode.workspace.isTrusted) return true;
  const manage = vscode.l10n.t('Manage Workspace Trust');
  void vscode.window
    .showInformationMessage(vscode.l10n.t('This workspace is not trusted: Mizan shows highlights but writes no annotations. Trust the workspace to annotate.'), manage)
    .then((choice) => (choice === manage ? vscode.commands.executeCommand('workbench.trust.manage') : undefined));
  return false;
}

/** A write command's start: the article, or undefined after telling the user why not. */
export function writableArticle(): Article | undefined {
  const article = activeArticle();
  return article && mayWrite() ? article : undefined;
}

export function toLsp(range: vscode.Range): LspRange {
  return { start: toLspPosition(range.start), end: toLspPosition(range.end) };
}

export function toLspPosition(p: vscode.Position): LspPosition {
  return { line: p.line, character: p.character };
}

export function fromLsp(range: LspRange): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

/** Shows the server's refusal; a success gets a short status bar note. Returns whether it worked. */
export function report(result: CommandResult, success: string): boolean {
  if (result.ok) {
    vscode.window.setStatusBarMessage(`$(check) ${success}`, 2500);
    return true;
  }
  void vscode.window.showWarningMessage(result.message ?? vscode.l10n.t('Mizan could not make this change.'));
  return false;
}

/**
 * A command's options object, or {} when it was called without one — menus pass the document's
 * Uri as the first argument, keybindings may pass { stance: 'favour' } and the like.
 */
export function optionsOf<T extends object>(arg: unknown): Partial<T> {
  return arg && typeof arg === 'object' && !(arg instanceof vscode.Uri) && !Array.isArray(arg) ? (arg as Partial<T>) : {};
}
