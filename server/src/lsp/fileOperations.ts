// Renames and deletes of articles, as the editor reports them (workspace/didRenameFiles and
// didDeleteFiles: the language client forwards them when the server declares these filters, no
// client code needed). A renamed article's sidecar is moved with it; a deleted one's is kept, and
// the annotator told where it is. Renames made outside the editor are caught on open
// (AnnotationManager.adopt).
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';
import type { ServerCapabilities } from 'vscode-languageserver/node';
import { decisionCount, moveSidecar } from '../store/sidecarMoves';
import { sidecarPath } from '../store/sidecarStore';
import type { AnnotationService } from './annotations';
import type { ServerContext } from './context';

const FILES = { filters: [{ scheme: 'file', pattern: { glob: '**/*', matches: 'file' as const } }] };

export const fileOperationCapabilities: ServerCapabilities = {
  workspace: { fileOperations: { didRename: FILES, didDelete: FILES } },
};

const fileOf = (uri: string): string | undefined => {
  if (!uri.startsWith('file:')) return undefined;
  try { return fileURLToPath(uri); } catch { return undefined; }
};

export function registerFileOperations(ctx: ServerContext, service: AnnotationService): void {
  const { connection, documents } = ctx;
  const warn = (message: string) => {
    connection.console.warn(`Mizan: ${message}`);
    void connection.window.showWarningMessage(`Mizan: ${message}`);
  };

  connection.workspace.onDidRenameFiles(async ({ files }) => {
    for (const { oldUri, newUri } of files) {
      const from = fileOf(oldUri);
      const to = fileOf(newUri);
      if (!from || !to) continue;
      if (!service.manager.writable) {
        if (fs.existsSync(sidecarPath(from))) warn(`${path.basename(from)} was renamed, but this workspace is not trusted: its annotations stay in ${sidecarPath(from)}`);
        continue;
      }
      let moved;
      try {
        moved = await moveSidecar(from, to);
      } catch (err) {
        warn(`${path.basename(from)} was renamed, but its annotations could not be moved: ${err instanceof Error ? err.message : String(err)}; they are still in ${sidecarPath(from)}`);
        continue;
      }
      if (moved.kind === 'kept') warn(`${path.basename(from)} was renamed to ${path.basename(to)}, which already has annotations: both files are kept (${moved.from} was not moved)`);
      if (moved.kind === 'moved') connection.console.log(`Mizan: annotations moved with the article: ${moved.from} → ${moved.to}`);
      if (moved.kind === 'moved' && documents.get(newUri)) {
        const changed = await service.manager.rereadQueued(newUri, () => documents.get(newUri)?.getText());
        if (changed) service.changed(newUri);
      }
    }
  });

  connection.workspace.onDidDeleteFiles(({ files }) => {
    for (const { uri } of files) {
      const file = fileOf(uri);
      if (!file || !fs.existsSync(sidecarPath(file))) continue;
      const count = decisionCount(sidecarPath(file));
      warn(`${path.basename(file)} was deleted; its annotations${count === undefined ? '' : ` (${count} decision${count === 1 ? '' : 's'})`} are kept in ${sidecarPath(file)}. Restore the article (or rename it back) to see them; mizan export and analyze list such files.`);
    }
  });
}
