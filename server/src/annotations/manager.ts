// The server's annotation state for every open article: loads the sidecar on open, keeps its spans
// on the text while the editor changes it, merges the decisions with the machine's suggestions,
// applies the annotator's commands one at a time per article, writes the sidecar atomically and
// undoes. Knows nothing of LSP: the text and the machine's suggestions are passed in.
import { randomUUID } from 'crypto';
import { fileURLToPath } from 'url';
import type { Actor, Outcome } from '../core/annotate/decide';
import { mergeDecisions } from '../core/annotate/merge';
import type { AnnotatedDocument } from '../core/annotate/model';
import type { Decisions } from '../core/annotate/record';
import { moveRecords, refreshQuotes, relocateRecords } from '../core/annotate/relocate';
import { changeOfEdit, changeOfEditAt, diffTexts } from '../core/annotate/textChange';
import { restoreDecisions } from '../core/annotate/undo';
import { articleNameOf, backUpBroken, readSidecar, sidecarPath, writeSidecar } from '../store/sidecarStore';
import { SerialQueue } from '../store/serialQueue';
import { staleTemps, withSidecarLock } from '../store/sidecarLock';
import { matchingOrphan, moveSidecar } from '../store/sidecarMoves';
import { SIDECAR_SUFFIX } from '../store/sidecarStore';
import { unreadableArticle } from '../articles/articleFiles';
import { EMPTY, type DocumentState, type Journal } from './documentState';
import { t, type MessageId } from '../messages';

export interface ManagerOptions {
  /** False in an untrusted workspace: nothing is written. */
  writable: boolean;
  author: string;
  now?: () => Date;
  /** Told when a sidecar is found broken (on open or before a write). */
  onBroken?: (uri: string, sidecar: string, message: string) => void;
  /** The display language its refusals are written in (InitializeParams.locale); English when absent. */
  locale?: string;
}

export interface Result {
  ok: boolean;
  message?: string;
  id?: string;
}

/** What a command needs at the moment it runs: the current text and the machine's suggestions. */
export type Current = () => { text: string; machine: AnnotatedDocument };
export type Operation = (d: Decisions, view: AnnotatedDocument, text: string, actor: Actor) => Outcome;

const UNDO_DEPTH = 200;

function fileOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export class AnnotationManager {
  private docs = new Map<string, DocumentState>();
  private queue = new SerialQueue();
  private cache = new WeakMap<AnnotatedDocument, { decisions: Decisions; view: AnnotatedDocument }>();

  constructor(private readonly options: ManagerOptions) {}

  /** A refusal (or note) in the display language. */
  private say(id: MessageId, ...args: string[]): string {
    return t(this.options.locale, id, ...args);
  }

  private refused(id: MessageId, ...args: string[]): Result {
    return { ok: false, message: this.say(id, ...args) };
  }

  get writable(): boolean {
    return this.options.writable;
  }

  /** Loads (or reloads) the sidecar of a document that was opened with this text. */
  open(uri: string, text: string): DocumentState {
    const file = fileOf(uri);
    const state: DocumentState = { uri, file, sidecar: file && sidecarPath(file), text, decisions: EMPTY, undo: [], moved: false };
    this.docs.set(uri, state);
    this.load(state);
    return state;
  }

  close(uri: string): void {
    this.docs.delete(uri);
  }

  /** Resolves once every command, tidy and re-read queued so far has ended. */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  state(uri: string, text: string): DocumentState {
    const state = this.docs.get(uri) ?? this.open(uri, text);
    this.sync(state, text);
    return state;
  }

  /**
   * The editor replaced ranges of `before`, one after another (each range is in the text the
   * previous one left), giving `after`: spans move by each edit's own range, which needs no diff of
   * the whole article and never mistakes a paste beside a span for an edit inside it. A text out
   * of step is left to the whole-text diff of the next sync, and answered false.
   */
  edited(uri: string, before: string, edits: readonly { start: number; end: number; text: string; removed?: string }[], after: string): boolean {
    const state = this.docs.get(uri);
    if (!state || !edits.length || state.text !== before) return false;
    state.text = after;
    if (!state.decisions.records.length && !state.journal) return true;
    let records = state.decisions.records;
    if (edits.length === 1) {
      const [{ start, end, text, removed }] = edits;
      // Only the replaced text is read; given by the editor, `before` itself is never read (that
      // would join, copy, the whole article on every keystroke).
      const oldAt = removed !== undefined && removed.length === end - start ? (i: number) => removed.charCodeAt(i - start) : undefined;
      const change = oldAt ? changeOfEditAt(oldAt, start, end, text) : changeOfEdit(before, start, end, text);
      if (!change) return true;
      records = moveRecords(records, change, after);
      state.journal?.push([change, after]);
    } else {
      // Several cursors: each edit moves the spans in the text it produced.
      let text = before;
      for (const e of edits) {
        const change = changeOfEdit(text, e.start, e.end, e.text);
        text = text.slice(0, e.start) + e.text + text.slice(e.end);
        if (change) {
          records = moveRecords(records, change, text);
          state.journal?.push([change, text]);
        }
      }
      if (text !== after) {
        state.text = before;
        return false;
      }
    }
    state.decisions = { ...state.decisions, records };
    state.moved = true;
    return true;
  }

  /** The annotated view of a document: suggestions merged with the decisions. */
  view(uri: string, text: string, machine: AnnotatedDocument): AnnotatedDocument {
    const state = this.state(uri, text);
    const hit = this.cache.get(machine);
    if (hit && hit.decisions === state.decisions) return hit.view;
    const view = mergeDecisions(machine, state.decisions);
    this.cache.set(machine, { decisions: state.decisions, view });
    return view;
  }

  /**
   * Takes in a sidecar changed on disk by someone else (git pull, another window) while the article
   * is open; true when the decisions changed. Never writes.
   */
  reread(uri: string, text: string): boolean {
    const state = this.state(uri, text);
    if (!state.sidecar) return false;
    const read = readSidecar(state.sidecar);
    const onDisk = read.kind === 'ok' ? read.content : undefined;
    const wasPaused = state.paused;
    if (read.kind !== 'broken' && !state.paused && onDisk === state.disk) return false;
    if (read.kind === 'broken' && state.paused === read.message) return false;
    const before = state.decisions;
    this.load(state);
    state.undo = [];
    return state.decisions !== before || state.paused !== wasPaused;
  }

  /**
   * Runs one annotation command; commands on the same article run one after another, and across
   * processes (another window's server) under the sidecar's lock: the sidecar is read, decided on
   * and written without anyone writing in between, so that no one's decision is lost.
   */
  apply(uri: string, current: Current, op: Operation): Promise<Result> {
    return this.locked(uri, current, (state, machine) => {
      const outcome = op(state.decisions, mergeDecisions(machine, state.decisions), state.text, this.actor(state));
      if ('error' in outcome) return this.refused(`refusal.${outcome.error}`, ...(outcome.args ?? []));
      return this.commit(state, outcome.decisions, outcome.id);
    });
  }

  undo(uri: string, current: Current): Promise<Result> {
    return this.locked(uri, current, async (state) => {
      const previous = state.undo.pop();
      if (!previous) return this.refused('refusal.nothingToUndo');
      const result = await this.commit(state, restoreDecisions(previous, state.decisions, state.text), undefined, false);
      if (!result.ok) state.undo.push(previous);
      return result;
    });
  }

  /** Takes in a sidecar changed on disk (another window wrote it), between this article's commands. */
  rereadQueued(uri: string, text: () => string | undefined): Promise<boolean> {
    return this.queue.run(uri, () => {
      const t = text();
      return t !== undefined && this.docs.has(uri) ? this.reread(uri, t) : false;
    });
  }

  /**
   * An article opened without a sidecar beside an orphaned one that holds its decisions (it was
   * renamed outside the editor): moves that sidecar to it and takes it in. Resolves with the
   * sidecar taken in, if any.
   */
  adopt(uri: string, text: () => string | undefined): Promise<string | undefined> {
    return this.queue.run(uri, async () => {
      const state = this.docs.get(uri);
      const t = text();
      if (!state?.file || !state.sidecar || t === undefined || !this.options.writable) return undefined;
      if (state.paused || state.disk !== undefined || readSidecar(state.sidecar).kind !== 'missing') return undefined;
      const orphan = matchingOrphan(state.file, t);
      if (!orphan) return undefined;
      const moved = await moveSidecar(orphan.slice(0, -SIDECAR_SUFFIX.length), state.file);
      if (moved.kind !== 'moved') return undefined;
      this.sync(state, t);
      this.load(state);
      state.undo = [];
      return orphan;
    });
  }

  /**
   * Removes temp files a writer killed mid-write left beside the sidecar (write-file-atomic's, as
   * big as the sidecar), without waiting for the next command: under the lock, so that no live
   * writer's file is taken. Resolves with how many there were.
   */
  tidy(uri: string): Promise<number> {
    const state = this.docs.get(uri);
    if (!state?.sidecar || !this.options.writable) return Promise.resolve(0);
    const sidecar = state.sidecar;
    const left = staleTemps(sidecar).length;
    if (!left) return Promise.resolve(0);
    return this.queue.run(uri, () => withSidecarLock(sidecar, () => left)).catch(() => 0);
  }

  private locked(uri: string, current: Current, task: (state: DocumentState, machine: AnnotatedDocument) => Promise<Result> | Result): Promise<Result> {
    return this.queue.run(uri, async () => {
      const first = this.state(uri, current().text);
      const early = this.refusal(first, false);
      if (early) return early;
      try {
        return await withSidecarLock(first.sidecar!, () => {
          // Read what the command works on once the lock is held: the text may have changed while
          // waiting for it, and the sidecar too (another window's command).
          const { text, machine } = current();
          const state = this.state(uri, text);
          return this.refusal(state) ?? task(state, machine);
        });
      } catch (err) {
        return this.refused('refusal.cannotLock', first.sidecar!, err instanceof Error ? err.message : String(err));
      }
    });
  }

  /** Backs up a broken sidecar and starts an empty one. */
  startFresh(uri: string, current: Current): Promise<Result> {
    return this.queue.run(uri, async () => {
      const state = this.state(uri, current().text);
      if (!this.options.writable) return this.refused('refusal.untrustedFresh');
      if (!state.sidecar) return this.refused('refusal.notOnDiskFresh');
      return withSidecarLock(state.sidecar, () => this.fresh(state));
    });
  }

  private fresh(state: DocumentState): Result {
    this.load(state);
    if (!state.paused) return this.refused('refusal.notBroken', state.sidecar!);
    const backup = backUpBroken(state.sidecar!, this.now());
    Object.assign(state, { decisions: EMPTY, disk: undefined, paused: undefined, undo: [], moved: false });
    return { ok: true, message: backup ? this.say('result.backedUp', backup) : undefined };
  }

  /** After the article was saved: writes spans that moved, so the sidecar matches the file on disk. */
  saved(uri: string, text: string): Promise<Result> {
    return this.queue.run(uri, async () => {
      const state = this.state(uri, text);
      if (!state.moved || !this.options.writable || !state.sidecar || state.disk === undefined) return { ok: true };
      return withSidecarLock(state.sidecar, () => {
        const disk = readSidecar(state.sidecar!);
        // Someone else wrote it since: their decisions win, ours are re-anchored from them on the next read.
        if (disk.kind !== 'ok' || disk.content !== state.disk) return { ok: true };
        return this.commit(state, state.decisions, undefined, false);
      }).catch((err: unknown) => ({ ok: false, message: String(err) }));
    });
  }

  private now(): Date {
    return this.options.now ? this.options.now() : new Date();
  }

  private actor(state: DocumentState): Actor {
    const ids = new Set(state.decisions.records.map((r) => r.id));
    return {
      author: this.options.author,
      time: this.now().toISOString(),
      newId(kind) {
        let id: string;
        do id = `${kind === 'entity' ? 'e' : 'c'}-${randomUUID().slice(0, 8)}`;
        while (ids.has(id));
        ids.add(id);
        return id;
      },
    };
  }

  private load(state: DocumentState): void {
    state.paused = undefined;
    if (!state.sidecar) return;
    state.unreadable = unreadableArticle(state.file!);
    const read = readSidecar(state.sidecar);
    if (read.kind === 'broken') {
      state.paused = read.message;
      this.options.onBroken?.(state.uri, state.sidecar, read.message);
      return;
    }
    const decisions = read.kind === 'ok' ? read.decisions : EMPTY;
    state.decisions = { ...decisions, records: relocateRecords(decisions.records, state.text) };
    state.moved = JSON.stringify(state.decisions.records) !== JSON.stringify(decisions.records);
    state.disk = read.kind === 'ok' ? read.content : undefined;
  }

  private sync(state: DocumentState, text: string): void {
    // Without records there is nothing to move: the diff would be thrown away (but not while a
    // write is pending: its decisions are moved by the journal).
    const change = state.decisions.records.length || state.journal ? diffTexts(state.text, text) : undefined;
    state.text = text;
    if (!change) return;
    state.journal?.push([change, text]);
    state.decisions = { ...state.decisions, records: moveRecords(state.decisions.records, change, text) };
    state.moved = true;
  }

  /** Why a change cannot be made now, after taking in any change made to the sidecar outside. */
  private refusal(state: DocumentState, readDisk = true): Result | undefined {
    if (!this.options.writable) return this.refused('refusal.untrusted');
    if (!state.sidecar) return this.refused('refusal.notOnDisk');
    if (!readDisk) return undefined;
    const read = readSidecar(state.sidecar);
    const onDisk = read.kind === 'ok' ? read.content : undefined;
    if (read.kind === 'broken' || state.paused || state.unreadable || onDisk !== state.disk) {
      this.load(state);
      state.undo = [];
    }
    if (state.unreadable) return this.refused('refusal.unreadable', state.unreadable);
    if (state.paused) return this.refused('refusal.paused', state.paused);
    return undefined;
  }

  private async commit(state: DocumentState, next: Decisions, id?: string, undoable = true): Promise<Result> {
    const text = state.text;
    let decisions = { ...next, records: refreshQuotes(next.records, text) };
    // The editor may change the text while the file is being written: its edits are kept, to move
    // the new decisions by them afterwards as they moved the old ones.
    const journal: Journal = [];
    state.journal = journal;
    try {
      state.disk = await writeSidecar(state.sidecar!, articleNameOf(state.file!), decisions);
    } catch (err) {
      return this.refused('refusal.cannotWrite', state.sidecar!, err instanceof Error ? err.message : String(err));
    } finally {
      state.journal = undefined;
    }
    for (const [change, after] of journal) decisions = { ...decisions, records: moveRecords(decisions.records, change, after) };
    if (undoable) {
      state.undo.push(state.decisions);
      if (state.undo.length > UNDO_DEPTH) state.undo.shift();
    }
    state.decisions = decisions;
    state.moved = journal.length > 0;
    return { ok: true, ...(id ? { id } : {}) };
  }
}
