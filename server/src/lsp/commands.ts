// The server commands of the annotating UI (workspace/executeCommand, one argument object each,
// answering CommandResult). Each maps LSP positions to offsets and hands a pure decision to the
// annotation manager, which applies it, writes the sidecar and answers; then the editor refreshes.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import * as decide from '../core/annotate/decide';
import type { ClaimKind, Span } from '../core/types';
import { serverCommandOf, type CommandResult, type Range, type ServerCommand } from '../protocol';
import type { AnnotationService } from './annotations';
import { Args, BadArgs } from './commandArgs';
import type { ServerContext } from './context';
import { t } from '../messages';

type Handler = (args: Args, doc: TextDocument) => Promise<CommandResult>;

export function registerAnnotationCommands(ctx: ServerContext, service: AnnotationService): void {
  const { manager } = service;
  const span = (doc: TextDocument, r: Range): Span => {
    const a = doc.offsetAt(r.start);
    const b = doc.offsetAt(r.end);
    return { start: Math.min(a, b), end: Math.max(a, b) };
  };
  /** A selection inside a quotation is a direct claim (the speaker's own words). */
  const claimKindOf = (uri: string, s: Span): ClaimKind => (ctx.analysis(uri)?.quotations.some((q) => q.start <= s.start && s.end <= q.end) ? 'direct' : 'indirect');
  const statuses = ['accepted', 'rejected'] as const;

  // One handler per command of ServerCommandArgs: the compiler flags a command declared without one.
  const handlers: Record<ServerCommand, Handler> = {
    tagStance: (a, doc) => {
      const s = span(doc, a.range('range'));
      const stance = a.string('stance');
      const target = a.optionalString('target');
      return manager.apply(doc.uri, service.current(doc), (d, v, t, actor) => decide.tagStance(d, v, t, s, stance, target, claimKindOf(doc.uri, s), actor));
    },
    tagArticleStance: (a, doc) => {
      const stance = a.optionalString('stance');
      const target = a.optionalString('target');
      return manager.apply(doc.uri, service.current(doc), (d, _v, _t, actor) => decide.tagArticle(d, stance, target, actor));
    },
    setEntityStatus: (a, doc) => {
      const at = doc.offsetAt(a.position('position'));
      const status = a.oneOf('status', statuses);
      return manager.apply(doc.uri, service.current(doc), (d, v, t, actor) => decide.setStatus(d, v, t, 'entity', at, status, actor));
    },
    relabelEntity: (a, doc) => {
      const at = doc.offsetAt(a.position('position'));
      const type = a.string('type');
      return manager.apply(doc.uri, service.current(doc), (d, v, t, actor) => decide.relabelEntity(d, v, t, at, type, actor));
    },
    addEntity: (a, doc) => {
      const s = span(doc, a.range('range'));
      const type = a.string('type');
      return manager.apply(doc.uri, service.current(doc), (d, v, t, actor) => decide.addEntity(d, v, t, s, type, actor));
    },
    acceptAll: (a, doc) => {
      const kind = a.oneOf('kind', ['entity', 'claim'] as const);
      return manager.apply(doc.uri, service.current(doc), (d, v, t, actor) => decide.acceptAll(d, v, t, kind, actor));
    },
    setClaimStatus: (a, doc) => {
      const at = doc.offsetAt(a.position('position'));
      const status = a.oneOf('status', statuses);
      return manager.apply(doc.uri, service.current(doc), (d, v, t, actor) => decide.setStatus(d, v, t, 'claim', at, status, actor));
    },
    addClaim: (a, doc) => {
      const s = span(doc, a.range('range'));
      return manager.apply(doc.uri, service.current(doc), (d, v, t, actor) => decide.addClaim(d, v, t, s, claimKindOf(doc.uri, s), actor));
    },
    setSpeaker: (a, doc) => {
      const at = doc.offsetAt(a.position('position'));
      const speaker = span(doc, a.range('speakerRange'));
      return manager.apply(doc.uri, service.current(doc), (d, v, t, actor) => decide.setSpeaker(d, v, t, at, speaker, actor));
    },
    undo: (_a, doc) => manager.undo(doc.uri, service.current(doc)),
    startFresh: (_a, doc) => manager.startFresh(doc.uri, service.current(doc)),
  };

  ctx.connection.onExecuteCommand(async (params): Promise<CommandResult> => {
    const command = serverCommandOf(params.command);
    const say = (id: 'refusal.unknownCommand' | 'refusal.notOpen' | 'refusal.failed', ...args: string[]): CommandResult => ({ ok: false, message: t(ctx.locale(), id, ...args) });
    if (!command) return say('refusal.unknownCommand', params.command);
    const handler = handlers[command];
    try {
      const args = Args.of(params.arguments?.[0], params.command);
      const uri = args.string('uri');
      const doc = ctx.documents.get(uri);
      if (!doc) return say('refusal.notOpen', uri);
      const result = await handler(args, doc);
      if (result.ok) service.changed(uri);
      return result;
    } catch (err) {
      if (err instanceof BadArgs) return { ok: false, message: err.message };
      ctx.connection.console.error(`Mizan: ${params.command} failed: ${err instanceof Error ? err.stack : String(err)}`);
      return say('refusal.failed', params.command, err instanceof Error ? err.message : String(err));
    }
  });
}
