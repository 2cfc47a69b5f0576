// A real server over a temporary copy of the samples, with helpers for the annotation commands and
// requests, for the protocol tests of issue 6.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { AnnotationsRequest, ServerCommands, type AnnotationsResult, type CommandResult, type Range } from '../../server/src/protocol';
import { SAMPLES_DIR, sampleNames } from '../support/samples';
import { TestClient, positionAt } from './harness';

export class Session {
  /** The article the helpers below default to: the last one opened. */
  private current?: string;
  private copies = 0;

  private constructor(
    readonly client: TestClient,
    readonly dir: string,
  ) {}

  /** A server on a fresh copy of the samples (sidecars land there, never in samples/). */
  static async start(options: { trusted?: boolean; dir?: string } = {}): Promise<Session> {
    const dir = options.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'mizan-protocol-'));
    if (!options.dir) for (const name of sampleNames()) fs.copyFileSync(path.join(SAMPLES_DIR, name), path.join(dir, name));
    const client = await TestClient.start({ workspaceFolder: dir, initializationOptions: { trusted: options.trusted ?? true, author: 'tester' } });
    return new Session(client, dir);
  }

  file(): string {
    return this.current ?? path.join(this.dir, sampleNames()[0]);
  }

  sidecar(): string {
    return `${this.file()}.mizan.json`;
  }

  stored(): { annotations: { id: string; kind: string; status: string; source: string; type?: string; stance?: string; exact: string; start: number }[] } {
    return JSON.parse(fs.readFileSync(this.sidecar(), 'utf8'));
  }

  open(name = sampleNames()[0]): Promise<string> {
    this.current = path.join(this.dir, name);
    return this.client.open(this.current);
  }

  /** Opens a fresh copy of a sample in a folder of its own, so that tests sharing a server share no sidecar. */
  async openCopy(name = sampleNames()[0]): Promise<string> {
    const folder = path.join(this.dir, `copy-${++this.copies}`);
    fs.mkdirSync(folder);
    fs.copyFileSync(path.join(SAMPLES_DIR, name), path.join(folder, name));
    this.current = path.join(folder, name);
    return this.client.open(this.current);
  }

  run(command: keyof typeof ServerCommands, args: Record<string, unknown>): Promise<CommandResult> {
    return this.client.request<CommandResult>('workspace/executeCommand', { command: ServerCommands[command], arguments: [args] });
  }

  annotations(uri: string, includeRejected = false): Promise<AnnotationsResult> {
    return this.client.request<AnnotationsResult>(AnnotationsRequest, { uri, includeRejected });
  }

  /** The LSP range of the nth occurrence of a string in the document's current text. */
  rangeOf(uri: string, s: string, nth = 0): Range {
    const text = this.client.text(uri);
    let i = -1;
    for (let n = 0; n <= nth; n++) i = text.indexOf(s, i + 1);
    if (i < 0) throw new Error(`"${s}" is not in ${uri}`);
    return { start: positionAt(text, i), end: positionAt(text, i + s.length) };
  }

  stop(): Promise<number | null> {
    return this.client.stop();
  }
}
