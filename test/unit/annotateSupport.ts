// A sample article copied into a temporary folder with the gold annotations standing in for the
// machine's suggestions, and an annotation manager over it, for the manager tests.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { AnnotationManager, type Current, type ManagerOptions } from '../../server/src/annotations/manager';
import type { AnnotatedDocument } from '../../server/src/core/annotate/model';
import type { EntityType } from '../../server/src/core/types';
import { goldOf, readSample } from './anchorSupport';

export function suggestionsOf(name: string): AnnotatedDocument {
  const gold = goldOf(name);
  return {
    entities: gold.entities.map((e, i) => ({ kind: 'entity', id: `m-e${i}`, start: e.start, end: e.end, text: e.text, type: e.type as EntityType, status: 'suggested', source: 'machine' })),
    claims: gold.claims.map((c, i) => ({
      kind: 'claim',
      id: `m-c${i}`,
      start: c.start,
      end: c.end,
      text: c.text,
      claimKind: c.kind,
      status: 'suggested',
      source: 'machine',
      ...(c.speaker ? { speaker: { start: c.speaker.start, end: c.speaker.end } } : {}),
    })),
  };
}

export class Article {
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mizan-annotate-'));
  readonly file: string;
  readonly uri: string;
  text: string;
  machine: AnnotatedDocument;
  broken: string[] = [];
  manager: AnnotationManager;

  constructor(
    readonly name: string,
    options: Partial<ManagerOptions> = {},
  ) {
    this.file = path.join(this.dir, name);
    this.text = readSample(name);
    fs.writeFileSync(this.file, this.text);
    this.uri = pathToFileURL(this.file).toString();
    this.machine = suggestionsOf(name);
    this.manager = this.newManager(options);
  }

  newManager(options: Partial<ManagerOptions> = {}): AnnotationManager {
    let tick = 0;
    return new AnnotationManager({
      writable: true,
      author: 'tester',
      now: () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++)),
      onBroken: (_uri, _sidecar, message) => this.broken.push(message),
      ...options,
    });
  }

  get sidecar(): string {
    return `${this.file}.mizan.json`;
  }

  readonly current: Current = () => ({ text: this.text, machine: this.machine });

  view(): AnnotatedDocument {
    return this.manager.view(this.uri, this.text, this.machine);
  }

  stored(): { annotations: { id: string; kind: string; status: string; type?: string; stance?: string; start: number; exact: string; history: { action: string; author: string }[] }[] } {
    return JSON.parse(fs.readFileSync(this.sidecar, 'utf8'));
  }

  /** An edit in the editor: the manager sees the new text the next time it is asked; the machine's
   *  suggestions move as a new analysis would find them (those the edit touched are gone). */
  edit(start: number, end: number, insert: string): void {
    this.text = this.text.slice(0, start) + insert + this.text.slice(end);
    const delta = insert.length - (end - start);
    const move = <T extends { start: number; end: number }>(list: T[]): T[] => list.filter((x) => x.end <= start || x.start >= end).map((x) => (x.start >= end ? { ...x, start: x.start + delta, end: x.end + delta } : x));
    this.machine = { entities: move(this.machine.entities), claims: move(this.machine.claims) };
  }

  /** Offset of the nth occurrence of a string in the current text. */
  at(s: string, nth = 0): number {
    let i = -1;
    for (let n = 0; n <= nth; n++) i = this.text.indexOf(s, i + 1);
    if (i < 0) throw new Error(`"${s}" not in ${this.name}`);
    return i;
  }
}
