// What the client draws over an article's text: claim spans (tint, gutter and ruler mark by
// stance), entity mentions by type and status, and each claim's cue and speaker. They go as a
// custom notification, not semantic tokens: a token boundary inside a line of Arabic reorders its
// phrases in VS Code, an overlay decoration does not (README, "Arabic reads in order").
import { DecorationsNotification, type ClaimDecoration, type ClaimPartMark, type DecorationsParams, type EntityMark, type MarkStatus } from '../protocol';
import type { AnnotatedDocument } from '../core/annotate/model';
import type { Span } from '../core/types';
import { rangeOf, type Services } from './services';
import type { TextDocument } from 'vscode-languageserver-textdocument';

const markStatus = (status: string): MarkStatus => (status === 'accepted' ? 'accepted' : 'suggested');
const drawn = (a: { status: string; orphaned?: boolean; start: number; end: number }) => a.status !== 'rejected' && !a.orphaned && a.end > a.start;

export function marksOf(doc: TextDocument, view: AnnotatedDocument): Omit<DecorationsParams, 'uri' | 'version'> {
  const part = (span: Span, status: string): ClaimPartMark => ({ range: rangeOf(doc, span.start, span.end), status: markStatus(status) });
  const claims: ClaimDecoration[] = view.claims.map((c) => ({
    range: rangeOf(doc, c.start, c.end),
    status: c.status,
    ...(c.stance ? { stance: c.stance } : {}),
    ...(c.orphaned ? { orphaned: true } : {}),
  }));
  const entities: EntityMark[] = view.entities.filter(drawn).map((e) => ({ range: rangeOf(doc, e.start, e.end), type: e.type, status: markStatus(e.status) }));
  const live = view.claims.filter(drawn);
  const cues = live.filter((c) => c.cue && c.cue.end > c.cue.start).map((c) => part(c.cue!, c.status));
  // A speaker carried over from an earlier sentence is marked where it is named, not again here.
  const speakers = live.filter((c) => c.speaker && !c.speakerCarried && c.speaker.end > c.speaker.start).map((c) => part(c.speaker!, c.status));
  return { claims, entities, cues, speakers };
}

export function decorationsOf(s: Services, uri: string): DecorationsParams | undefined {
  const doc = s.documents.get(uri);
  const view = doc && s.annotated(uri);
  if (!doc || !view) return undefined;
  return { uri, version: doc.version, ...marksOf(doc, view) };
}

export function publishDecorations(s: Services, uri: string): void {
  const params = decorationsOf(s, uri);
  if (params) void s.connection.sendNotification(DecorationsNotification.type, params);
}
