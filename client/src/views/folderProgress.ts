// The folder's progress (claims tagged per article and in all), fetched from the server when it
// starts, when it says the folder changed, and when any article's annotations change; the
// Annotations view's folder row reads it.
import * as vscode from 'vscode';
import { AnnotationsChanged, type FolderProgressResult } from '../../../server/src/protocol';
import type { MizanServer } from '../commands/server';

/** Changes come in bursts (a command, then the index and the counts): ask once they settle. */
const SETTLE_MS = 250;

export class FolderProgress implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private current: FolderProgressResult | undefined;
  private timer: NodeJS.Timeout | undefined;
  private request = 0;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(private readonly server: MizanServer) {
    const later = () => this.later();
    this.disposables.push(server.onRunning(later), server.onFolderChanged(later), server.onNotification(AnnotationsChanged.type, later), { dispose: () => clearTimeout(this.timer) });
    later();
  }

  get result(): FolderProgressResult | undefined {
    return this.current;
  }

  private later(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), SETTLE_MS);
  }

  async refresh(): Promise<void> {
    const id = ++this.request;
    const result = await this.server.folderProgress();
    if (id !== this.request) return;
    this.current = result;
    this.changed.fire();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
