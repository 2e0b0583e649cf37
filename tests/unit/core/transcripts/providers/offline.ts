import type { FetchText } from '../../../../../core/transcripts/providers/types';

/** For providers that read only what the page gave them: any request is a bug. */
export const offline: { fetchText: FetchText } = {
  fetchText: async (url) => {
    throw new Error(`This provider must not fetch, but asked for ${url}`);
  },
};
