// A to-do list in the Problems panel, at Information severity: claims without a stance, and
// annotations that lost their place in the text. Each kind can be turned off in the settings.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import { kindName, t } from '../messages';
import { rangeOf, type Services } from './services';

const excerpt = (t: string) => {
  const s = t.replace(/\s+/g, ' ').trim();
  return s.length > 60 ? `${s.slice(0, 59)}…` : s;
};

export function diagnosticsOf(s: Services, uri: string): Diagnostic[] {
  const doc = s.documents.get(uri);
  const view = doc && s.annotated(uri);
  if (!doc || !view) return [];
  const settings = s.settings(uri);
  const locale = s.locale();
  const out: Diagnostic[] = [];
  for (const c of view.claims) {
    if (c.status === 'rejected') continue;
    if (c.orphaned) {
      if (settings.orphaned) out.push({ range: rangeOf(doc, c.start, c.start), severity: DiagnosticSeverity.Information, source: 'mizan', code: 'orphaned', message: t(locale, 'diagnostic.claimOrphaned', excerpt(c.text)) });
      continue;
    }
    if (!c.stance && settings.untaggedClaims) {
      out.push({ range: rangeOf(doc, c.start, c.end), severity: DiagnosticSeverity.Information, source: 'mizan', code: 'untagged-claim', message: t(locale, 'diagnostic.claimUntagged', excerpt(c.text)) });
    }
  }
  if (settings.orphaned) {
    for (const e of view.entities) {
      if (e.orphaned && e.status !== 'rejected')
        out.push({ range: rangeOf(doc, e.start, e.start), severity: DiagnosticSeverity.Information, source: 'mizan', code: 'orphaned', message: t(locale, 'diagnostic.entityOrphaned', kindName(locale, e.type), excerpt(e.text)) });
    }
  }
  return out;
}

export function publishDiagnostics(s: Services, uri: string): void {
  const doc = s.documents.get(uri);
  if (doc) void s.connection.sendDiagnostics({ uri, version: doc.version, diagnostics: diagnosticsOf(s, uri) });
}
