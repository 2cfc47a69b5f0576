// Problems of the user's knowledge base file (.mizan/entities.json), as diagnostics on that file
// and one window message; the file's old diagnostics are cleared when it is gone or another one
// took its place.
import * as path from 'path';
import { pathToFileURL } from 'url';
import { DiagnosticSeverity, type Connection } from 'vscode-languageserver/node';
import type { LoadedKb } from '../kb/loadKnowledgeBase';
import { t } from '../messages';

export function reportKnowledgeBase(connection: Connection, before: LoadedKb | undefined, now: LoadedKb, locale?: string): void {
  const old = before?.file;
  const { file, text, problems } = now;
  if (old && old !== file) void connection.sendDiagnostics({ uri: pathToFileURL(old).toString(), diagnostics: [] });
  if (!file) return;
  const at = (offset?: number) => {
    const lines = (text ?? '').slice(0, offset ?? 0).split(/\r?\n/);
    return { line: lines.length - 1, character: lines[lines.length - 1].length };
  };
  void connection.sendDiagnostics({
    uri: pathToFileURL(file).toString(),
    diagnostics: problems.map((p) => ({ range: { start: at(p.offset), end: at(p.offset) }, severity: DiagnosticSeverity.Error, source: 'mizan', message: p.message })),
  });
  if (problems.length) {
    void connection.window.showWarningMessage(t(locale, problems.length === 1 ? 'window.kbProblemsOne' : 'window.kbProblems', path.basename(file), problems.length, problems[0].message));
  }
}
