// The annotation view's figures: the built page in Debian's Chromium, its messages carried to the
// built server over stdio as the extension carries them (outline, marks of what comes into view),
// on a 1 MB article: from opening the document to the first screen painted, and from a keystroke
// in the text (didChange) to the touched paragraph painted anew in the view.
import * as fs from 'fs';
import * as path from 'path';
import { chromium } from 'playwright-core';
import { ArticleOutlineRequest, ParagraphMarksRequest, type ArticleOutline, type ParagraphMarks } from '../../server/src/articleViewProtocol';
import { DEFAULT_STANCES } from '../../server/src/settings';
import { pageHtml } from '../../client/src/annotationView/html';
import { outlineEdit } from '../../client/src/annotationView/outlineEdit';
import type { FromView, ToView } from '../../client/src/annotationView/messages';
import { TestClient, positionAt } from '../../test/protocol/harness';
import { REPO } from '../../test/support/samples';

type Report = (name: string, ms: number, target: number | undefined, base: number | undefined, unit?: string) => void;

const ORIGIN = 'http://mizan-bench.test';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];
const now = () => performance.now();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const OPENINGS = 5;
const KEYSTROKES = 30;

export async function benchAnnotationView(text: string, report: Report, base: number): Promise<void> {
  const browser = await chromium.launch({ executablePath: process.env.MIZAN_CHROMIUM ?? '/usr/bin/chromium', headless: true, args: FLAGS });
  const client = await TestClient.spawn();
  await client.notification('mizan/ready');
  try {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    const html = pageHtml({ cspSource: ORIGIN, scriptUri: `${ORIGIN}/annotationView.js`, styleUri: `${ORIGIN}/annotationView.css`, language: 'en', title: 'bench' });
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== ORIGIN) return route.abort();
      if (url.pathname === '/') return route.fulfill({ contentType: 'text/html', body: html });
      const file = path.join(REPO, 'dist', path.basename(url.pathname));
      return route.fulfill({ contentType: file.endsWith('.css') ? 'text/css' : 'text/javascript', body: fs.readFileSync(file) });
    });
    let uri = '';
    /** The outline the page has, as session.ts keeps it: a keystroke's outline is posted as the edit from it. */
    let posted: ArticleOutline | undefined;
    const send = (m: ToView) => page.evaluate((msg) => window.postMessage(msg, '*'), m);
    let onRendered: ((indices: number[]) => void) | undefined;
    let ready!: () => void;
    const loaded = new Promise<void>((r) => {
      ready = r;
    });
    // What session.ts does with each message, against the real server.
    await page.exposeFunction('__benchPosted', async (m: FromView) => {
      if (m.type === 'ready') ready();
      if (m.type === 'need') {
        const answer = await client.request<ParagraphMarks>(ParagraphMarksRequest, { uri, version: m.version, from: m.from, to: m.to });
        if (!answer.stale) await send({ type: 'paragraphs', version: answer.version, paragraphs: answer.paragraphs });
      }
      if (m.type === 'rendered') {
        // Counted once the browser has painted the frame with the new markup.
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
        onRendered?.(m.indices);
      }
    });
    await page.addInitScript(() => {
      const w = window as unknown as { acquireVsCodeApi: () => unknown; __benchPosted: (m: unknown) => void };
      w.acquireVsCodeApi = () => ({ postMessage: (m: unknown) => w.__benchPosted(m) });
    });
    const open = async (k: number): Promise<{ ms: number; shown: number; total: number }> => {
      await page.goto(`${ORIGIN}/`);
      await loaded;
      await send({
        type: 'init',
        settings: { fontFamily: "'Noto Naskh Arabic'", fontSize: 20, lineHeight: 1.9 },
        stances: DEFAULT_STANCES.map((s) => ({ id: s.id, name: s.en, key: s.key })),
        strings: { untagged: '?', readOnly: '', loading: '', empty: '', help: '', types: {}, claimKinds: { direct: '', indirect: '' }, statuses: { suggested: '', accepted: '', rejected: '' } },
        writable: true,
      });
      const rendered = new Promise<number[]>((r) => {
        onRendered = r;
      });
      const t0 = now();
      uri = await client.open(`untitled:article-1m-${k}`, text);
      const outline = await client.request<ArticleOutline>(ArticleOutlineRequest, { uri });
      await send({ type: 'outline', outline });
      posted = outline;
      const first = await rendered;
      return { ms: now() - t0, shown: first.length, total: outline.paragraphs.length };
    };
    const openings: number[] = [];
    let shape = { shown: 0, total: 0 };
    for (let k = 0; k < OPENINGS; k++) {
      const r = await open(k);
      openings.push(r.ms);
      shape = r;
      if (k < OPENINGS - 1) await client.close(uri);
    }
    report(`annotation view, 1 MB article opened: first screen painted (${shape.shown} of ${shape.total} paragraphs rendered; median of ${OPENINGS})`, median(openings), 300, base);
    report(`annotation view, 1 MB article opened: first screen painted (slowest of ${OPENINGS})`, Math.max(...openings), undefined, base);

    // Keystrokes in the first paragraphs (on screen), each until the view has painted the paragraph again.
    const times: number[] = [];
    const touched: number[] = [];
    for (let k = 0; k < KEYSTROKES; k++) {
      const current = client.text(uri);
      const outline = await client.request<ArticleOutline>(ArticleOutlineRequest, { uri });
      const para = outline.paragraphs[k % 3];
      const at = para.start + 1 + ((k * 7) % Math.max(1, para.end - para.start - 2));
      const pos = positionAt(current, at);
      const rendered = new Promise<number[]>((r) => {
        onRendered = r;
      });
      const t = now();
      await client.changeTo(uri, { range: { start: pos, end: pos }, text: 'ب' }, current.slice(0, at) + 'ب' + current.slice(at));
      const next = await client.request<ArticleOutline>(ArticleOutlineRequest, { uri });
      await send({ type: 'outlineEdit', edit: outlineEdit(posted!, next) });
      posted = next;
      touched.push((await rendered).length);
      times.push(now() - t);
      await new Promise((r) => setTimeout(r, 50));
    }
    report(`annotation view, keystroke in a 1 MB article: the paragraph painted again (median of ${KEYSTROKES}; ${Math.max(...touched)} paragraph(s) re-rendered at most)`, median(times), 50, base);
    report(`annotation view, keystroke in a 1 MB article (slowest of ${KEYSTROKES})`, Math.max(...times), undefined, base);
  } finally {
    await client.stop();
    await browser.close();
  }
}
