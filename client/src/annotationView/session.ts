// One open annotation view: feeds its webview the article's paragraphs and marks from the server,
// stands in for a text editor while it is active (its focused mark is the cursor, its selection
// the selection) so that the commands run unchanged, and keeps a text editor of the same article
// scrolled with it.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ArticleOutlineRequest, ParagraphMarksRequest, type ArticleOutline, type ArticleOutlineParams, type ParagraphMarks, type ParagraphMarksParams } from '../../../server/src/articleViewProtocol';
import { readAnnotationViewSettings } from '../../../server/src/settings';
import { Commands } from '../commands/commandIds';
import { stanceLabels } from '../commands/stance';
import { prefersArabic } from '../l10n';
import { warnSettingProblems } from '../settingProblems';
import { leaveView, setActiveView, type ActiveView, type ArticleEditor } from './activeView';
import type { FocusedMark, FromView, Span, StanceKey, ToView, ViewCommand, ViewSettings, ViewState, ViewStrings } from './messages';
import { outlineEdit } from './outlineEdit';

export interface SessionEvents {
  /** Paragraphs re-rendered in the webview (tests, bench). */
  rendered(session: ViewSession, version: number, indices: number[]): void;
}

function viewSettings(scope: vscode.Uri): ViewSettings {
  const c = vscode.workspace.getConfiguration('mizan.annotationView', scope);
  const { value, problems } = readAnnotationViewSettings({ fontFamily: c.get('fontFamily'), fontSize: c.get('fontSize'), lineHeight: c.get('lineHeight') }, vscode.l10n.t);
  warnSettingProblems('mizan.annotationView', problems);
  return value;
}

function stanceKeys(scope: vscode.Uri): StanceKey[] {
  const arabic = prefersArabic(vscode.env.language);
  return stanceLabels(scope).map((l) => ({ id: l.id, name: arabic ? l.ar : l.en, key: l.key }));
}

function viewStrings(): ViewStrings {
  return {
    untagged: vscode.l10n.t('no stance'),
    readOnly: vscode.l10n.t('This workspace is not trusted: the annotation view is read-only. Trust the workspace to annotate.'),
    loading: vscode.l10n.t('Loading the article…'),
    empty: vscode.l10n.t('This article is empty.'),
    help: vscode.l10n.t('Tab: next mark · e / c / u: next entity / claim / claim without stance (Shift: previous) · 1–9 or the stance keys: tag the claim · Enter: accept · Delete: reject · r: relabel · Alt+M chords as in the text editor'),
    types: { PER: vscode.l10n.t('Person'), LOC: vscode.l10n.t('Place'), ORG: vscode.l10n.t('Organisation'), MISC: vscode.l10n.t('Other (event, product, …)') },
    claimKinds: { direct: vscode.l10n.t('direct quotation'), indirect: vscode.l10n.t('reported speech') },
    statuses: { suggested: vscode.l10n.t('suggested'), accepted: vscode.l10n.t('accepted'), rejected: vscode.l10n.t('rejected') },
  };
}

const COMMANDS: Record<ViewCommand, string> = {
  tagStance: Commands.tagStance,
  acceptEntity: Commands.acceptEntity,
  rejectEntity: Commands.rejectEntity,
  relabelEntity: Commands.relabelEntity,
  acceptClaim: Commands.acceptClaim,
  rejectClaim: Commands.rejectClaim,
  markEntity: Commands.markEntity,
  markClaim: Commands.markClaim,
  setSpeaker: Commands.setSpeaker,
  nextUntagged: Commands.nextUntagged,
  previousUntagged: Commands.previousUntagged,
  undo: Commands.undo,
  switchEditor: 'mizan.switchEditor',
};

export class ViewSession implements ActiveView, vscode.Disposable {
  private focus: FocusedMark | undefined;
  private selected: Span | undefined;
  private topOffset = 0;
  private ready = false;
  private outlineQueued = false;
  /** The outline the page has (undefined until one is posted, and again when the page says ready). */
  private posted: ArticleOutline | undefined;
  private probes = new Map<number, (s: ViewState) => void>();
  private probeCount = 0;
  /** Until when a text editor's scrolling is ours (revealed to follow the view), not the user's. */
  private followUntil = 0;
  private readonly disposables: vscode.Disposable[] = [];
  readonly editor: ArticleEditor;

