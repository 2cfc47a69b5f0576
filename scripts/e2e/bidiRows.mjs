// Reads the rendered rows of the text editor from the DOM of real VS Code and finds the two ways a
// span boundary spoils a line of Arabic: spans laid out left to right in text order (VS Code puts
// each span holding right-to-left text in its own bidi isolate, inside a left-to-right line), and a
// boundary between two letters of a word that join (the word's letters break apart).

const ARABIC_LETTER = /[\u0620-\u064A\u066E-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FF\u0750-\u077F]/;
const ARABIC_MARK = /[\u064B-\u065F\u0670\u06D6-\u06ED]/;
// Letters that join only to the letter before them: a boundary after one cuts no join.
const RIGHT_JOINING = new Set([...'\u0622\u0623\u0624\u0625\u0627\u0629\u062F\u0630\u0631\u0632\u0648\u0671\u0688\u0691\u0698\u06C0\u06C3\u06C4\u06C6\u06C8\u06CB\u06CD\u06D2\u06D3\u06D5']);
const NON_JOINING = new Set(['\u0621']);
const TATWEEL = '\u0640';
const STRONG = /[\p{Script=Arabic}\p{Script=Hebrew}]|[A-Za-z\u00C0-\u024F]/u;
const STRONG_RTL = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;

/** Whether the text ends in a letter that joins to the next one (marks after it do not count). */
function joinsForward(text) {
  let i = text.length - 1;
  while (i >= 0 && ARABIC_MARK.test(text[i])) i--;
  const ch = text[i];
  if (ch === TATWEEL) return true;
  return !!ch && ARABIC_LETTER.test(ch) && !RIGHT_JOINING.has(ch) && !NON_JOINING.has(ch);
}
const joinsBackward = (text) => !!text[0] && (ARABIC_LETTER.test(text[0]) || ARABIC_MARK.test(text[0]) || text[0] === TATWEEL);

/** In the page: every rendered row of the active editor with its leaf spans' text and horizontal extent. */
export function readRows(page) {
  return page
    .locator('.editor-instance .view-lines')
    .first()
    .evaluate((root) => {
      const rows = [];
      for (const line of root.querySelectorAll('.view-line')) {
        const spans = [];
        for (const s of line.querySelectorAll('span')) {
          if (s.querySelector('span') || !s.textContent) continue;
          const r = s.getBoundingClientRect();
          spans.push({ text: s.textContent, left: r.left, right: r.right, cls: s.className });
        }
        rows.push({ top: parseFloat(line.style.top || '0'), spans });
      }
      return rows;
    });
}

/**
 * What is wrong with one row: `order` when two spans with text (not only spaces) stand left to right
 * in text order on a row whose first strong letter is Arabic (right to left on screen is right),
 * `cuts` for each boundary inside a word between joining letters.
 */
export function rowProblems(row) {
  const text = row.spans.map((s) => s.text).join('');
  const arabic = ARABIC_LETTER.test(text);
  const first = text.match(STRONG)?.[0];
  const rtl = !!first && STRONG_RTL.test(first);
  const cuts = [];
  for (let i = 0; i + 1 < row.spans.length; i++) {
    const a = row.spans[i].text;
    const b = row.spans[i + 1].text;
    if (joinsForward(a) && joinsBackward(b)) cuts.push(`${a.slice(-6)}|${b.slice(0, 6)}`);
  }
  const visible = row.spans.filter((s) => s.text.trim() && s.right - s.left > 0.5);
  let order = false;
  if (rtl) for (let i = 0; i + 1 < visible.length; i++) if (visible[i + 1].left > visible[i].left + 1) order = true;
  return { text, arabic, order, cuts, spans: row.spans.length, classes: row.spans.map((x) => `${x.cls}:${x.text.length}`) };
}

/** Sums up rows (deduplicated by position and text): how many hold Arabic, are out of order, cut words. */
export function summarise(rows) {
  const seen = new Set();
  const out = { rows: 0, arabicRows: 0, outOfOrder: [], cuts: [], maxSpans: 0 };
  for (const row of rows) {
    const p = rowProblems(row);
    const key = `${row.top}:${p.text}`;
    if (seen.has(key) || !p.text.trim()) continue;
    seen.add(key);
    out.rows++;
    if (!p.arabic) continue;
    out.arabicRows++;
    out.maxSpans = Math.max(out.maxSpans, p.spans);
    if (p.order) out.outOfOrder.push(`${p.text.slice(0, 60)} [${p.classes.join(' ')}]`);
    out.cuts.push(...p.cuts);
  }
  return out;
}

/** In the page: the overlay decorations drawn in the visible part of the editor, with their look (from their computed style). */
export function readMarks(page) {
  return page
    .locator('.editor-instance .view-overlays')
    .first()
    .evaluate((root) => {
      const out = [];
      for (const d of root.querySelectorAll('.cdr')) {
        const s = getComputedStyle(d);
        const bottom = s.borderBottomStyle;
        const top = s.borderTopStyle;
        let look;
        if (bottom === 'solid' && top === 'solid') look = 'cue';
        else if (bottom === 'dashed') look = 'suggestedEntity';
        else if (bottom === 'solid') look = 'acceptedEntity';
        else if (top === 'solid') look = 'speaker';
        else if (s.backgroundColor && s.backgroundColor !== 'rgba(0, 0, 0, 0)' && s.backgroundColor !== 'transparent') look = 'tint';
        if (!look) continue;
        const row = d.parentElement;
        out.push({ look, cls: d.className, key: `${row?.style.top}:${d.style.left}:${d.style.width}:${d.className}` });
      }
      return out;
    });
}

/** How many marks of each look, and how many classes suggested and accepted entities share (none, if they look different). */
export function countLooks(marks) {
  const looks = { suggestedEntity: 0, acceptedEntity: 0, cue: 0, speaker: 0, tint: 0 };
  const classes = { suggestedEntity: new Set(), acceptedEntity: new Set() };
  for (const m of marks) {
    looks[m.look]++;
    classes[m.look]?.add(m.cls);
  }
  const sharedClasses = [...classes.suggestedEntity].filter((c) => classes.acceptedEntity.has(c)).length;
  return { ...looks, sharedClasses };
}
