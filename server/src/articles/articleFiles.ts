// Which files are articles and how they are read, the same for the CLI, export, agreement and the
// workspace index: the .txt files of a folder and of its subfolders, without hidden files and
// folders, nor the folders of dependencies and build output (node_modules, out, dist), where a
// project's copies or an export's brat articles would otherwise be read a second time.
import * as fs from 'fs';
import * as path from 'path';
import { isMostlyArabic } from '../core/text/script';
import { ArticleError, decodeArticle } from './articleText';

const SKIPPED_FOLDERS = new Set(['node_modules', 'out', 'dist']);

export const isSkippedFolder = (name: string): boolean => name.startsWith('.') || SKIPPED_FOLDERS.has(name);
export const isArticleName = (name: string): boolean => name.endsWith('.txt') && !name.startsWith('.');

/**
 * Bytes beyond which the workspace index leaves an article out, so that a stray dump does not hold
 * the server for minutes; the CLI reads any size (long articles in sections, see cli/bigArticle.ts).
 */
export const INDEX_MAX_BYTES = 5 * 1024 * 1024;

interface Walked {
  folders: string[];
  articles: string[];
}

/**
 * How a folder that cannot be read is taken: the CLI stops on it (an export must not miss articles
 * unsaid), the workspace index passes over it (a workspace may hold folders of another user).
 */
export interface WalkOptions {
  passOverUnreadable?: boolean;
}

// Symbolic links to files are followed, to folders not (a link up the tree would never end).
function walk(folder: string, options: WalkOptions): Walked {
  const base = folder.replace(/[\\/]$/, '');
  const out: Walked = { folders: [], articles: [] };
  const visit = (rel: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(rel ? `${base}/${rel}` : folder, { withFileTypes: true });
    } catch (err) {
      if (options.passOverUnreadable) return;
      throw err;
    }
    for (const e of entries) {
      const sub = rel ? path.join(rel, e.name) : e.name;
      if (e.isDirectory()) {
        if (!isSkippedFolder(e.name)) {
          out.folders.push(sub);
          visit(sub);
        }
      } else if (isArticleName(e.name) && (e.isFile() || (e.isSymbolicLink() && fs.statSync(`${base}/${sub}`, { throwIfNoEntry: false })?.isFile()))) {
        out.articles.push(sub);
      }
    }
  };
  visit('');
  const joined = (rels: string[]) => rels.sort().map((r) => `${base}/${r}`);
  return { folders: joined(out.folders), articles: joined(out.articles) };
}

/** The articles under a folder, sorted, as `folder/relative path` (the folder as given). */
export function listArticles(folder: string, options: WalkOptions = {}): string[] {
  return walk(folder, options).articles;
}

/** The folder and those under it that may hold articles. */
export function articleFolders(folder: string): string[] {
  return [folder, ...walk(folder, {}).folders];
}

/** Expands folders into their articles; plain files are kept as given (a named file is read whatever its name). */
export function expandInputs(inputs: string[]): string[] {
  return inputs.flatMap((input) => (fs.statSync(input, { throwIfNoEntry: false })?.isDirectory() ? listArticles(input) : [input]));
}

export function readArticle(file: string): string {
  return decodeArticle(fs.readFileSync(file), file);
}

/** Undefined when the file is an article Mizan reads (or is not there); else why not. */
export function unreadableArticle(file: string): string | undefined {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return undefined;
  }
  try {
    decodeArticle(bytes, file);
    return undefined;
  } catch (err) {
    return err instanceof ArticleError ? err.message : undefined;
  }
}

/**
 * An article's text for the workspace index, or undefined: not there, not mostly Arabic (a
 * project's notes and logs are not articles), not UTF-8 or beyond INDEX_MAX_BYTES. The last two
 * are told to `skipped`, a file beyond the cap only when its start is Arabic.
 */
export function readIndexedArticle(file: string, skipped?: (message: string) => void): string | undefined {
  const left = (why: string) => skipped?.(`${why} (left out of the workspace index)`);
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return undefined;
    if (stat.size > INDEX_MAX_BYTES) {
      if (isMostlyArabic(new TextDecoder().decode(readStart(file, 64 * 1024)))) left(`${file}: ${(stat.size / 2 ** 20).toFixed(1)} MB, more than the ${INDEX_MAX_BYTES / 2 ** 20} MB the index reads; mizan analyze reads it`);
      return undefined;
    }
    const text = decodeArticle(fs.readFileSync(file), file);
    return isMostlyArabic(text) ? text : undefined;
  } catch (err) {
    if (err instanceof ArticleError) left(err.message);
    return undefined;
  }
}

function readStart(file: string, bytes: number): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    return buf.subarray(0, fs.readSync(fd, buf, 0, bytes, 0));
  } finally {
    fs.closeSync(fd);
  }
}
