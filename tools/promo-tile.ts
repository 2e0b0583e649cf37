/** The Chrome Web Store's promotional tiles: the small one is required, the marquee optional. */
export const PROMO_TILES = [
  { name: 'promo-small', width: 440, height: 280 },
  { name: 'promo-marquee', width: 1400, height: 560 },
] as const;

export type PromoTile = (typeof PROMO_TILES)[number];

/**
 * A tile as a page to photograph: the icon, the name and what Legible does, in the icon's blue,
 * sized to the tile (the stores scale tiles down, so the words stay large).
 */
export function promoTileHtml(iconUrl: string, tile: PromoTile): string {
  const unit = tile.height / 280;
  // No larger than the icon's own 128 px, which would blur.
  const iconSize = Math.min(112 * unit, 128);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><style>
  html, body { margin: 0; width: ${tile.width}px; height: ${tile.height}px; overflow: hidden; }
  body { display: flex; align-items: center; gap: ${28 * unit}px; padding: 0 ${40 * unit}px; box-sizing: border-box;
    background: linear-gradient(135deg, #0b57a4, #083f77); color: #fff; font-family: 'Atkinson Hyperlegible', system-ui, sans-serif; }
  img { width: ${iconSize}px; height: ${iconSize}px; flex: none; filter: drop-shadow(0 ${4 * unit}px ${10 * unit}px rgb(0 0 0 / 0.35)); }
  h1 { margin: 0; font-size: ${52 * unit}px; line-height: 1; letter-spacing: 0.01em; }
  p { margin: ${12 * unit}px 0 0; font-size: ${21 * unit}px; line-height: 1.3; max-width: ${tile.width > 1000 ? 30 : 14}em; }
</style></head><body>
  <img src="${iconUrl}" alt="">
  <div><h1>Legible</h1><p>Clean articles, even with JavaScript off, with the words of their clips</p></div>
</body></html>`;
}
