// The annotation view's page in real Chromium, on every sample: words laid out right to left, a
// name marked inside a word (ل|طهران) keeping the word's joined width, the keyboard moving focus
// and posting the right messages; and what the page must refuse: markup in the text, inline
// script, writes in an untrusted workspace. Run by `npm run test:browser` (needs Debian's chromium).
import * as assert from 'assert';
import type { Browser } from 'playwright-core';
import type { Mark } from '../../server/src/articleViewProtocol';
import type { Decisions } from '../../server/src/core/annotate/record';
import { setStatus, tagStance, type Actor } from '../../server/src/core/annotate/decide';
import { loadEngine } from '../../server/src/engine';
import type { FromView } from '../../client/src/annotationView/messages';
import { readSample, sampleNames } from '../support/samples';
import { analysedArticle, launch, paragraphOf, ViewPage, outlineOf, type Article } from './viewPage';

const ARABIC = /[\u0600-\u06ff]/;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const actor: Actor = { author: 'tester', time: '2026-12-02T00:00:00Z', newId: (kind) => `${kind}-${Math.random().toString(36).slice(2)}` };

/** Boxes of [start, end) ranges of paragraph i, from Range.getClientRects(): one [left, right, top, bottom] per line. */
async function boxes(view: ViewPage, i: number, spans: [number, number][]): Promise<[number, number, number, number][][]> {
  return view.page.evaluate(
    ({ i, spans }) => {
      const p = document.querySelector(`.para[data-i="${i}"]`)!;
      const texts: { node: Text; from: number; units: number }[] = [];
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      let at = 0;
      for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
        const br = t.parentElement?.classList.contains('br') ? t.parentElement : null;
        const units = br ? Number(br.dataset.n) : t.length;
        texts.push({ node: t, from: at, units });
        at += units;
      }
      const point = (off: number, end: boolean) => {
        const t = texts.find((x) => (end ? off > x.from && off <= x.from + x.units : off >= x.from && off < x.from + x.units)) ?? texts[texts.length - 1];
        return { node: t.node, offset: t.units === t.node.length ? off - t.from : off > t.from ? t.node.length : 0 };
      };
      return spans.map(([s, e]) => {
        const r = document.createRange();
        const a = point(s, false);
        const b = point(e, true);
        r.setStart(a.node, a.offset);
        r.setEnd(b.node, b.offset);
        const lines = new Map<number, [number, number, number, number]>();
        for (const x of Array.from(r.getClientRects())) {
          if (x.width < 0.01) continue;
          const key = Math.round(x.top + x.height / 2);
          const line = [...lines.entries()].find(([k]) => Math.abs(k - key) < 6);
          if (line) {
            const l = line[1];
            l[0] = Math.min(l[0], x.left);
            l[1] = Math.max(l[1], x.right);
          } else lines.set(key, [x.left, x.right, x.top, x.bottom]);
        }
        return [...lines.values()];
      });
    },
    { i, spans },
  );
}

/** Words (runs without spaces) of a paragraph that contain Arabic letters, at offsets in it. */
function arabicWords(text: string): [number, number][] {
  return [...text.matchAll(/[^\s]+/g)].filter((m) => ARABIC.test(m[0])).map((m) => [m.index!, m.index! + m[0].length]);
}

/** Widths of words drawn plainly in the view's font, in a paragraph of its own. */
async function plainWidths(view: ViewPage, words: string[], dir: string): Promise<number[]> {
  return view.page.evaluate(
    ({ words, dir }) => {
      const p = document.createElement('p');
      p.className = 'para';
      p.dir = dir;
      document.getElementById('article')!.appendChild(p);
      const out = words.map((w) => {
        const s = document.createElement('span');
        s.textContent = w;
        p.appendChild(s);
        const width = s.getBoundingClientRect().width;
        s.remove();
        return width;
      });
      p.remove();
      return out;
    },
    { words, dir },
  );
}

