// The annotations of the article in the active editor, fetched from the server when the editor
// changes or the server says they changed; the status bar and the Annotations view both read it.
import * as vscode from 'vscode';
import { AnnotationsChanged, type AnnotationsChangedParams, type AnnotationsResult } from '../../../server/src/protocol';
import type { MizanServer } from '../commands/server';
import { HasArticleContext } from '../commands/commandIds';

export class ActiveAnnotations implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<AnnotationsResult | undefined>();
  readonly onDidChange = this.changed.event;
  private current: AnnotationsResult | undefined;
  private currentDoc: vscode.TextDocument | undefined;
  private request = 0;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(private readonly server: MizanServer) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => void this.refresh()),
      // A plain-text file switched to the Mizan language is closed and reopened under the new id.
      vscode.workspace.onDidOpenTextDocument((doc) => {
        if (doc === vscode.window.activeTextEditor?.document) void this.refresh();
      }),
      server.onRunning(() => void this.refresh()),
      server.onNotification<AnnotationsChangedParams>(AnnotationsChanged, (p) => {
        if (p.uri === this.document?.uri.toString()) void this.refresh();
      }),
    );
  }

  get result(): AnnotationsResult | undefined {
    return this.current;
  }

  /** The Mizan article shown in the active editor, if any. */
  get document(): vscode.TextDocument | undefined {
    const doc = vscode.window.activeTextEditor?.document;
    return doc?.languageId === 'mizan' ? doc : this.currentDoc && !this.currentDoc.isClosed && !vscode.window.activeTextEditor ? this.currentDoc : undefined;
  }

  async refresh(): Promise<void> {
    const doc = this.document;
    const id = ++this.request;
    const result = doc ? await this.server.annotations(doc.uri.toString()) : undefined;
    if (id !== this.request) return;
    if (doc) void vscode.commands.executeCommand('setContext', HasArticleContext, true);
    this.currentDoc = doc;
    this.current = result;
    this.changed.fire(result);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
