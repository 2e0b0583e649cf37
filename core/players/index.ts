import * as brightcove from './brightcove';
import * as dailymotion from './dailymotion';
import * as generic from './generic';
import * as jwplayer from './jwplayer';
import type { PlayerCaptions, PlayerFamily } from './player-family';
import * as svt from './svt';
import * as videojs from './videojs';
import * as vimeo from './vimeo';
import * as wistia from './wistia';
import * as youtube from './youtube';

/**
 * Every player family Legible knows, one file each. The order is the order their markup is
 * tried: a family whose containers others' markup also matches (video.js, the generic id
 * attributes) comes after those others.
 */
const FAMILIES = [
  brightcove.family,
  jwplayer.family,
  youtube.family,
  vimeo.family,
  wistia.family,
  svt.family,
  videojs.family,
  generic.family,
  dailymotion.family,
] as const;

export type PlayerFamilyName = (typeof FAMILIES)[number]['name'];
export type KnownPlayerFamily = PlayerFamily & { readonly name: PlayerFamilyName };
export const PLAYER_FAMILIES: readonly KnownPlayerFamily[] = FAMILIES;

/**
 * Each family's captions service, where it has one. Kept apart from PLAYER_FAMILIES, which every
 * page's sentinel carries, so that the services stay in the background's bundle only; the type
 * makes a family left out of this table an error.
 */
export const CAPTIONS_SERVICES: { readonly [Name in PlayerFamilyName]: PlayerCaptions | undefined } = {
  brightcove: brightcove.captions,
  dailymotion: dailymotion.captions,
  generic: generic.captions,
  jwplayer: jwplayer.captions,
  svt: svt.captions,
  videojs: videojs.captions,
  vimeo: vimeo.captions,
  wistia: wistia.captions,
  youtube: youtube.captions,
};

/**
 * Any player container of any family. Every page's sentinel carries it, and only it of this
 * folder: each family's selector is its own export, since a bundle keeps a whole object for
 * one of its fields. The registry test checks it against the families' markup.
 */
export const PLAYER_SELECTOR = [
  brightcove.shellSelector,
  jwplayer.shellSelector,
  youtube.shellSelector,
  vimeo.shellSelector,
  wistia.shellSelector,
  svt.shellSelector,
  videojs.shellSelector,
  generic.shellSelector,
].join(', ');

/** Every family's name, for checking a clip a message names. */
export const PLAYER_FAMILY_NAMES: ReadonlySet<string> = /* @__PURE__ */ new Set<string>(
  /* @__PURE__ */ PLAYER_FAMILIES.map((family) => family.name),
);
