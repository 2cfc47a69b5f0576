// The client's only way to change annotations: server commands over workspace/executeCommand
// and Mizan's custom requests, each typed by its declaration in protocol.ts. The server owns the
// state; nothing here parses the article.
import * as vscode from 'vscode';
import { State, type LanguageClient, type NotificationType } from 'vscode-languageclient/node';
import {
  AgreeRequest,
  AnnotationsRequest,
  commandParams,
  ExecuteServerCommand,
  ExportRequest,
  FolderChanged,
  FolderProgressRequest,
  ImportRequest,
  NextUntaggedRequest,
  type FolderProgressResult,
  type AgreeParams,
  type AgreeResult,
  type ImportParams,
  type ImportResult,
  type AnnotationsResult,
  type CommandResult,
  type ExportParams,
  type ExportResult,
  type NextUntaggedParams,
  type Range,
  type ServerCommand,
  type ServerCommandArgs,
} from '../../../server/src/protocol';

export type { ServerCommand };

export class MizanServer {
  constructor(private readonly client: LanguageClient) {}

  get running(): boolean {
    return this.client.isRunning();
  }

  async run<C extends ServerCommand>(command: C, args: ServerCommandArgs[C]): Promise<CommandResult> {
    if (!this.running) return { ok: false, message: vscode.l10n.t("Mizan's language server is not running.") };
    try {
      const result = await this.client.sendRequest(ExecuteServerCommand, commandParams(command, args));
      return result ?? { ok: false, message: vscode.l10n.t('The server did not answer the command.') };
    } catch (err) {
      return { ok: false, message: err instanceof Error ? err.message : String(err) };
    }
  }

  async annotations(uri: string): Promise<AnnotationsResult | undefined> {
    if (!this.running) return undefined;
    try {
      return (await this.client.sendRequest(AnnotationsRequest.type, { uri })) ?? undefined;
    } catch {
      // The document may not be open on the server yet (language switched a moment ago): no view yet.
      return undefined;
    }
  }

  /** Claims tagged in each article of the folder and in all; undefined while the server cannot answer. */
  async folderProgress(): Promise<FolderProgressResult | undefined> {
    if (!this.running) return undefined;
    try {
      return await this.client.sendRequest(FolderProgressRequest.type);
    } catch {
      return undefined;
    }
  }

  /** The range of the next / previous claim without a stance (the server answers with the claim), null when none. */
  async nextUntagged(params: NextUntaggedParams): Promise<Range | null> {
    if (!this.running) return null;
    const claim = await this.client.sendRequest(NextUntaggedRequest.type, params);
    return claim ? claim.range : null;
  }

  /** Asks the server to export (it reads the articles and writes the files). */
  async exportAnnotations(params: ExportParams): Promise<ExportResult> {
    if (!this.running) return { ok: false, message: vscode.l10n.t("Mizan's language server is not running."), files: [], articles: 0, failed: [], offsets: '' };
    try {
      return await this.client.sendRequest(ExportRequest.type, params);
    } catch (err) {
      return { ok: false, message: err instanceof Error ? err.message : String(err), files: [], articles: 0, failed: [], offsets: '' };
    }
  }

  async importAnnotations(params: ImportParams): Promise<ImportResult> {
    if (!this.running) return { ok: false, message: vscode.l10n.t("Mizan's language server is not running."), imported: 0 };
    try {
      return await this.client.sendRequest(ImportRequest.type, params);
    } catch (err) {
      return { ok: false, message: err instanceof Error ? err.message : String(err), imported: 0 };
    }
  }

  async agree(params: AgreeParams): Promise<AgreeResult> {
    if (!this.running) return { ok: false, message: vscode.l10n.t("Mizan's language server is not running."), report: '', disagreements: [] };
    try {
      return await this.client.sendRequest(AgreeRequest.type, params);
    } catch (err) {
      return { ok: false, message: err instanceof Error ? err.message : String(err), report: '', disagreements: [] };
    }
  }

  /** Called each time the server (re)starts and can answer. */
  onRunning(handler: () => void): vscode.Disposable {
    return this.client.onDidChangeState((e) => {
      if (e.newState === State.Running) handler();
    });
  }

  /**
   * The language client keeps one handler per notification (a second replaces the first): the
   * Annotations view and the folder's progress both listen to AnnotationsChanged, so handlers are
   * kept here, and the client's one handler per method calls them all.
   */
  private readonly listeners = new Map<string, Set<(params: unknown) => void>>();

  onNotification<P>(type: NotificationType<P>, handler: (params: P) => void): vscode.Disposable {
    return this.listen(type.method, handler as (params: unknown) => void, () => this.client.onNotification(type, (p) => this.tell(type.method, p)));
  }

  /** Articles of the folder were indexed or counted: its progress may have changed. */
  onFolderChanged(handler: () => void): vscode.Disposable {
    return this.listen(FolderChanged.method, handler, () => this.client.onNotification(FolderChanged.type, () => this.tell(FolderChanged.method, undefined)));
  }

  private listen(method: string, handler: (params: unknown) => void, install: () => void): vscode.Disposable {
    let set = this.listeners.get(method);
    if (!set) {
      this.listeners.set(method, (set = new Set()));
      install();
    }
    set.add(handler);
    return { dispose: () => set.delete(handler) };
  }

  private tell(method: string, params: unknown): void {
    for (const h of this.listeners.get(method) ?? []) h(params);
  }
}