/** The words in which a mark begins or ends between two letters. */
function cutWords(a: Article): { para: number; start: number; end: number; word: string }[] {
  const out: { para: number; start: number; end: number; word: string }[] = [];
  for (const [i, c] of a.chunks.entries()) {
    const cuts = new Set<number>();
    for (const m of paragraphOf(a, i).marks) for (const at of [m.start, m.end]) if (WORD_CHAR.test(c.text[at - 1] ?? '') && WORD_CHAR.test(c.text[at] ?? '')) cuts.add(at);
    for (const w of [...c.text.matchAll(/[^\s«»"“”(),.،؛:]+/g)]) {
      const s = w.index!;
      if ([...cuts].some((x) => x > s && x < s + w[0].length)) out.push({ para: i, start: s, end: s + w[0].length, word: w[0] });
    }
  }
  return out;
}

function firstFocusable(a: Article, kinds: Mark['kind'][]): Mark & { para: number } {
  for (const [i] of a.chunks.entries()) {
    const m = paragraphOf(a, i).marks.find((x) => kinds.includes(x.kind) && x.opens !== false);
    if (m) return { ...m, para: i };
  }
  throw new Error('no mark');
}

const absolute = (a: Article, m: Mark & { para: number }) => ({ kind: m.kind, start: a.chunks[m.para].start + m.start, end: a.chunks[m.para].start + m.end });

describe('annotation view in Chromium', function () {
  this.timeout(120_000);
  const engine = loadEngine({});
  let browser: Browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  for (const name of sampleNames()) {
    describe(name, () => {
      const article = analysedArticle(readSample(name), engine, (machine) => {
        let d: Decisions = { records: [] };
        const e = machine.entities[0];
        if (e) {
          const out = setStatus(d, machine, readSample(name), 'entity', e.start, 'accepted', actor);
          if ('decisions' in out) d = out.decisions;
        }
        const c = machine.claims[0];
        if (c) {
          const out = tagStance(d, machine, readSample(name), c, 'favour', undefined, c.claimKind, actor);
          if ('decisions' in out) d = out.decisions;
        }
        return d;
      });
      let view: ViewPage;
      before(async () => {
        view = await ViewPage.open(browser, article);
        await view.renderAll();
      });
      after(async () => {
        await view?.close();
      });

      it("lays out each paragraph's Arabic words right to left", async () => {
        let pairs = 0;
        for (const [i, c] of article.chunks.entries()) {
          const words = arabicWords(c.text);
          const rects = await boxes(view, i, words);
          for (let k = 1; k < words.length; k++) {
            const [prev, cur] = [rects[k - 1], rects[k]];
            if (prev.length !== 1 || cur.length !== 1) continue; // a word broken over two lines
            if (Math.abs(prev[0][2] - cur[0][2]) > 4) continue; // the next line
            pairs++;
            const rtl = c.text.slice(words[k][0], words[k][1]);
            assert.ok(
              cur[0][1] <= prev[0][0] + 0.5,
              `¶${i}: «${rtl}» (${cur[0][0].toFixed(1)}–${cur[0][1].toFixed(1)}) is not left of «${c.text.slice(words[k - 1][0], words[k - 1][1])}» (${prev[0][0].toFixed(1)}–${prev[0][1].toFixed(1)})`,
            );
          }
        }
        assert.ok(pairs > 50, `only ${pairs} word pairs compared`);
      });

      it('keeps the joined width of every word a mark cuts (ل|طهران)', async () => {
        const cuts = cutWords(article);
        const dirs = outlineOf(article).paragraphs.map((x) => x.dir);
        if (name.startsWith('001'))
          assert.ok(
            cuts.some((c) => c.word === 'لطهران'),
            `لطهران is not cut by a mark in ${name}: ${cuts.map((c) => c.word).join(' ')}`,
          );
        for (const cut of cuts) {
          const [[line]] = await boxes(view, cut.para, [[cut.start, cut.end]]);
          const [plain] = await plainWidths(view, [cut.word], dirs[cut.para]);
          assert.ok(Math.abs(line[1] - line[0] - plain) < 0.25, `«${cut.word}» is ${(line[1] - line[0]).toFixed(2)} px in the view, ${plain.toFixed(2)} px plain`);
        }
      });
    });
  }

  it('the width check fails when a mark changes the font inside a word (the check can fail)', async () => {
    const article = analysedArticle(readSample(sampleNames()[1]), engine);
    const view = await ViewPage.open(browser, article);
    try {
      await view.renderAll();
      const cut = cutWords(article).find((c) => c.word === 'لطهران')!;
      // A bold face inside the word, as a mark must never do (set through the CSSOM: the page's CSP refuses inline styles).
      await view.page.evaluate(() => {
        for (const e of Array.from(document.querySelectorAll<HTMLElement>('.e'))) e.style.fontWeight = 'bold';
      });
      const [[line]] = await boxes(view, cut.para, [[cut.start, cut.end]]);
      const [plain] = await plainWidths(view, [cut.word], 'rtl');
      assert.ok(Math.abs(line[1] - line[0] - plain) > 1, `bold inside: ${(line[1] - line[0]).toFixed(2)} px against ${plain.toFixed(2)} px`);
    } finally {
      await view.close();
    }
  });

  describe('keyboard', () => {
    const name = sampleNames()[1];
    const article = analysedArticle(readSample(name), engine);
    let view: ViewPage;
    before(async () => {
      view = await ViewPage.open(browser, article);
      await view.renderAll();
    });
    after(async () => {
      await view?.close();
    });
    const focusOf = (m: FromView) => (m.type === 'focus' && m.mark ? { kind: m.mark.kind, start: m.mark.start, end: m.mark.end } : null);

    it('Tab focuses the first mark, c the next claim, e the next entity', async () => {
      let since = view.posted.length;
      await view.page.keyboard.press('Tab');
      const first = firstFocusable(article, ['entity', 'claim']);
      assert.deepStrictEqual(focusOf(await view.next('focus', since)), absolute(article, first));
      assert.strictEqual(await view.page.evaluate(() => document.activeElement?.classList.contains('m')), true);
      assert.match(await view.page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle), /solid|dotted|auto/);

      const claims = article.view.claims.filter((c) => !c.orphaned).sort((a, b) => a.start - b.start);
      since = view.posted.length;
      await view.page.keyboard.press('c');
      const focusedClaim = focusOf(await view.next('focus', since))!;
      assert.strictEqual(focusedClaim.kind, 'claim');
      const expected = first.kind === 'claim' ? claims[1] : claims.find((c) => c.start >= absolute(article, first).start);
      assert.deepStrictEqual([focusedClaim.start, focusedClaim.end], [expected!.start, expected!.end]);

      since = view.posted.length;
      await view.page.keyboard.press('e');
      const entity = focusOf(await view.next('focus', since))!;
      assert.strictEqual(entity.kind, 'entity');
      assert.ok(entity.start >= focusedClaim.start, 'the next entity comes after the claim');
    });

    it('stance keys tag the focused claim, by physical key on an Arabic layout too; Enter and Delete accept and reject', async () => {
      let since = view.posted.length;
      await view.page.keyboard.press('f');
      assert.deepStrictEqual(await view.next('command', since), { type: 'command', command: 'tagStance', stance: 'favour' });
      // ش is what KeyA types on an Arabic keyboard.
      const cdp = await view.page.context().newCDPSession(view.page);
      since = view.posted.length;
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: 'ش', code: 'KeyA', text: 'ش', windowsVirtualKeyCode: 65 });
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'ش', code: 'KeyA', windowsVirtualKeyCode: 65 });
      assert.deepStrictEqual(await view.next('command', since), { type: 'command', command: 'tagStance', stance: 'against' });
      since = view.posted.length;
      await view.page.keyboard.press('2');
      assert.deepStrictEqual(await view.next('command', since), { type: 'command', command: 'tagStance', stance: 'against' });
      since = view.posted.length;
      await view.page.keyboard.press('Enter');
      assert.deepStrictEqual(await view.next('command', since), { type: 'command', command: 'acceptEntity' });
      since = view.posted.length;
      await view.page.keyboard.press('Delete');
      assert.deepStrictEqual(await view.next('command', since), { type: 'command', command: 'rejectEntity' });
    });

    it("the key after Alt+M belongs to VS Code's chord, not to the view", async () => {
      const since = view.posted.length;
      await view.page.keyboard.press('Alt+m');
      await view.page.keyboard.press('n');
      await view.page.keyboard.press('1');
      assert.deepStrictEqual(await view.next('command', since), { type: 'command', command: 'tagStance', stance: 'favour' });
    });

    it('Shift+arrows select from the focused mark, and the selection is posted in document offsets', async () => {
      const since = view.posted.length;
      await view.page.keyboard.press('Escape');
      await view.page.keyboard.press('e');
      const entity = focusOf(await view.next('focus', since))!;
      const mark = view.posted.length;
      await view.page.keyboard.press('Shift+ArrowLeft');
      await view.page.keyboard.press('Shift+ArrowLeft');
      const sel = await view.waitFor('a selection of two characters', () =>
        view.posted
          .slice(mark)
          .filter((m) => m.type === 'selection')
          .map((m) => (m as Extract<FromView, { type: 'selection' }>).span)
          .find((s) => s && s.end - s.start === 2),
      );
      assert.deepStrictEqual(sel, { start: entity.start, end: entity.start + 2 });
    });
  });

  it('shows markup in the text as text, and the CSP refuses inline script', async () => {
    const text = 'قال الوزير <script>window.__pwned = 1</script> و</span><b>عريض</b> & «نص»\n\nفقرة ثانية <img src=x onerror="window.__pwned=2">';
    const view = await ViewPage.open(browser, analysedArticle(text, engine));
    try {
      await view.renderAll();
      const seen = await view.page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.__inline = 1';
        document.body.appendChild(s);
        const a = document.getElementById('article')!;
        return { text: a.textContent, elements: a.querySelectorAll('script, b, img').length, pwned: (window as unknown as { __pwned?: number }).__pwned, inline: (window as unknown as { __inline?: number }).__inline };
      });
      assert.deepStrictEqual(seen, { text: text.replace('\n\n', ''), elements: 0, pwned: undefined, inline: undefined });
    } finally {
      await view.close();
    }
  });

  it('asks only for the paragraphs near the screen, then for more as it scrolls', async () => {
    const long = Array.from({ length: 12 }, () => readSample(sampleNames()[0])).join('\n\n');
    const article = analysedArticle(long, engine);
    const view = await ViewPage.open(browser, article, { answer: false });
    try {
      const first = view.posted.filter((m) => m.type === 'need') as Extract<FromView, { type: 'need' }>[];
      const asked = Math.max(...first.map((m) => m.to));
      assert.ok(asked < article.chunks.length / 3, `asked for ${asked} of ${article.chunks.length} paragraphs first`);
      await view.sendParagraphs(0, asked);
      const since = view.posted.length;
      await view.page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await view.waitFor('a request for the last paragraphs', () => view.posted.slice(since).some((m) => m.type === 'need' && m.to === article.chunks.length));
    } finally {
      await view.close();
    }
  });

  it('re-renders only the paragraph an edit touched', async () => {
    const text = readSample(sampleNames()[0]);
    const article = analysedArticle(text, engine);
    const view = await ViewPage.open(browser, article);
    try {
      await view.renderAll();
      const at = article.chunks[1].start + 3;
      const edited = analysedArticle(text.slice(0, at) + 'ب' + text.slice(at), engine);
      const since = view.posted.length;
      await view.send({ type: 'outline', outline: outlineOf(edited, 2) });
      const need = await view.next('need', since);
      const paragraphs = [];
      for (let i = need.from; i < need.to; i++) paragraphs.push(paragraphOf(edited, i));
      await view.send({ type: 'paragraphs', version: 2, paragraphs });
      const rendered = await view.next('rendered', since);
      assert.deepStrictEqual(rendered.indices, [1]);
    } finally {
      await view.close();
    }
  });

  it('in an untrusted workspace says why it is read-only and posts no change', async () => {
    const article = analysedArticle(readSample(sampleNames()[1]), engine);
    const view = await ViewPage.open(browser, article, { writable: false });
    try {
      await view.renderAll();
      assert.strictEqual(await view.page.locator('#banner').innerText(), 'read-only: not trusted');
      const since = view.posted.length;
      await view.page.keyboard.press('Tab');
      await view.next('focus', since);
      await view.page.keyboard.press('f');
      await view.page.keyboard.press('Enter');
      const moved = view.posted.length;
      await view.page.keyboard.press('c');
      await view.next('focus', moved, 'focus to move on');
      assert.deepStrictEqual(
        view.posted.slice(since).filter((m) => m.type === 'command'),
        [],
      );
    } finally {
      await view.close();
    }
  });
});
