// `mizan import <article.txt> <annotations file> [--format json|jsonl|brat|conll|w3c]
//  [--as accepted|suggested] [--map THEIRS=OURS,…] [--author name]`: annotations made elsewhere
// laid onto the article and added to its sidecar, as accepted decisions (the default) or as
// suggestions to review. Every annotation is checked against the article's text first; on any
// error (named with the file and the line) nothing is written and the sidecar stays as it was.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { IMPORT_FORMATS, ImportError, readImport, withImported, type ImportFormat } from '../core/formats/importAnnotations';
import { readSidecar, sidecarPath, writeSidecar } from '../store/sidecarStore';
import { readArticle } from '../articles/articleFiles';

const USAGE = `usage: mizan import <article.txt> <annotations file> [--format ${IMPORT_FORMATS.join('|')}] [--as accepted|suggested] [--map THEIRS=OURS,…] [--author name]\n`;

const VALUED = ['--format', '--as', '--map', '--author'];

const BY_EXTENSION: Record<string, ImportFormat> = { '.json': 'json', '.jsonl': 'jsonl', '.ann': 'brat', '.conll': 'conll', '.jsonld': 'w3c' };

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

let counter = 0;
const newId = (kind: 'entity' | 'claim') => `${kind === 'entity' ? 'e' : 'c'}-i${Date.now().toString(36)}${(counter++).toString(36)}`;

export async function runImport(args: string[]): Promise<number> {
  // Positional arguments: neither an option nor the value after one.
  const [article, source] = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && VALUED.includes(args[i - 1])));
  const format = (option(args, '--format') ?? BY_EXTENSION[path.extname(source ?? '').toLowerCase()]) as ImportFormat | undefined;
  const as = option(args, '--as') ?? 'accepted';
  if (!article || !source || !format || !IMPORT_FORMATS.includes(format) || (as !== 'accepted' && as !== 'suggested')) {
    process.stderr.write(USAGE);
    return 2;
  }
  const map = Object.fromEntries(
    (option(args, '--map') ?? '')
      .split(',')
      .filter(Boolean)
      .map((p) => p.split('=') as [string, string]),
  );
  try {
    const text = readArticle(article);
    const stored = readSidecar(sidecarPath(article));
    if (stored.kind === 'broken') throw new ImportError(`${stored.message} (fix it or start a new one before importing)`);
    const items = readImport(format, text, fs.readFileSync(source, 'utf8'), { article: path.basename(article), source, map });
    const before = stored.kind === 'ok' ? stored.decisions : { records: [] };
    const author = option(args, '--author') ?? process.env.MIZAN_AUTHOR ?? os.userInfo().username;
    const { decisions, added, updated } = withImported(text, before, items, { status: as, author, time: new Date().toISOString(), newId });
    await writeSidecar(sidecarPath(article), path.basename(article), decisions);
    process.stderr.write(`mizan: ${items.length} annotation(s) from ${source} imported into ${sidecarPath(article)} as ${as} (${added} added, ${updated} updated)\n`);
    return 0;
  } catch (err) {
    process.stderr.write(`mizan import: ${err instanceof Error ? err.message : String(err)} (nothing imported)\n`);
    return 1;
  }
}
