// The client's only way to change annotations: server commands over workspace/executeCommand
// and Mizan's custom requests. The server owns the state; nothing here parses the article.
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import {
  AnnotationsRequest, NextUntaggedRequest, ServerCommands,
  type AnnotationsRequestParams, type AnnotationsResult, type CommandResult, type NextUntaggedParams, type Range,
} from '../../../server/src/protocol';

export type ServerCommand = keyof typeof ServerCommands;

export class MizanServer {
  constructor(private readonly client: LanguageClient) {}

  get running(): boolean {
    return this.client.isRunning();
  }

  async run(command: ServerCommand, args: Record<string, unknown>): Promise<CommandResult> {
    if (!this.running) return { ok: false, message: vscode.l10n.t("Mizan's language server is not running.") };
    try {
      const result = await this.client.sendRequest<CommandResult | null>('workspace/executeCommand', {
        command: ServerCommands[command],
        arguments: [args],
      });
      return result ?? { ok: false, message: vscode.l10n.t('The server did not answer the command.') };
    } catch (err) {
      return { ok: false, message: err instanceof Error ? err.message : String(err) };
    }
  }

  async annotations(uri: string): Promise<AnnotationsResult | undefined> {
    if (!this.running) return undefined;
    const params: AnnotationsRequestParams = { uri };
    try {
      return (await this.client.sendRequest<AnnotationsResult | null>(AnnotationsRequest, params)) ?? undefined;
    } catch {
      // The document may not be open on the server yet (language switched a moment ago): no view yet.
      return undefined;
    }
  }

  /** The server may answer with the claim's range or with the claim itself; both are accepted. */
  async nextUntagged(params: NextUntaggedParams): Promise<Range | null> {
    if (!this.running) return null;
    const answer = await this.client.sendRequest<Range | { range: Range } | null>(NextUntaggedRequest, params);
    if (!answer) return null;
    return 'range' in answer ? answer.range : answer;
  }

  /** Called each time the server (re)starts and can answer. */
  onRunning(handler: () => void): vscode.Disposable {
    return this.client.onDidChangeState((e) => {
      if (e.newState === State.Running) handler();
    });
  }

  onNotification<P>(method: string, handler: (params: P) => void): vscode.Disposable {
    return this.client.onNotification(method, handler);
  }
}
