import { useEffect, useState } from 'preact/hooks';
import type { ReaderDocument } from '../core/extract/reader-document';
import type { MediaRef } from '../core/media/types';
import { useTranslate, type MessageKey } from './i18n';
import { transcriptsAnnouncement, type TranscriptState } from './transcript-state';
import type { ReadAloudChange } from './use-read-aloud';

const READ_ALOUD_SAID = {
  started: 'readAloudStarted',
  paused: 'readAloudPaused',
  stopped: 'readAloudStopped',
  finished: 'readAloudFinished',
  'no-voices': 'readAloudNoVoices',
} as const satisfies Record<ReadAloudChange, MessageKey>;

type Options = {
  article: ReaderDocument;
  transcriptsEnabled: boolean;
  transcripts: Readonly<Record<string, TranscriptState>>;
};

/**
 * What the reader's live region says, the latest message in place of the last. It says on its own
 * that the reader opened (and that transcripts are coming), then how they went once none is
 * loading: a screen reader user hears it without visiting every card. Other changes are said
 * through what it returns.
 */
export function useAnnouncements({ article, transcriptsEnabled, transcripts }: Options) {
  const t = useTranslate();
  const [announcement, announce] = useState('');
  const withTranscripts = transcriptsEnabled && article.media.length > 0;

  useEffect(() => {
    const loading = withTranscripts ? ` ${t('announceTranscriptsLoading', article.media.length)}` : '';
    announce(t('announceOpened', article.title) + loading);
  }, [article]);

  const transcriptsSaid = withTranscripts ? transcriptsAnnouncement(article.media, transcripts, t) : undefined;
  useEffect(() => {
    if (transcriptsSaid) announce(transcriptsSaid);
  }, [transcriptsSaid]);

  return {
    announcement,
    announce,
    announceReadAloud: (change: ReadAloudChange) => announce(t(READ_ALOUD_SAID[change])),
    announceClipLoading: (clip: MediaRef) => announce(t('announceClipLoading', clip.title ?? t('mediaUntitled'))),
    announceSaveFailed: (error: string) => announce(t('announceSaveFailed', error)),
  };
}
