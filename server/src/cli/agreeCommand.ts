// `mizan agree <folderA> <folderB> … [--json]`: agreement between annotators who each annotated a
// copy of the same articles (one folder each, sidecars beside the articles). An annotator's
// annotations are what they accepted or added; unchecked machine suggestions are nobody's. Per
// article and in total: entity span F1 (exact, overlap), Cohen's κ over tokens per entity type,
// claim span F1, stance κ (claims both tagged) and Krippendorff's α (every annotator, untagged as
// missing); then each disagreement as path:line:column, which VS Code's terminal opens in place.
import { agreementOf, formatAgreement, lineColumn } from '../annotations/agreementOnDisk';

const USAGE = 'usage: mizan agree <folder of annotator 1> <folder of annotator 2> … [--json]\n';

export function runAgree(args: string[]): number {
  const folders = args.filter((a) => !a.startsWith('--'));
  if (folders.length < 2) {
    process.stderr.write(USAGE);
    return 2;
  }
  try {
    const r = agreementOf(folders);
    if (args.includes('--json')) {
      process.stdout.write(
        JSON.stringify(
          {
            annotators: folders,
            articles: r.articles.map((a) => ({ file: a.name, ...a.result, disagreements: a.result.disagreements.map((d) => ({ ...d, text: a.text.slice(d.start, d.end), at: lineColumn(a.text, d.start) })) })),
            total: { pairs: r.total.pairs, stanceAlpha: r.total.stanceAlpha },
            missing: r.missing,
          },
          null,
          2,
        ) + '\n',
      );
    } else process.stdout.write(formatAgreement(folders, r));
    return 0;
  } catch (err) {
    process.stderr.write(`mizan agree: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}
