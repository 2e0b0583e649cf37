import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { TranscriptState } from '../../../components/transcript-state';
import { useAnnouncements } from '../../../components/use-announcements';
import type { ReaderDocument } from '../../../core/extract/reader-document';
import { CRANE, FERRY, article, noCaptions, transcriptOf } from './reader-view-fixtures';
import { renderWithI18n, type Rendered } from './render-with-i18n';

let said!: ReturnType<typeof useAnnouncements>;
let setTranscripts!: (next: Record<string, TranscriptState>) => void;

/** The live region alone, with the transcripts' states set from the test. */
function LiveRegion({ doc, enabled, initial }: { doc: ReaderDocument; enabled: boolean; initial: Record<string, TranscriptState> }) {
  const [transcripts, set] = useState(initial);
  setTranscripts = set;
  said = useAnnouncements({ article: doc, transcriptsEnabled: enabled, transcripts });
  return (
    <div role="status" aria-live="polite">
      {said.announcement}
    </div>
  );
}

const LOADING: TranscriptState = { status: 'loading' };

let rendered: Rendered | undefined;
afterEach(() => rendered?.unmount());

function setUp({ doc = article(), enabled = true, initial = { [FERRY.id]: LOADING, [CRANE.id]: LOADING } } = {}) {
  rendered = renderWithI18n(<LiveRegion doc={doc} enabled={enabled} initial={initial} />);
  return () => rendered!.container.querySelector('[role="status"]')!.textContent;
}

describe('useAnnouncements', () => {
  it('says the reader opened, and how many transcripts are coming', () => {
    const live = setUp();
    expect(live()).toBe("Reader view opened: The harbour that never sleeps Loading the clips' transcripts (2).");
  });

  it('says only that the reader opened where no transcript is coming', () => {
    expect(setUp({ enabled: false, initial: {} })()).toBe('Reader view opened: The harbour that never sleeps');
    rendered!.unmount();
    expect(setUp({ doc: article({ media: [] }), initial: {} })()).toBe('Reader view opened: The harbour that never sleeps');
  });

  it('says how the transcripts went once none is loading, and not before', () => {
    const live = setUp();
    act(() => setTranscripts({ [FERRY.id]: { status: 'done', result: noCaptions }, [CRANE.id]: LOADING }));
    expect(live()).toContain('Reader view opened');
    act(() =>
      setTranscripts({
        [FERRY.id]: { status: 'done', result: noCaptions },
        [CRANE.id]: { status: 'done', result: transcriptOf('Cranes.') },
      }),
    );
    expect(live()).toBe('Transcripts ready for 1 of 2 clips The last ferry of the night: No captions were found for this clip.');
  });

  it('says nothing of transcripts that are turned off', () => {
    const live = setUp({ enabled: false, initial: {} });
    act(() => setTranscripts({ [FERRY.id]: { status: 'done', result: noCaptions }, [CRANE.id]: { status: 'done', result: noCaptions } }));
    expect(live()).toBe('Reader view opened: The harbour that never sleeps');
  });

  it('puts each change of reading aloud into words', () => {
    const live = setUp();
    act(() => said.announceReadAloud('started'));
    expect(live()).toBe('Reading aloud');
    act(() => said.announceReadAloud('paused'));
    expect(live()).toBe('Reading paused');
    act(() => said.announceReadAloud('no-voices'));
    expect(live()).toMatch(/^This browser has no voices to read aloud with/);
  });

  it('names the clip being loaded again, or calls it untitled', () => {
    const live = setUp();
    act(() => said.announceClipLoading(CRANE));
    expect(live()).toBe('Loading the transcript of Crane operators at dawn');
    act(() => said.announceClipLoading({ ...CRANE, title: undefined }));
    expect(live()).toBe('Loading the transcript of Untitled clip');
  });

  it('says a choice could not be saved, and says anything else it is given', () => {
    const live = setUp();
    act(() => said.announceSaveFailed('quota exceeded'));
    expect(live()).toBe('Your choice applies now but could not be saved: quota exceeded');
    act(() => said.announce('Theme: Dark'));
    expect(live()).toBe('Theme: Dark');
  });
});
