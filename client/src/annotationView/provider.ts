// The annotation view as a custom editor of the article's TextDocument (save, undo, dirty state and
// a text editor beside it share the document): opened by default for Mizan articles unless the
// setting chooses the text editor, and one command that switches between the two.
import * as path from 'path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { readOpenArticlesIn, type OpenArticlesIn } from '../../../server/src/settings';
import type { CommandContext } from '../commands/context';
import { warnSettingProblems } from '../settingProblems';
import { activeAnnotationView } from './activeView';
import { pageHtml } from './html';
import type { ViewState } from './messages';
import { ViewSession } from './session';

export const VIEW_TYPE = 'mizan.annotationView';
export const SwitchEditorCommand = 'mizan.switchEditor';
export const ViewInternalCommands = {
  /** The state of the view of a document (or the active one): what it shows and which mark has focus. */
  state: 'mizan.internal.annotationView.state',
  /** Acts as if a key were pressed in the view (tests: the extension host cannot type into a webview). */
  key: 'mizan.internal.annotationView.key',
  /** Resolves with the indices of the next paragraphs the view re-renders. */
  nextRender: 'mizan.internal.annotationView.nextRender',
} as const;

function openIn(doc: vscode.TextDocument): OpenArticlesIn {
  const { value, problems } = readOpenArticlesIn(vscode.workspace.getConfiguration('mizan', doc.uri).get('openArticlesIn'), vscode.l10n.t);
  warnSettingProblems('mizan.openArticlesIn', problems);
  return value;
}

export function registerAnnotationView(context: vscode.ExtensionContext, client: LanguageClient, ctx: CommandContext): void {
  const sessions = new Set<ViewSession>();
  const renderWaiters: ((r: { uri: string; version: number; indices: number[] }) => void)[] = [];
  const viewsOf = (uri: vscode.Uri) => [...sessions].filter((s) => s.document.uri.toString() === uri.toString());
  const dist = vscode.Uri.joinPath(context.extensionUri, 'dist');

  const provider: vscode.CustomTextEditorProvider = {
    resolveCustomTextEditor(document, panel) {
      panel.webview.options = { enableScripts: true, localResourceRoots: [dist] };
      panel.webview.html = pageHtml({
        cspSource: panel.webview.cspSource,
        scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(dist, 'annotationView.js')).toString(),
        styleUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(dist, 'annotationView.css')).toString(),
        language: vscode.env.language,
        title: vscode.l10n.t('Annotation view of {0}', path.basename(document.uri.path)),
      });
      const session = new ViewSession(document, panel, client, {
        rendered: (s, version, indices) => {
          for (const w of renderWaiters.splice(0)) w({ uri: s.document.uri.toString(), version, indices });
        },
      });
      sessions.add(session);
      panel.onDidDispose(() => {
        sessions.delete(session);
        session.dispose();
      });
    },
  };

  /** Articles the annotator switched to the text editor in this window: not switched back on their own. */
  const preferText = new Set<string>();
  const switching = new Set<string>();

  /** A Mizan article shown in a text editor tab, with no view of it yet: reopened in the view, in that tab's place. */
  async function openInView(doc: vscode.TextDocument): Promise<void> {
    const key = doc.uri.toString();
    if (doc.languageId !== 'mizan' || openIn(doc) !== 'annotationView' || preferText.has(key) || switching.has(key) || viewsOf(doc.uri).length) return;
    const tab = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === key);
    if (!tab) return;
    switching.add(key);
    try {
      await vscode.commands.executeCommand('vscode.openWith', doc.uri, VIEW_TYPE, { viewColumn: tab.group.viewColumn, preview: tab.isPreview });
      const stale = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === key && t.group === tab.group);
      if (stale) await vscode.window.tabGroups.close(stale, true);
    } finally {
      switching.delete(key);
    }
  }

  async function switchEditor(): Promise<void> {
    const view = activeAnnotationView();
    const session = [...sessions].find((s) => s === view);
    if (session) {
      preferText.add(session.document.uri.toString());
      await session.openTextBeside();
      return;
    }
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'mizan') {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open an article in the Mizan language first (Arabic news text).'));
      return;
    }
    preferText.delete(editor.document.uri.toString());
    const existing = viewsOf(editor.document.uri)[0];
    if (existing) existing.panel.reveal(existing.panel.viewColumn);
    else await vscode.commands.executeCommand('vscode.openWith', editor.document.uri, VIEW_TYPE, { viewColumn: editor.viewColumn });
  }

  function sessionFor(uri?: string): ViewSession | undefined {
    const list = [...sessions];
    return uri ? list.find((s) => s.document.uri.toString() === uri) : (list.find((s) => s === activeAnnotationView()) ?? list[0]);
  }

  context.subscriptions.push(
    vscode.window.registerCustomEditorProvider(VIEW_TYPE, provider, { webviewOptions: { retainContextWhenHidden: true } }),
    vscode.commands.registerCommand(SwitchEditorCommand, switchEditor),
    vscode.workspace.onDidOpenTextDocument((doc) => void openInView(doc)),
    vscode.window.onDidChangeActiveTextEditor((e) => {
      if (e) void openInView(e.document);
    }),
    // The status bar and the Annotations view refetch after every change: so does the view.
    ctx.annotations.onDidChange((result) => {
      for (const s of sessions) if (!result || s.document.uri.toString() === result.uri) s.annotationsChanged();
    }),
    vscode.commands.registerCommand(ViewInternalCommands.state, (uri?: string): Promise<ViewState | undefined> => sessionFor(uri)?.probe() ?? Promise.resolve(undefined)),
    vscode.commands.registerCommand(ViewInternalCommands.key, (k: { key: string; code: string; shiftKey?: boolean; uri?: string }) => {
      const s = sessionFor(k.uri);
      s?.post({ type: 'key', key: k.key, code: k.code, shiftKey: k.shiftKey });
      return !!s;
    }),
    vscode.commands.registerCommand(ViewInternalCommands.nextRender, () => new Promise((resolve) => renderWaiters.push(resolve))),
    {
      dispose: () => {
        for (const s of sessions) s.dispose();
      },
    },
  );
  for (const editor of vscode.window.visibleTextEditors) void openInView(editor.document);
}
