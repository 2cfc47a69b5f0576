// The annotation view's page in real Chromium (Debian's, through playwright-core), without VS Code:
// the built page (dist/annotationView.js and .css, the same HTML and CSP as in VS Code) served
// from a routed origin, acquireVsCodeApi bridged to Node, and a stand-in for the extension that
// answers the page's messages from the real analysis of an article.
import * as fs from 'fs';
import * as path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { fromAnalysis } from '../../server/src/core/annotate/fromAnalysis';
import { mergeDecisions } from '../../server/src/core/annotate/merge';
import type { AnnotatedDocument } from '../../server/src/core/annotate/model';
import type { Decisions } from '../../server/src/core/annotate/record';
import type { Engine } from '../../server/src/core/analyze';
import type { ArticleOutline, ViewParagraph } from '../../server/src/articleViewProtocol';
import { directionOf, marksIn, textKey } from '../../server/src/lsp/articleView';
import { assemble } from '../../server/src/state/assemble';
import type { Chunk } from '../../server/src/state/chunk';
import { ChunkedDocument } from '../../server/src/state/chunkedDocument';
import { pageHtml } from '../../client/src/annotationView/html';
import type { FromView, ToView, ViewSettings } from '../../client/src/annotationView/messages';
import { DEFAULT_STANCES } from '../../server/src/settings';
import { REPO } from '../support/samples';

const ORIGIN = 'http://mizan-view.test';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];
export const SETTINGS: ViewSettings = { fontFamily: "'Noto Naskh Arabic'", fontSize: 24, lineHeight: 1.9 };
const DEADLINE_MS = 20_000;

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.MIZAN_CHROMIUM ?? '/usr/bin/chromium', headless: true, args: FLAGS });
}

export interface Article {
  text: string;
  chunks: Chunk[];
  view: AnnotatedDocument;
}

export function analysedArticle(text: string, engine: Engine, decide?: (machine: AnnotatedDocument) => Decisions): Article {
  const chunks = new ChunkedDocument(text, engine).analyse(text);
  const machine = fromAnalysis(assemble(text, chunks));
  return { text, chunks, view: decide ? mergeDecisions(machine, decide(machine)) : machine };
}

export function outlineOf(a: Article, version = 1): ArticleOutline {
  return { uri: 'file:///article.txt', version, length: a.text.length, paragraphs: a.chunks.map((c) => ({ start: c.start, end: c.end, dir: directionOf(c.text), key: textKey(c.text) })) };
}

export function paragraphOf(a: Article, i: number): ViewParagraph {
  const c = a.chunks[i];
  return { index: i, start: c.start, end: c.end, dir: directionOf(c.text), key: textKey(c.text), text: c.text, marks: marksIn(a.view, c.start, c.end) };
}

/** The page with the view, and what it posted; `answer` says whether the stand-in answers 'need' on its own. */
export class ViewPage {
  readonly posted: FromView[] = [];
  private constructor(
    readonly page: Page,
    private article: Article,
    private readonly answer: boolean,
    private readonly writable: boolean,
  ) {}

  static async open(browser: Browser, article: Article, options: { answer?: boolean; writable?: boolean; viewport?: { width: number; height: number } } = {}): Promise<ViewPage> {
    const context = await browser.newContext({ viewport: options.viewport ?? { width: 900, height: 700 } });
    const page = await context.newPage();
    const view = new ViewPage(page, article, options.answer ?? true, options.writable ?? true);
    const dist = path.join(REPO, 'dist');
    const html = pageHtml({ cspSource: ORIGIN, scriptUri: `${ORIGIN}/annotationView.js`, styleUri: `${ORIGIN}/annotationView.css`, language: 'en', title: 'article.txt' });
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== ORIGIN) return route.abort();
      if (url.pathname === '/') return route.fulfill({ contentType: 'text/html', body: html });
      const file = path.join(dist, path.basename(url.pathname));
      if (!fs.existsSync(file)) return route.fulfill({ status: 404, body: '' });
      return route.fulfill({ contentType: file.endsWith('.css') ? 'text/css' : 'text/javascript', body: fs.readFileSync(file) });
    });
    await page.exposeFunction('__mizanPosted', (m: FromView) => view.received(m));
    await page.addInitScript(() => {
      const w = window as unknown as { acquireVsCodeApi: () => unknown; __mizanPosted: (m: unknown) => void };
      w.acquireVsCodeApi = () => ({ postMessage: (m: unknown) => w.__mizanPosted(m) });
    });
    await page.goto(`${ORIGIN}/`);
    await view.waitFor('the view to ask for its first paragraphs', () => view.posted.some((m) => m.type === 'need'));
    return view;
  }

  async send(m: ToView): Promise<void> {
    await this.page.evaluate((msg) => window.postMessage(msg, '*'), m);
  }

  private received(m: FromView): void {
    this.posted.push(m);
    if (m.type === 'ready') {
      void this.send({
        type: 'init',
        settings: SETTINGS,
        stances: DEFAULT_STANCES.map((s) => ({ id: s.id, name: s.ar, key: s.key })),
        strings: { untagged: 'بلا موقف', readOnly: 'read-only: not trusted', loading: '…', empty: 'empty', help: 'help', types: {}, claimKinds: { direct: 'd', indirect: 'i' }, statuses: { suggested: 's', accepted: 'a', rejected: 'r' } },
        writable: this.writable,
        ...(this.writable ? {} : { readOnlyReason: 'read-only: not trusted' }),
      }).then(() => this.send({ type: 'outline', outline: outlineOf(this.article) }));
    }
    if (m.type === 'need' && this.answer) void this.sendParagraphs(m.from, m.to);
  }

  async sendParagraphs(from: number, to: number, version = 1): Promise<void> {
    const paragraphs: ViewParagraph[] = [];
    for (let i = from; i < Math.min(to, this.article.chunks.length); i++) paragraphs.push(paragraphOf(this.article, i));
    await this.send({ type: 'paragraphs', version, paragraphs });
  }

  /** Renders every paragraph (what scrolling through the article would do). */
  async renderAll(): Promise<void> {
    await this.sendParagraphs(0, this.article.chunks.length);
    await this.waitFor('every paragraph rendered', () => this.page.evaluate(() => document.querySelectorAll('.para.pending').length === 0));
  }

  async waitFor<T>(what: string, probe: () => T | Promise<T>): Promise<T> {
    const until = Date.now() + DEADLINE_MS;
    for (;;) {
      const v = await probe();
      if (v) return v;
      if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
      // Wait for the page's next frame, not a fixed time.
      await this.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    }
  }

  /** The first message of this type posted after `since` (an index into posted). */
  async next<K extends FromView['type']>(type: K, since: number, what: string = type): Promise<Extract<FromView, { type: K }>> {
    return this.waitFor(what, () => this.posted.slice(since).find((m): m is Extract<FromView, { type: K }> => m.type === type) ?? false) as Promise<Extract<FromView, { type: K }>>;
  }

  async close(): Promise<void> {
    await this.page.context().close();
  }
}
