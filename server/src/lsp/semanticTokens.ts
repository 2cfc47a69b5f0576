// Semantic tokens (full, delta and range). They come paragraph by paragraph from the analysis cache,
// with the annotator's decisions laid over each paragraph (a keystroke re-encodes one paragraph);
// only while a decision would colour the text between paragraphs, from the whole annotated view
// (see decidedTokens.ts). A range request is answered from the paragraphs in that range alone, so
// the first screen is coloured at once; the full request waits for the background analysis
// without blocking other requests.
import { LSPErrorCodes, ResponseError, type CancellationToken, type SemanticTokens, type SemanticTokensDelta, type ServerCapabilities } from 'vscode-languageserver/node';
import type { Services } from './services';
import { legendFor } from './semanticTokenLegend';
import { tokenSpans } from './semanticTokenSpans';
import { diffTokens, encodeTokens } from './semanticTokenEncoding';
import { chunkLayout, encodeLayout, type ChunkLayout } from './chunkTokens';
import { decidedTokens } from './decidedTokens';
import { layoutDelta } from './chunkTokenDelta';

/** The tokens of a result: the chunk layout (machine suggestions by paragraph) or the encoding of the annotated view. */
type Encoded = { layout: ChunkLayout } | { data: number[] };
const dataOf = (e: Encoded): number[] => ('layout' in e ? encodeLayout(e.layout) : e.data);

export const semanticTokensCapabilities: ServerCapabilities = {
  semanticTokensProvider: { legend: legendFor(), full: { delta: true }, range: true },
};

const cancelled = () => new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');

export function registerSemanticTokens(s: Services): void {
  const last = new Map<string, { id: string; tokens: Encoded }>();
  let counter = 0;

  const full = (uri: string): Encoded | undefined => {
    const doc = s.documents.get(uri);
    if (!doc) return undefined;
    const analysed = s.store.analysedChunks(uri);
    if (!analysed) return undefined;
    const parts = decidedTokens(analysed.chunks, s.decisions(uri)?.records ?? []);
    if (parts) return { layout: chunkLayout(doc, analysed.chunks, parts) };
    const view = s.annotated(uri);
    if (!view) return undefined;
    const text = doc.getText();
    return { data: encodeTokens(doc, text, tokenSpans(view, text)) };
  };
  const remember = (uri: string, tokens: Encoded): string => {
    const id = String(++counter);
    last.set(uri, { id, tokens });
    return id;
  };

  s.connection.languages.semanticTokens.on(async (params, token) => {
    if (!(await s.store.settled(params.textDocument.uri, token))) return cancelled();
    const tokens = full(params.textDocument.uri);
    return tokens ? { resultId: remember(params.textDocument.uri, tokens), data: dataOf(tokens) } : { data: [] };
  });

  s.connection.languages.semanticTokens.onDelta(async (params, token): Promise<SemanticTokens | SemanticTokensDelta | ResponseError<void>> => {
    const uri = params.textDocument.uri;
    if (!(await s.store.settled(uri, token))) return cancelled();
    const tokens = full(uri);
    if (!tokens) return { data: [] };
    const before = last.get(uri);
    if (!before || before.id !== params.previousResultId) return { resultId: remember(uri, tokens), data: dataOf(tokens) };
    const edits = 'layout' in before.tokens && 'layout' in tokens ? layoutDelta(before.tokens.layout, tokens.layout) : diffTokens(dataOf(before.tokens), dataOf(tokens));
    return { resultId: remember(uri, tokens), edits };
  });

  s.connection.languages.semanticTokens.onRange((params, token: CancellationToken) => {
    const doc = s.documents.get(params.textDocument.uri);
    if (!doc) return { data: [] };
    if (token.isCancellationRequested) return cancelled();
    const uri = doc.uri;
    const start = doc.offsetAt(params.range.start);
    const end = doc.offsetAt(params.range.end);
    const chunks = s.store.chunksIn(uri, start, end);
    const parts = decidedTokens(chunks, s.decisions(uri)?.records ?? []);
    if (parts) return { data: encodeLayout(chunkLayout(doc, chunks, parts)) };
    const text = doc.getText();
    const view = s.annotated(uri);
    if (!view) return { data: [] };
    const spans = tokenSpans(view, text).filter((t) => t.end > start && t.start < end);
    return { data: encodeTokens(doc, text, spans) };
  });

  s.documents.onDidClose((e) => last.delete(e.document.uri));
}
