// Claim spans for the client to paint (background tint, gutter and overview mark by stance): semantic
// tokens cannot paint backgrounds, so the server sends them as a custom notification.
import { DecorationsNotification, type ClaimDecoration, type DecorationsParams } from '../protocol';
import { rangeOf, type Services } from './services';

export function decorationsOf(s: Services, uri: string): DecorationsParams | undefined {
  const doc = s.documents.get(uri);
  const view = doc && s.annotated(uri);
  if (!doc || !view) return undefined;
  const claims: ClaimDecoration[] = view.claims.map((c) => ({
    range: rangeOf(doc, c.start, c.end),
    status: c.status,
    ...(c.stance ? { stance: c.stance } : {}),
    ...(c.orphaned ? { orphaned: true } : {}),
  }));
  return { uri, version: doc.version, claims };
}

export function publishDecorations(s: Services, uri: string): void {
  const params = decorationsOf(s, uri);
  if (params) void s.connection.sendNotification(DecorationsNotification.type, params);
}
