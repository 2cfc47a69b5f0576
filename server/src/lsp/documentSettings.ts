// The settings of each open document, read with the document's scope (a folder's or a file's own
// `mizan` settings apply to it) and parsed by the shared rules of settings.ts. Features read them
// synchronously: the defaults until the client has answered, then the document is refreshed.
import { DEFAULT_SERVER_SETTINGS, readServerSettings, type ServerSettings } from '../settings';

export class DocumentSettings {
  private readonly byUri = new Map<string, ServerSettings>();
  private readonly reported = new Set<string>();

  constructor(
    /** The raw `mizan` section for a document, undefined when the client cannot tell (the defaults apply). */
    private readonly fetch: (uri: string) => Promise<unknown>,
    /** A document's settings changed after it was first rendered. */
    private readonly changed: (uri: string) => void,
    /** Says what was wrong with a value, once per problem. */
    private readonly warn: (message: string) => void,
  ) {}

  get(uri: string): ServerSettings {
    return this.byUri.get(uri) ?? DEFAULT_SERVER_SETTINGS;
  }

  /** Reads the document's settings; resolves once they are in place (changed() was called if they differ). */
  async load(uri: string): Promise<void> {
    let raw: unknown;
    try {
      raw = await this.fetch(uri);
    } catch {
      return;
    }
    const { value, problems } = readServerSettings(raw);
    for (const p of problems) {
      if (this.reported.has(p)) continue;
      this.reported.add(p);
      this.warn(`Mizan settings: ${p}`);
    }
    const before = this.get(uri);
    this.byUri.set(uri, value);
    if (JSON.stringify(before) !== JSON.stringify(value)) this.changed(uri);
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }

  /** The user changed settings: read every open document's again (problems may be reported anew). */
  reloadAll(uris: string[]): Promise<void> {
    this.reported.clear();
    return Promise.all(uris.map((u) => this.load(u))).then(() => undefined);
  }
}
