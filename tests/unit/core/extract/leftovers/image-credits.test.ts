import { describe, expect, it } from 'vitest';
import { imageCredits, isCreditText, isGalleryText } from '../../../../../core/extract/leftovers/image-credits';
import { leaveOut, STORY } from './leave-out';

describe('picture credits and gallery leftovers', () => {
  it('leaves out a credit within a caption and keeps the caption', () => {
    const figure =
      '<figure><img src="https://courier.example/ferry.jpg" alt="The ferry in the ice"><figcaption>The ferry at dawn. <span class="credit">Photo: Maren Holt</span></figcaption></figure>';
    const result = leaveOut(`${figure}${STORY}`, [imageCredits]);
    expect(result.leftOut).toEqual(['Photo: Maren Holt']);
    expect(result.text).toContain('The ferry at dawn.');
  });

  it('leaves out a credit a caption runs into its own text', () => {
    const figure =
      '<figure><img src="https://courier.example/pier.jpg" alt="The pier"><figcaption>The pier at dawn, before the first crossing. Foto: Harbour Post/dpa</figcaption></figure>';
    const result = leaveOut(`${STORY}${figure}`, [imageCredits]);
    expect(result.leftOut).toEqual(['Foto: Harbour Post/dpa']);
    expect(result.text).toContain('The pier at dawn, before the first crossing.');
  });

  it('knows a run-in credit in the languages its credit lines know: "Imagen:", "Créditos:", "Fotos:"', () => {
    for (const credit of ['Imagen: Agencia Costera', 'Créditos: Ana Ruiz', 'Fotos: Maren Holt', 'Immagine: Porto di Genova']) {
      const figure = `<figure><img src="https://courier.example/pier.jpg" alt="The pier"><figcaption>El muelle al amanecer. ${credit}</figcaption></figure>`;
      const result = leaveOut(`${STORY}${figure}`, [imageCredits]);
      expect(result.leftOut).toEqual([credit]);
      expect(result.text).toContain('El muelle al amanecer.');
    }
  });

  it('leaves out credit lines, gallery counters and "click to enlarge"', () => {
    const lines = [
      '<p>Foto: dpa</p>',
      '<p>TebNad/Shutterstock.com</p>',
      '<p>© Getty Images</p>',
      '<p>3 / 12</p>',
      '<p>Bild 1 von 23</p>',
      '<p>Zum Vergrößern auf das Bild klicken</p>',
      '<p>Źródło: PAP</p>',
    ];
    const result = leaveOut(`${STORY}${lines.join('')}`, [imageCredits]);
    expect(result.leftOut).toHaveLength(lines.length);
  });

  it('keeps a sentence of the story that names an agency or a photo', () => {
    expect(isCreditText('Reuters reported that the sound froze in January, earlier than in any year since 1987.')).toBe(false);
    expect(isCreditText('Photographers came from the mainland to see it.')).toBe(false);
    expect(isGalleryText('The crossing took 3 hours.')).toBe(false);
    expect(isCreditText('Augusta National/Getty Images')).toBe(true);
  });
});
