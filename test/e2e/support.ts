// Helpers for the end-to-end suite: wait on events or on a condition with a deadline (never a
// fixed sleep), and open copies of the samples inside the temporary workspace the launcher made.
import * as vscode from 'vscode';

export const EXTENSION_ID = 'mizan.mizan';
// Generous: a busy 2-core machine can take seconds for what is instant on a quiet one.
export const DEADLINE_MS = 45_000;

/** Resolves with the first truthy value of `probe`, re-checked on each event and every 100 ms. */
export async function waitFor<T>(what: string, probe: () => T | undefined | Thenable<T | undefined>, events: vscode.Event<unknown>[] = [], deadlineMs = DEADLINE_MS): Promise<T> {
  const until = Date.now() + deadlineMs;
  let last: unknown;
  return new Promise<T>((resolve, reject) => {
    let done = false;
    const subs: vscode.Disposable[] = [];
    const finish = (err: Error | undefined, value?: T) => {
      if (done) return;
      done = true;
      clearInterval(timer);
      subs.forEach((s) => s.dispose());
      if (err) reject(err);
      else resolve(value as T);
    };
    let probing = false;
    const check = async () => {
      // One probe at a time: a slow one (a busy extension host) must not pile up requests.
      if (done || probing) return;
      probing = true;
      try {
        const v = await probe();
        if (v) return finish(undefined, v);
        last = v;
      } catch (e) {
        last = e;
      } finally {
        probing = false;
      }
    };
    const timer = setInterval(() => {
      // Checked here rather than after a probe, so that a probe that never answers still times out.
      if (Date.now() > until) finish(new Error(`timed out after ${deadlineMs} ms waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`));
      else void check();
    }, 100);
    for (const e of events) subs.push(e(() => void check()));
    void check();
  });
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the e2e launcher opens a temporary copy of samples/ as the workspace; none is open');
  return folder.uri;
}

export function sampleUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), name);
}

let scratchCount = 0;
/** A fresh copy of a sample in its own folder, for tests that edit the text or write sidecars. */
export async function scratchCopy(name: string): Promise<vscode.Uri> {
  const target = vscode.Uri.joinPath(workspaceRoot(), 'scratch', `${++scratchCount}`, name);
  await vscode.workspace.fs.copy(sampleUri(name), target, { overwrite: true });
  return target;
}

export async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

export async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Opens `uri` in an editor and waits until the extension has given it the Mizan language. */
export async function openAsMizan(uri: vscode.Uri): Promise<vscode.TextEditor> {
  await vscode.window.showTextDocument(uri);
  const doc = await waitFor(`${uri.path} to get the mizan language`, () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && d.languageId === 'mizan'), [vscode.workspace.onDidOpenTextDocument]);
  return vscode.window.showTextDocument(doc);
}

/** Waits for the language server's `mizan/ready` (relayed by the client's `mizan.serverStatus`). */
export async function serverReady(): Promise<{ version: string; model: boolean }> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
  await ext.activate();
  return withDeadline('the Mizan language server to announce mizan/ready', vscode.commands.executeCommand<{ version: string; model: boolean }>('mizan.serverStatus'));
}

export async function withDeadline<T>(what: string, promise: Thenable<T>, deadlineMs = DEADLINE_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${deadlineMs} ms waiting for ${what}`)), deadlineMs);
  });
  try {
    return await Promise.race([Promise.resolve(promise), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Offset of the n-th (0-based) occurrence of `word` in the document; fails the test when absent. */
export function offsetOf(doc: vscode.TextDocument, word: string, nth = 0): number {
  const text = doc.getText();
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(word, at + 1);
    if (at < 0) throw new Error(`"${word}" occurs fewer than ${nth + 1} times in ${doc.uri.path}`);
  }
  return at;
}
