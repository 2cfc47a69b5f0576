// Tells a window when another one (another server process) changed the sidecar of an article it
// has open: the folders of open articles are watched, and a changed sidecar is read again between
// this article's commands and the view re-rendered. The editor's own file watcher is not relied
// on: it sees only the workspace, and only when the client offers dynamic registration.
import * as fs from 'fs';
import * as path from 'path';
import { SIDECAR_SUFFIX } from '../store/sidecarStore';
import type { AnnotationService } from './annotations';
import type { ServerContext } from './context';
import { fileOf } from './services';

/** Changes of one sidecar come in bursts (write, rename): read it once they settle. */
const SETTLE_MS = 40;

export function watchSidecars(ctx: ServerContext, service: AnnotationService): void {
  const folders = new Map<string, { watcher: fs.FSWatcher; uris: Set<string> }>();
  const timers = new Map<string, NodeJS.Timeout>();

  const changed = (uri: string) => {
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        void service.manager
          .rereadQueued(uri, () => ctx.documents.get(uri)?.getText())
          .then((moved) => {
            if (moved) service.changed(uri);
          });
      }, SETTLE_MS),
    );
  };

  ctx.documents.onDidOpen((e) => {
    const file = fileOf(e.document.uri);
    if (!file) return;
    const dir = path.dirname(file);
    let folder = folders.get(dir);
    if (!folder) {
      let watcher: fs.FSWatcher;
      try {
        watcher = fs.watch(dir, { persistent: false }, (_event, name) => {
          const entry = folders.get(dir);
          if (!entry || !name || !name.toString().endsWith(SIDECAR_SUFFIX)) return;
          const article = path.join(dir, name.toString().slice(0, -SIDECAR_SUFFIX.length));
          for (const uri of entry.uris) if (fileOf(uri) === article) changed(uri);
        });
      } catch {
        return; // a folder that cannot be watched: the sidecar is still read when the article becomes active
      }
      watcher.on('error', () => undefined);
      folders.set(dir, (folder = { watcher, uris: new Set() }));
    }
    folder.uris.add(e.document.uri);
  });

  ctx.documents.onDidClose((e) => {
    const file = fileOf(e.document.uri);
    if (!file) return;
    const dir = path.dirname(file);
    const folder = folders.get(dir);
    if (!folder) return;
    folder.uris.delete(e.document.uri);
    if (!folder.uris.size) {
      folder.watcher.close();
      folders.delete(dir);
    }
  });
}
