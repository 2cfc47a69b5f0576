// Plain-text files that are mostly Arabic get the Mizan language on open, without renaming.
// The client never parses Arabic: it only counts script ranges, the same test the core uses.
import * as vscode from 'vscode';
import { isMostlyArabic } from '../../server/src/core/text/script';
import { readFilePatterns, readFlag } from '../../server/src/settings';

function matchesPattern(doc: vscode.TextDocument, patterns: string[]): boolean {
  return patterns.some((p) => vscode.languages.match({ pattern: p }, doc) > 0);
}

async function maybeSwitch(doc: vscode.TextDocument): Promise<void> {
  if (doc.languageId !== 'plaintext' || doc.uri.scheme === 'output') return;
  const config = vscode.workspace.getConfiguration('mizan', doc.uri);
  const byPattern = matchesPattern(doc, readFilePatterns(config.get('filePatterns')));
  if (byPattern || (readFlag(config.get('detectArabic'), 'mizan.detectArabic', true).value && isMostlyArabic(doc.getText(new vscode.Range(0, 0, 200, 0))))) {
    await vscode.languages.setTextDocumentLanguage(doc, 'mizan');
  }
}

export function registerLanguageDetection(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument((d) => void maybeSwitch(d)));
  for (const d of vscode.workspace.textDocuments) void maybeSwitch(d);
}
