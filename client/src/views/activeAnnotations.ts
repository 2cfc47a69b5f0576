// The annotations of the article in the active editor, fetched from the server when the editor
// changes, the text changes, or the server says they changed; the status bar and the Annotations
// view both read it.
import * as vscode from 'vscode';
import { AnnotationsChanged, type AnnotationsResult } from '../../../server/src/protocol';
import { activeAnnotationView, onDidChangeActiveView } from '../annotationView/activeView';
import { HasArticleContext } from '../commands/commandIds';
import type { MizanServer } from '../commands/server';

const EDIT_DELAY_MS = 300;

export class ActiveAnnotations implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<AnnotationsResult | undefined>();
  readonly onDidChange = this.changed.event;
  private current: AnnotationsResult | undefined;
  /** The article last shown in a text editor: kept while focus is in a panel or a view. */
  private article: vscode.TextDocument | undefined;
  private request = 0;
  private editTimer: NodeJS.Timeout | undefined;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(private readonly server: MizanServer) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => void this.refresh()),
      onDidChangeActiveView(() => void this.refresh()),
      // A plain-text file switched to the Mizan language is closed and reopened under the new id.
      vscode.workspace.onDidOpenTextDocument((doc) => {
        if (doc === vscode.window.activeTextEditor?.document) void this.refresh();
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (doc === this.article) void this.refresh();
      }),
      // Spans move with the text: fetch them again once typing pauses.
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document !== this.article || e.contentChanges.length === 0) return;
        clearTimeout(this.editTimer);
        this.editTimer = setTimeout(() => void this.refresh(), EDIT_DELAY_MS);
      }),
      server.onRunning(() => void this.refresh()),
      server.onNotification(AnnotationsChanged.type, (p) => {
        if (p.uri === this.article?.uri.toString()) void this.refresh();
      }),
      { dispose: () => clearTimeout(this.editTimer) },
    );
  }

  get result(): AnnotationsResult | undefined {
    return this.current;
  }

  /** The Mizan article shown in the active editor (or last shown, while no text editor is active). */
  get document(): vscode.TextDocument | undefined {
    return this.article;
  }

  private followEditor(): void {
    const editor = vscode.window.activeTextEditor;
    const view = activeAnnotationView();
    if (view) this.article = view.document;
    else if (editor) this.article = editor.document.languageId === 'mizan' ? editor.document : undefined;
    else if (this.article?.isClosed) this.article = undefined;
  }

  async refresh(): Promise<void> {
    this.followEditor();
    const doc = this.article;
    const id = ++this.request;
    const result = doc ? await this.server.annotations(doc.uri.toString()) : undefined;
    if (id !== this.request) return;
    if (doc) void vscode.commands.executeCommand('setContext', HasArticleContext, true);
    this.current = result;
    this.changed.fire(result);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
