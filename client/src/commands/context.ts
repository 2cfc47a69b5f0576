// What the command modules share: the server, the active article's annotations, and the
// annotation under the cursor as the server last described it.
import type { AnnotationItem } from '../../../server/src/protocol';
import type { ArticleEditor } from '../annotationView/activeView';
import type { ActiveAnnotations } from '../views/activeAnnotations';
import type { MizanServer } from './server';
import { contains } from './claimChoice';
import { toLsp } from './guard';

export interface CommandContext {
  server: MizanServer;
  annotations: ActiveAnnotations;
}

/** The annotation of this kind under the cursor (or around the selection), from the last fetched view. */
export function itemAt(ctx: CommandContext, editor: ArticleEditor, kind: AnnotationItem['kind']): AnnotationItem | undefined {
  const result = ctx.annotations.result;
  if (!result || result.uri !== editor.document.uri.toString()) return undefined;
  const sel = toLsp(editor.selection);
  return result.items.find((i) => i.kind === kind && contains(i.range, sel));
}
