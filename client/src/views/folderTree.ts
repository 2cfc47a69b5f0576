// The Annotations view's folder row as plain data: claims tagged in all, then one row per article
// (most left to tag first, so that what needs work is at the top), each opening its article.
import type { FolderProgressResult } from '../../../server/src/protocol';
import type { Translate } from '../l10n';
import type { TreeNode } from './annotationTree';

export const FOLDER_NODE_ID = 'mizan-folder';

const nameOf = (uri: string): string => decodeURIComponent(uri.split('/').pop() ?? uri);

export function folderNode(result: FolderProgressResult, t: Translate): TreeNode {
  const notes = [result.counting ? t('counting the claims of {0} articles…', result.counting) : undefined, result.unreadable ? t('{0} articles with an unreadable annotation file', result.unreadable) : undefined].filter(Boolean);
  const left = (a: { tagged: number; total: number }) => a.total - a.tagged;
  const articles = [...result.articles].sort((a, b) => left(b) - left(a) || (a.uri < b.uri ? -1 : 1));
  return {
    id: FOLDER_NODE_ID,
    label: t('Folder: {0} of {1} claims have a stance', result.tagged, result.total),
    description: notes.join(' · ') || undefined,
    tooltip: t('{0} of {1} articles have every claim tagged', result.articles.filter((a) => left(a) === 0).length, result.articles.length),
    icon: result.total > 0 && result.tagged >= result.total && !result.counting ? 'pass-filled' : 'folder',
    children: articles.map((a) => ({
      id: `${FOLDER_NODE_ID}#${a.uri}`,
      label: nameOf(a.uri),
      description: `${a.tagged}/${a.total}`,
      tooltip: t('{0} of {1} claims have a stance', a.tagged, a.total),
      icon: left(a) === 0 ? 'pass-filled' : a.tagged > 0 ? 'circle-large-outline' : 'circle-outline',
      open: a.uri,
      children: [],
    })),
  };
}
