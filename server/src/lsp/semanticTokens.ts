// Semantic tokens (full, delta and range). While an article has no decisions of the annotator they
// come paragraph by paragraph from the analysis cache (a keystroke re-encodes one paragraph); once it
// has, from the annotated view. A range request is answered from the paragraphs in that range alone,
// so the first screen is coloured at once; the full request waits for the background analysis
// without blocking other requests.
import { LSPErrorCodes, ResponseError, type CancellationToken, type SemanticTokens, type SemanticTokensDelta, type ServerCapabilities } from 'vscode-languageserver/node';
import type { Services } from './services';
import { TOKEN_MODIFIERS, TOKEN_TYPES } from './semanticTokenLegend';
import { tokenSpans } from './semanticTokenSpans';
import { diffTokens, encodeTokens } from './semanticTokenEncoding';
import { encodeChunks } from './chunkTokens';

export const semanticTokensCapabilities: ServerCapabilities = {
  semanticTokensProvider: { legend: { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] }, full: { delta: true }, range: true },
};

const cancelled = () => new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');

export function registerSemanticTokens(s: Services): void {
  const last = new Map<string, { id: string; data: number[] }>();
  let counter = 0;

  const full = (uri: string): number[] | undefined => {
    const doc = s.documents.get(uri);
    if (!doc) return undefined;
    if (!s.hasDecisions(uri)) {
      const analysed = s.store.analysedChunks(uri);
      return analysed && encodeChunks(doc, analysed.chunks);
    }
    const view = s.annotated(uri);
    if (!view) return undefined;
    const text = doc.getText();
    return encodeTokens(doc, text, tokenSpans(view, text));
  };
  const remember = (uri: string, data: number[]): SemanticTokens => {
    const id = String(++counter);
    last.set(uri, { id, data });
    return { resultId: id, data };
  };

  s.connection.languages.semanticTokens.on(async (params, token) => {
    if (!(await s.store.settled(params.textDocument.uri, token))) return cancelled();
    const data = full(params.textDocument.uri);
    return data ? remember(params.textDocument.uri, data) : { data: [] };
  });

  s.connection.languages.semanticTokens.onDelta(async (params, token): Promise<SemanticTokens | SemanticTokensDelta | ResponseError<void>> => {
    const uri = params.textDocument.uri;
    if (!(await s.store.settled(uri, token))) return cancelled();
    const data = full(uri);
    if (!data) return { data: [] };
    const before = last.get(uri);
    if (!before || before.id !== params.previousResultId) return remember(uri, data);
    const edits = diffTokens(before.data, data);
    const id = String(++counter);
    last.set(uri, { id, data });
    return { resultId: id, edits };
  });

  s.connection.languages.semanticTokens.onRange((params, token: CancellationToken) => {
    const doc = s.documents.get(params.textDocument.uri);
    if (!doc) return { data: [] };
    if (token.isCancellationRequested) return cancelled();
    const uri = doc.uri;
    const start = doc.offsetAt(params.range.start);
    const end = doc.offsetAt(params.range.end);
    if (!s.hasDecisions(uri)) return { data: encodeChunks(doc, s.store.chunksIn(uri, start, end)) };
    const text = doc.getText();
    const view = s.annotated(uri);
    if (!view) return { data: [] };
    const spans = tokenSpans(view, text).filter((t) => t.end > start && t.start < end);
    return { data: encodeTokens(doc, text, spans) };
  });

  s.documents.onDidClose((e) => last.delete(e.document.uri));
}
