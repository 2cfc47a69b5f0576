// What the status bar item says: claims tagged / total in the active article, and whether Mizan
// can write there (paused by a broken annotation file, or an untrusted workspace).
import type { Progress } from '../../../server/src/protocol';
import type { Translate } from '../l10n';

export interface ProgressState {
  progress: Progress;
  paused?: string;
  writable: boolean;
}
export interface ProgressText {
  text: string;
  tooltip: string;
}

export function progressText(state: ProgressState, t: Translate): ProgressText {
  const { tagged, total } = state.progress;
  if (state.paused) {
    return { text: `$(warning) ${t('Mizan paused')}`, tooltip: t('Annotating this article is paused: {0}', state.paused) };
  }
  const icon = total > 0 && tagged >= total ? '$(pass-filled)' : '$(tag)';
  const lock = state.writable ? '' : ' $(lock)';
  const counts = t('{0} of {1} claims have a stance', tagged, total);
  const click = tagged < total ? t('Click for the next claim without a stance.') : t('Every claim has a stance.');
  const readOnly = state.writable ? '' : `\n${t('Untrusted workspace: Mizan shows highlights but writes nothing.')}`;
  return { text: `${icon} ${tagged}/${total}${lock}`, tooltip: `${counts}. ${click}${readOnly}` };
}
