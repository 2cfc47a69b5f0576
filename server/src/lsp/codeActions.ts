// Code actions: on a claim, tag its stance; on a suggested entity, accept, reject or relabel it.
// Each action carries the server command (ServerCommands) and its argument object.
import { CodeActionKind, type CodeAction, type ServerCapabilities } from 'vscode-languageserver/node';
import { ENTITY_TYPES } from '../core/types';
import { serverCommand } from '../protocol';
import { kindName, t } from '../messages';
import { labelTitleIn } from '../settings';
import { viewAround } from './decidedTokens';
import { claimAt, entityAt } from './lookup';
import { rangeOf, type Services } from './services';

export const codeActionCapabilities: ServerCapabilities = { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite] } };

export function registerCodeActions(s: Services): void {
  s.connection.onCodeAction((params): CodeAction[] => {
    const doc = s.documents.get(params.textDocument.uri);
    if (!doc) return [];
    const uri = doc.uri;
    const at = doc.offsetAt(params.range.start);
    // VS Code asks on every move of the cursor: the paragraph's own view will do, not the whole article's.
    const chunks = s.store.analysedChunks(uri)?.chunks;
    const view = (chunks && viewAround(chunks, s.decisions(uri)?.records ?? [], at)) ?? s.annotated(uri);
    if (!view) return [];
    const out: CodeAction[] = [];
    const locale = s.locale();
    const claim = claimAt(view, at);
    if (claim) {
      const range = rangeOf(doc, claim.start, claim.end);
      for (const st of s.settings(uri).stances) {
        if (claim.stance === st.id) continue;
        const title = t(locale, 'action.tagStance', labelTitleIn(st, locale));
        out.push({ title, kind: CodeActionKind.QuickFix, command: serverCommand(title, 'tagStance', { uri, range, stance: st.id }) });
      }
    }
    const entity = entityAt(view, at);
    if (entity) {
      const position = doc.positionAt(entity.start);
      const name = entity.text.replace(/\s+/g, ' ');
      if (entity.status === 'suggested') {
        for (const status of ['accepted', 'rejected'] as const) {
          const title = t(locale, status === 'accepted' ? 'action.accept' : 'action.reject', kindName(locale, entity.type), name);
          out.push({ title, kind: CodeActionKind.QuickFix, command: serverCommand(title, 'setEntityStatus', { uri, position, status }) });
        }
      }
      for (const type of ENTITY_TYPES) {
        if (type === entity.type) continue;
        const title = t(locale, 'action.relabel', name, kindName(locale, type));
        out.push({ title, kind: CodeActionKind.RefactorRewrite, command: serverCommand(title, 'relabelEntity', { uri, position, type }) });
      }
    }
    return out;
  });
}
