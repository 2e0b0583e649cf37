/**
 * What the players' integration tests share: their provider hosts on loopback for the file's
 * routes, a clip of a web player, and the service as the background makes it.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { MediaRef } from '../../core/media/types';
import { createTranscriptService, type TranscriptServiceOptions } from '../../core/transcripts/service';
import { body, type CaptionServer, type Route } from './caption-server';
import { mapProviderHostsInNode, startProviderHosts } from './provider-hosts';

export const read = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');
export const html = (text: string) => body(text, 'text/html; charset=utf-8');
export const json = (text: string, code?: number) => body(text, 'application/json; charset=utf-8', code ? { status: code } : {});

/** Starts the provider hosts with `routes` before the file's tests and maps this process's fetch to them. */
export function useProviderHosts(routes: Record<string, Route>): { readonly hosts: CaptionServer } {
  let hosts: CaptionServer | undefined;
  let unmap: (() => void) | undefined;
  beforeAll(async () => {
    hosts = await startProviderHosts(routes);
    unmap = mapProviderHostsInNode(hosts);
  });
  afterAll(async () => {
    unmap?.();
    await hosts?.close();
  });
  beforeEach(() => hosts?.resetHits());
  return {
    get hosts() {
      if (!hosts) throw new Error('The provider hosts have not started');
      return hosts;
    },
  };
}

export function playerClip(
  family: Extract<MediaRef, { source: 'player' }>['family'],
  videoId: string,
  extra: Partial<Extract<MediaRef, { source: 'player' }>> = {},
): MediaRef {
  return {
    id: 'media-0',
    source: 'player',
    family,
    videoId,
    mediaType: 'video',
    pageUrl: 'https://news.example/harbour.html',
    tracks: [],
    ...extra,
  };
}

export function service(preferred: string[] = ['en'], extra: Partial<TranscriptServiceOptions> = {}) {
  return createTranscriptService({ preferredLanguages: () => preferred, fetchLimits: { timeoutMs: 500 }, ...extra });
}
