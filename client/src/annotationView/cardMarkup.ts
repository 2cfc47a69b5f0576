// The hover card's markdown (what the server's hover answers: bold, italics, list items, blank
// lines between paragraphs) as markup for the view, escaped first so that the article's words
// in a card are text. Pure, for the webview and for tests.
import { escapeHtml } from './render';

function inline(text: string): string {
  return escapeHtml(text)
    .replace(/\*\*([^*]+)\*\*/g, '<b>$1</b>')
    .replace(/(^|[\s(])_([^_]+)_(?=$|[\s).,;:])/g, '$1<i>$2</i>');
}

export function cardHtml(markdown: string): string {
  const out: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (list.length) out.push(`<ul>${list.join('')}</ul>`);
    list = [];
  };
  for (const block of markdown.split(/\n\s*\n/)) {
    for (const line of block.split('\n')) {
      const item = /^\s*[-*]\s+(.*)$/.exec(line);
      if (item) {
        list.push(`<li>${inline(item[1])}</li>`);
        continue;
      }
      flush();
      if (line.trim()) out.push(`<p>${inline(line.trim())}</p>`);
    }
  }
  flush();
  return out.join('');
}
