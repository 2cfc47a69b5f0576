// Inlay hints: the stance label after each tagged claim (a setting turns them off).
import { InlayHintKind, type InlayHint, type ServerCapabilities } from 'vscode-languageserver/node';
import { t } from '../messages';
import { stanceTitle } from '../settings';
import type { Services } from './services';
import type { AnnotationRecord, ClaimRecord } from '../core/annotate/record';

export const inlayHintCapabilities: ServerCapabilities = { inlayHintProvider: true };

/**
 * The tagged claims that end in [from, to], in order. A stance is only ever the annotator's: the
 * tagged claims of the annotated view are exactly the decisions that carry one, at their own
 * spans, so the hints need neither the machine's suggestions nor an analysis of the whole article
 * (VS Code asks again after every keystroke).
 */
export function taggedClaims(records: readonly AnnotationRecord[], from: number, to: number): ClaimRecord[] {
  return records.filter((r): r is ClaimRecord => r.kind === 'claim' && !!r.stance && r.status !== 'rejected' && !r.orphaned && r.end >= from && r.end <= to).sort((a, b) => a.start - b.start || a.end - b.end);
}

export function registerInlayHints(s: Services): void {
  s.connection.languages.inlayHint.on((params): InlayHint[] => {
    const doc = s.documents.get(params.textDocument.uri);
    const settings = doc && s.settings(doc.uri);
    if (!doc || !settings?.stanceHints) return [];
    const decisions = s.decisions(doc.uri);
    if (!decisions) return [];
    const from = doc.offsetAt(params.range.start);
    const to = doc.offsetAt(params.range.end);
    return taggedClaims(decisions.records, from, to).map((c) => ({
      position: doc.positionAt(c.end),
      label: `${stanceTitle(c.stance, settings.stances, s.locale())}${c.target ? ` → ${c.target}` : ''}`,
      kind: InlayHintKind.Type,
      paddingLeft: true,
      tooltip: t(s.locale(), 'hint.tooltip'),
    }));
  });
}
