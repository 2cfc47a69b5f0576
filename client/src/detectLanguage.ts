// Plain-text files that are mostly Arabic get the Mizan language on open, without renaming.
// The client never parses Arabic: it only counts script ranges, the same test the core uses.
// A file the user moves back to another language (the status bar's language pick) keeps that
// choice: VS Code reports a language change as a close and an open of the same document, so a
// Mizan document closed while its tab stays open and reopened at once is the user's choice, which
// is remembered for the workspace until the user picks Mizan for it again.
import * as vscode from 'vscode';
import { isMostlyArabic } from '../../server/src/core/text/script';
import { readFilePatterns, readFlag } from '../../server/src/settings';

/** What detection did with a document the last time it opened (for the end-to-end tests). */
export type Detection = 'switched' | 'kept' | 'user-choice';

const CHOICES_KEY = 'mizan.plainTextByChoice';
// A language change closes and reopens the document in the same turn; a real close is followed by
// a reopen much later, if ever.
const LANGUAGE_CHANGE_MS = 2000;

function matchesPattern(doc: vscode.TextDocument, patterns: string[]): boolean {
  return patterns.some((p) => vscode.languages.match({ pattern: p }, doc) > 0);
}

const tabIsOpen = (uri: vscode.Uri) => vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => (t.input instanceof vscode.TabInputText || t.input instanceof vscode.TabInputCustom) && t.input.uri.toString() === uri.toString()));

export function registerLanguageDetection(context: vscode.ExtensionContext): (uri: vscode.Uri) => Detection | undefined {
  const chosen = new Set<string>(context.workspaceState.get<string[]>(CHOICES_KEY, []));
  const save = () => context.workspaceState.update(CHOICES_KEY, [...chosen]);
  const closedAsMizan = new Map<string, number>();
  const decided = new Map<string, Detection>();

  const onOpen = async (doc: vscode.TextDocument): Promise<void> => {
    const key = doc.uri.toString();
    if (doc.languageId === 'mizan') {
      if (chosen.delete(key)) void save();
      return;
    }
    if (doc.languageId !== 'plaintext' || doc.uri.scheme === 'output') return;
    const closed = closedAsMizan.get(key);
    closedAsMizan.delete(key);
    if (closed !== undefined && Date.now() - closed < LANGUAGE_CHANGE_MS && tabIsOpen(doc.uri)) {
      chosen.add(key);
      void save();
    }
    if (chosen.has(key)) {
      decided.set(key, 'user-choice');
      return;
    }
    const config = vscode.workspace.getConfiguration('mizan', doc.uri);
    const byPattern = matchesPattern(doc, readFilePatterns(config.get('filePatterns')));
    if (byPattern || (readFlag(config.get('detectArabic'), 'mizan.detectArabic', true).value && isMostlyArabic(doc.getText(new vscode.Range(0, 0, 200, 0))))) {
      decided.set(key, 'switched');
      await vscode.languages.setTextDocumentLanguage(doc, 'mizan');
    } else {
      decided.set(key, 'kept');
    }
  };

  context.subscriptions.push(
    vscode.workspace.onDidCloseTextDocument((d) => {
      if (d.languageId === 'mizan') closedAsMizan.set(d.uri.toString(), Date.now());
    }),
    vscode.workspace.onDidOpenTextDocument((d) => void onOpen(d)),
  );
  for (const d of vscode.workspace.textDocuments) void onOpen(d);
  return (uri) => decided.get(uri.toString());
}
