// What the text editor draws over an article (the extension's API: the latest mizan/decorations),
// as offsets of the document, so a test can wait for a mark to change the way it waits for tokens.
import * as vscode from 'vscode';
import type { DecorationsParams } from '../../server/src/protocol';
import type { MizanApi } from '../../client/src/extension';
import { EXTENSION_ID, waitFor } from './support';

export interface Mark {
  start: number;
  end: number;
  kind: string;
  status: string;
}

async function api(): Promise<MizanApi> {
  const ext = vscode.extensions.getExtension<MizanApi>(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
  return ext.activate();
}

export async function marks(doc: vscode.TextDocument): Promise<Mark[]> {
  const params: DecorationsParams | undefined = (await api()).marks(doc.uri);
  if (!params) return [];
  const span = (r: { start: vscode.Position | { line: number; character: number }; end: { line: number; character: number } }) => ({
    start: doc.offsetAt(new vscode.Position(r.start.line, r.start.character)),
    end: doc.offsetAt(new vscode.Position(r.end.line, r.end.character)),
  });
  return [
    ...params.entities.map((e) => ({ ...span(e.range), kind: e.type, status: e.status })),
    ...params.cues.map((c) => ({ ...span(c.range), kind: 'cue', status: c.status })),
    ...params.speakers.map((c) => ({ ...span(c.range), kind: 'speaker', status: c.status })),
  ];
}

/** Waits until the marks over the text from `at` for `length` code units satisfy `accept`. */
export async function waitForMarks(what: string, doc: vscode.TextDocument, at: number, length: number, accept: (over: Mark[]) => boolean): Promise<Mark[]> {
  let last: Mark[] = [];
  try {
    return await waitFor(what, async () => {
      last = (await marks(doc)).filter((m) => m.start <= at && m.end >= at + length);
      return accept(last) ? last : undefined;
    });
  } catch (err) {
    throw new Error(`${err instanceof Error ? err.message : err}; marks there: ${JSON.stringify(last)}`);
  }
}
