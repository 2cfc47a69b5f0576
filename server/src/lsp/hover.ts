// Hover: the entity card (type, canonical name, other spellings, English name, description, counts
// here and across the folder, the claims it made) or, on a claim, its speaker, cue and stance.
import type { Hover, ServerCapabilities } from 'vscode-languageserver/node';
import type { AnnotatedDocument, ClaimAnnotation, EntityAnnotation } from '../core/annotate/model';
import type { Analysis } from '../core/types';
import { t, typeName } from '../messages';
import { stanceTitle } from '../settings';
import { claimAt, clusterOf, entityAt, namesOf, sameEntity } from './lookup';
import { rangeOf, type Services } from './services';

export const hoverCapabilities: ServerCapabilities = { hoverProvider: true };

const oneLine = (text: string, max = 80) => {
  const t = text.replace(/\s+/g, ' ').trim();
  return md(t.length > max ? `${t.slice(0, max - 1)}…` : t);
};

/**
 * Text from the article or from `.mizan/entities.json`, shown as itself: Markdown and HTML in it
 * (an image, a link, <img>) would otherwise render, and a remote image load on hover.
 */
export const md = (text: string): string => text.replace(/[\\`*_[\]<>!|~#&]/g, '\\$&').replace(/\s+/g, ' ');

export function entityCard(s: Services, uri: string, view: AnnotatedDocument, analysis: Analysis, e: EntityAnnotation): string {
  const cluster = clusterOf(analysis, e);
  const canonical = cluster?.canonical ?? e.text.replace(/\s+/g, ' ');
  const names = namesOf(analysis, e);
  const locale = s.locale();
  const lines: string[] = [t(locale, 'hover.entityHeading', md(canonical), typeName(locale, e.type), e.type, t(locale, e.status === 'accepted' ? 'hover.accepted' : 'hover.suggested'))];
  const kb = s.kb().lookup(e.type, names);
  if (kb?.en) lines.push(t(locale, 'hover.english', md(kb.en)));
  if (kb?.description) lines.push(`${md(kb.description)} _(${md(kb.origin)})_`);
  const others = names.filter((n) => n !== canonical);
  if (others.length) lines.push(t(locale, 'hover.alsoWritten', others.map(md).join(' / ')));
  const here = sameEntity(view, analysis, e).length;
  const folder = s.corpus.count(e.type, names, uri);
  lines.push(t(locale, folder.files === 1 ? 'hover.mentionsOne' : 'hover.mentions', here, folder.mentions, folder.files));
  const said = view.claims.filter((c) => c.status !== 'rejected' && c.speakerCluster !== undefined && cluster && analysis.clusters[c.speakerCluster] === cluster);
  if (said.length) {
    lines.push(t(locale, 'hover.claimsMade', said.length));
    for (const c of said.slice(0, 5)) lines.push(`- «${oneLine(c.text)}» — ${md(stanceTitle(c.stance, s.settings(uri).stances, locale))}`);
    if (said.length > 5) lines.push(`- ${t(locale, 'hover.more', said.length - 5)}`);
  }
  return lines.join('\n\n');
}

export function claimCard(s: Services, uri: string, text: string, analysis: Analysis, c: ClaimAnnotation): string {
  const speaker = c.speaker ? text.slice(c.speaker.start, c.speaker.end).replace(/\s+/g, ' ') : c.speakerCluster !== undefined ? analysis.clusters[c.speakerCluster]?.canonical : undefined;
  const locale = s.locale();
  const stance = md(stanceTitle(c.stance, s.settings(uri).stances, locale));
  const lines = [
    t(locale, 'hover.claimHeading', t(locale, c.claimKind === 'direct' ? 'hover.direct' : 'hover.indirect'), t(locale, `hover.${c.status}`)),
    t(locale, 'hover.speaker', (speaker ? md(speaker) : t(locale, 'hover.speakerUnknown')) + (c.speakerCarried ? t(locale, 'hover.speakerCarried') : '')),
    t(locale, 'hover.cue', c.cue ? md(text.slice(c.cue.start, c.cue.end)) : '—'),
    t(locale, 'hover.stance', c.target ? t(locale, 'hover.toward', stance, md(c.target)) : stance),
  ];
  return lines.join('\n\n');
}

export function registerHover(s: Services): void {
  s.connection.onHover((params): Hover | null => {
    const doc = s.documents.get(params.textDocument.uri);
    const analysis = doc && s.analysis(doc.uri);
    const view = doc && s.annotated(doc.uri);
    if (!doc || !analysis || !view) return null;
    const at = doc.offsetAt(params.position);
    const e = entityAt(view, at);
    if (e) return { contents: { kind: 'markdown', value: entityCard(s, doc.uri, view, analysis, e) }, range: rangeOf(doc, e.start, e.end) };
    const c = claimAt(view, at);
    if (c) return { contents: { kind: 'markdown', value: claimCard(s, doc.uri, doc.getText(), analysis, c) }, range: rangeOf(doc, c.start, c.end) };
    return null;
  });
}