  constructor(
    readonly document: vscode.TextDocument,
    readonly panel: vscode.WebviewPanel,
    private readonly client: LanguageClient,
    private readonly events: SessionEvents,
  ) {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the editor's getters below have their own this
    const session = this;
    const doc = document;
    this.editor = {
      document: doc,
      get selection(): vscode.Selection {
        const s = session.selected;
        if (s) return new vscode.Selection(doc.positionAt(s.start), doc.positionAt(s.end));
        const at = doc.positionAt(session.focus?.start ?? session.topOffset);
        return new vscode.Selection(at, at);
      },
      set selection(sel: vscode.Selection) {
        session.selected = undefined;
        session.post({ type: 'reveal', offset: doc.offsetAt(sel.active), focus: true });
      },
      get selections(): vscode.Selection[] {
        return [this.selection];
      },
      set selections(list: vscode.Selection[]) {
        if (list[0]) this.selection = list[0];
      },
      revealRange(range: vscode.Range): void {
        session.post({ type: 'reveal', offset: doc.offsetAt(range.start), focus: false });
      },
    };
    this.disposables.push(
      panel.webview.onDidReceiveMessage((m: FromView) => void this.received(m)),
      panel.onDidChangeViewState((e) => this.activeChanged(e.webviewPanel.active)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === document && e.contentChanges.length) this.queueOutline();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('mizan.annotationView', document.uri)) this.post({ type: 'settings', settings: viewSettings(document.uri) });
        if (e.affectsConfiguration('mizan.stance.labels', document.uri)) this.post({ type: 'stances', stances: stanceKeys(document.uri) });
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.post({ type: 'writable', writable: true })),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.editorScrolled(e.textEditor)),
    );
    if (panel.active) this.activeChanged(true);
  }

  post(message: ToView): void {
    void this.panel.webview.postMessage(message);
  }

  private activeChanged(active: boolean): void {
    if (active) setActiveView(this);
    else leaveView(this);
  }

  /** The marks may have changed (a command here or in a text editor, the server's analysis). */
  annotationsChanged(): void {
    if (this.ready) this.post({ type: 'refresh' });
  }

  /** The text changed: one outline request once the language client has sent the change. */
  private queueOutline(): void {
    if (this.outlineQueued) return;
    this.outlineQueued = true;
    setImmediate(() => {
      this.outlineQueued = false;
      void this.sendOutline();
    });
  }

  private async sendOutline(): Promise<void> {
    if (!this.ready || !this.client.isRunning()) return;
    const params: ArticleOutlineParams = { uri: this.document.uri.toString() };
    const outline = await this.client.sendRequest<ArticleOutline | null>(ArticleOutlineRequest, params).catch(() => null);
    if (!outline) return;
    // The server has not seen the latest change yet: the change's own event asks again.
    if (outline.version < this.document.version) {
      this.queueOutline();
      return;
    }
    const before = this.posted;
    this.posted = outline;
    // The page has the outline posted last (a page made anew says ready first, which forgets it).
    this.post(before && before.uri === outline.uri ? { type: 'outlineEdit', edit: outlineEdit(before, outline) } : { type: 'outline', outline });
  }

  private async received(m: FromView): Promise<void> {
    switch (m.type) {
      case 'ready': {
        this.posted = undefined;
        const writable = vscode.workspace.isTrusted;
        this.post({
          type: 'init',
          settings: viewSettings(this.document.uri),
          stances: stanceKeys(this.document.uri),
          strings: viewStrings(),
          writable,
          ...(writable ? {} : { readOnlyReason: viewStrings().readOnly }),
        });
        this.ready = true;
        if (this.client.isRunning()) await this.sendOutline();
        else {
          const sub = this.client.onDidChangeState(() => {
            if (this.client.isRunning()) {
              sub.dispose();
              void this.sendOutline();
            }
          });
          this.disposables.push(sub);
        }
        return;
      }
      case 'need': {
        const params: ParagraphMarksParams = { uri: this.document.uri.toString(), version: m.version, from: m.from, to: m.to };
        const answer = await this.client.sendRequest<ParagraphMarks | null>(ParagraphMarksRequest, params).catch(() => null);
        if (!answer) return;
        if (answer.stale) {
          this.queueOutline();
          return;
        }
        this.post({ type: 'paragraphs', version: answer.version, paragraphs: answer.paragraphs });
        return;
      }
      case 'focus':
        this.focus = m.mark ?? undefined;
        return;
      case 'selection':
        this.selected = m.span ?? undefined;
        return;
      case 'command': {
        setActiveView(this);
        const args = m.command === 'tagStance' && m.stance ? { stance: m.stance } : undefined;
        await vscode.commands.executeCommand(COMMANDS[m.command], args);
        return;
      }
      case 'card': {
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', this.document.uri, this.document.positionAt(m.at)).then(
          (h) => h,
          () => [],
        );
        const markdown = (hovers ?? []).flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n\n');
        this.post({ type: 'card', at: m.at, markdown });
        return;
      }
      case 'scrolled':
        this.topOffset = m.offset;
        this.follow(m.offset);
        return;
      case 'rendered':
        this.events.rendered(this, m.version, m.indices);
        return;
      case 'state':
        this.probes.get(m.id)?.(m.state);
        this.probes.delete(m.id);
        return;
    }
  }

  /** The text editors of this article beside the view. */
  private textEditors(): vscode.TextEditor[] {
    return vscode.window.visibleTextEditors.filter((e) => e.document === this.document);
  }

  private follow(offset: number): void {
    const editors = this.textEditors();
    if (!editors.length) return;
    this.followUntil = Date.now() + 300;
    const at = this.document.positionAt(offset);
    for (const e of editors) e.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.AtTop);
  }

  private editorScrolled(editor: vscode.TextEditor): void {
    if (editor.document !== this.document || Date.now() < this.followUntil || !editor.visibleRanges[0]) return;
    this.post({ type: 'scrollTo', offset: this.document.offsetAt(editor.visibleRanges[0].start) });
  }

  /** Opens (or shows) a text editor of the article beside the view, at the view's place. */
  async openTextBeside(): Promise<vscode.TextEditor> {
    const editor = await vscode.window.showTextDocument(this.document, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true, preview: false });
    this.follow(this.topOffset);
    return editor;
  }

  probe(): Promise<ViewState> {
    const id = ++this.probeCount;
    return new Promise((resolve) => {
      this.probes.set(id, resolve);
      this.post({ type: 'probe', id });
    });
  }

  dispose(): void {
    leaveView(this);
    for (const d of this.disposables) d.dispose();
  }
}
