// Semantic tokens as VS Code hands them out (vscode.provideDocumentSemanticTokens), decoded with
// the server's own legend into absolute offsets of the document.
import * as vscode from 'vscode';
import { waitFor } from './support';

export interface Decoded { start: number; end: number; type: string; modifiers: string[] }

export function decode(doc: vscode.TextDocument, tokens: vscode.SemanticTokens, legend: vscode.SemanticTokensLegend): Decoded[] {
  const out: Decoded[] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i + 5 <= tokens.data.length; i += 5) {
    const [dLine, dChar, length, type, mods] = tokens.data.slice(i, i + 5);
    line += dLine;
    char = dLine === 0 ? char + dChar : dChar;
    const start = doc.offsetAt(new vscode.Position(line, char));
    out.push({ start, end: start + length, type: legend.tokenTypes[type], modifiers: legend.tokenModifiers.filter((_, bit) => mods & (1 << bit)) });
  }
  return out;
}

export async function legendOf(doc: vscode.TextDocument): Promise<vscode.SemanticTokensLegend> {
  return waitFor('the semantic tokens legend', () => vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>('vscode.provideDocumentSemanticTokensLegend', doc.uri));
}

export async function semanticTokens(doc: vscode.TextDocument): Promise<Decoded[]> {
  const legend = await legendOf(doc);
  const tokens = await waitFor('semantic tokens', async () => {
    const t = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', doc.uri);
    return t && t.data.length > 0 ? t : undefined;
  });
  return decode(doc, tokens, legend);
}

/** The tokens that cover the text from `at` for `length` code units. */
export const covering = (tokens: Decoded[], at: number, length: number) => tokens.filter((t) => t.start <= at && t.end >= at + length);

/** Waits until the tokens over a word satisfy `accept` (tokens are recomputed after each change). */
export async function waitForTokens(what: string, doc: vscode.TextDocument, at: number, length: number, accept: (over: Decoded[]) => boolean): Promise<Decoded[]> {
  let last: Decoded[] = [];
  try {
    return await waitFor(what, async () => {
      last = covering(await semanticTokens(doc), at, length);
      return accept(last) ? last : undefined;
    });
  } catch (err) {
    throw new Error(`${err instanceof Error ? err.message : err}; tokens there: ${JSON.stringify(last)}`);
  }
}
