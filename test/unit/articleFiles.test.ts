// What an article is, for the CLI and the workspace index alike: on folder layouts of real sample
// text, which files are listed (mizan analyze, export, agree), which the index keeps, and which it
// leaves out and says so.
import * as assert from 'assert';
import * as fs from 'fs';
import * as iconv from 'iconv-lite';
import * as os from 'os';
import * as path from 'path';
import { INDEX_MAX_BYTES, expandInputs, listArticles, readArticle, readIndexedArticle } from '../../server/src/articles/articleFiles';
import { readSample, sampleNames } from '../support/samples';

const article = readSample(sampleNames()[3]);
const utf8 = Buffer.from(article, 'utf8');
const english = 'Notes for the team: run the exporter on Fridays and keep the output folder out of git.\n';
const long = (text: string) => text.repeat(Math.ceil((INDEX_MAX_BYTES + 1) / Buffer.byteLength(text)));

const CONTENT = {
  article: utf8,
  'article with BOM': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]),
  english: Buffer.from(english),
  'windows-1256': iconv.encode(article, 'windows-1256'),
  'one bad byte': Buffer.concat([utf8.subarray(0, 100), Buffer.from([0xff]), utf8.subarray(100)]),
  'long article': Buffer.from(long(article)),
  'long log': Buffer.from(long(english)),
};
type Content = keyof typeof CONTENT | { link: string };

interface Case {
  name: string;
  files: Record<string, Content>;
  listed: string[];
  indexed: string[];
  told: string[];
}

const CASES: Case[] = [
  {
    name: 'articles in subfolders, sorted by path',
    files: { 'b.txt': 'article', 'a/z.txt': 'article', 'a.txt': 'article', 'a/b/c.txt': 'article' },
    listed: ['a.txt', 'a/b/c.txt', 'a/z.txt', 'b.txt'],
    indexed: ['a.txt', 'a/b/c.txt', 'a/z.txt', 'b.txt'],
    told: [],
  },
  {
    name: 'hidden files, hidden, dependency and build folders left out, at any depth',
    files: { '.git/x.txt': 'article', '.draft.txt': 'article', 'node_modules/p/x.txt': 'article', 'out/x.txt': 'article', 'dist/x.txt': 'article', 'news/out/x.txt': 'article', 'news/outlook.txt': 'article' },
    listed: ['news/outlook.txt'],
    indexed: ['news/outlook.txt'],
    told: [],
  },
  {
    name: 'only .txt files',
    files: { 'a.md': 'article', 'a.txt.mizan.json': 'english', 'a.mizan.txt': 'article', 'b.ar.txt': 'article', 'c.TXT': 'article' },
    listed: ['a.mizan.txt', 'b.ar.txt'],
    indexed: ['a.mizan.txt', 'b.ar.txt'],
    told: [],
  },
  { name: 'a BOM is dropped, as the editor does', files: { 'a.txt': 'article with BOM' }, listed: ['a.txt'], indexed: ['a.txt'], told: [] },
  { name: 'English notes: listed for the CLI, not indexed, nothing told', files: { 'README.txt': 'english', 'a.txt': 'article' }, listed: ['README.txt', 'a.txt'], indexed: ['a.txt'], told: [] },
  { name: 'not UTF-8: listed (the CLI reports it), not indexed, told', files: { 'cp.txt': 'windows-1256', 'bad.txt': 'one bad byte' }, listed: ['bad.txt', 'cp.txt'], indexed: [], told: ['bad.txt', 'cp.txt'] },
  { name: 'beyond the index cap: listed, not indexed, told only when Arabic', files: { 'long.txt': 'long article', 'log.txt': 'long log' }, listed: ['log.txt', 'long.txt'], indexed: [], told: ['long.txt'] },
  { name: 'a link to an article is one; a link to a folder is not followed', files: { 'a/x.txt': 'article', 'y.txt': { link: 'a/x.txt' }, up: { link: '.' } }, listed: ['a/x.txt', 'y.txt'], indexed: ['a/x.txt', 'y.txt'], told: [] },
];

function layout(files: Record<string, Content>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mizan-articles-'));
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    if (typeof content === 'object') fs.symlinkSync(path.join(dir, content.link), file);
    else fs.writeFileSync(file, CONTENT[content]);
  }
  return dir;
}

describe('which files are articles (articles/articleFiles)', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const dir = layout(c.files);
      try {
        const rel = (files: string[]) => files.map((f) => path.relative(dir, f).split(path.sep).join('/'));
        const listed = listArticles(dir);
        assert.deepStrictEqual(rel(listed), c.listed);
        assert.deepStrictEqual(expandInputs([dir]), listed, 'the CLI expands a folder to the same list');
        const told: string[] = [];
        const indexed = listed.filter((f) => {
          const text = readIndexedArticle(f, (message) => {
            if (message.startsWith(`${f}:`)) told.push(f);
          });
          if (text !== undefined) assert.strictEqual(text, readArticle(f), 'the index reads the text the CLI reads');
          return text !== undefined;
        });
        assert.deepStrictEqual(rel(indexed), c.indexed);
        assert.deepStrictEqual(rel(told), c.told);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  }

  // For root no folder is unreadable: a folder that is a file stands for one.
  it('a folder that cannot be read stops the CLI, and the index passes over it', () => {
    const dir = layout({ 'a.txt': 'article' });
    try {
      const notFolder = path.join(dir, 'a.txt');
      assert.throws(() => listArticles(notFolder), /ENOTDIR/);
      assert.deepStrictEqual(listArticles(notFolder, { passOverUnreadable: true }), []);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a file named on the command line is read whatever its name; a folder is listed as given', () => {
    const dir = layout({ 'notes.md': 'article', 'a.txt': 'article' });
    try {
      assert.deepStrictEqual(expandInputs([path.join(dir, 'notes.md'), `${dir}/`]), [path.join(dir, 'notes.md'), `${dir}/a.txt`]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
