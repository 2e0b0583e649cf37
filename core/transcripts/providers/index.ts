import type { MediaRefSource } from '../../media/types';
import { html5 } from './html5';
import { jsonLd } from './json-ld';
import { player } from './player';
import type { TranscriptProvider } from './types';

/** Every transcript source Legible knows, keyed by the MediaRef source it handles. */
export const PROVIDERS: { [S in MediaRefSource]: TranscriptProvider<S> } = {
  html5,
  'json-ld': jsonLd,
  player,
};
