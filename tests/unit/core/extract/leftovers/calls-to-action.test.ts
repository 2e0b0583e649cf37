import { describe, expect, it } from 'vitest';
import { callsToAction } from '../../../../../core/extract/leftovers/calls-to-action';
import { callPatterns } from '../../../../../core/extract/leftovers/cta-phrases';
import { leaveOut, STORY, storyText } from './leave-out';

const run = (html: string) => leaveOut(`${STORY}${html}`, [callsToAction]);

describe('calls to action', () => {
  it.each([
    ['en', '<div class="box"><h3>Stay in the loop</h3><p>Sign up for our weekly newsletter.</p><a href="/signup">Sign up</a></div>'],
    ['de', '<p>Abonnieren Sie unseren kostenlosen Newsletter und verpassen Sie keine Nachricht mehr.</p>'],
    ['sv', '<p>Följ oss på Instagram för fler bilder från skärgården.</p>'],
    ['no', '<p>Bli abonnent i dag og les alt.</p>'],
    ['da', '<p>Tilmeld dig vores nyhedsbrev.</p>'],
    ['fi', '<p>Tilaa uutiskirje sähköpostiisi.</p>'],
    ['nl', '<p>Deze website gebruikt cookies om je ervaring te verbeteren.</p>'],
    ['fr', '<p>Abonnez-vous à notre newsletter pour ne rien manquer.</p>'],
    ['es', '<p>¡Síguenos en Twitter y Facebook!</p>'],
    ['it', '<p>Iscriviti alla nostra newsletter settimanale.</p>'],
    ['pt', '<p>Todos os direitos reservados.</p>'],
    ['pl', '<p>Zapisz się na nasz newsletter.</p>'],
  ])('leaves out a call in %s, with the box it stands in', (_lang, html) => {
    const result = run(html);
    expect(result.text).toBe(storyText());
    expect(result.leftOut).toHaveLength(1);
  });

  it('leaves out the labels over ads and share buttons, and comment counts', () => {
    const result = run('<p>Advertisement</p><p>Anzeige</p><div><span>Share:</span></div><p>12 comments</p><h3>Comments are closed.</h3>');
    expect(result.text).toBe(storyText());
  });

  it('keeps a paragraph of the story that says "subscribe" or "newsletter" as news', () => {
    const kept = [
      '<p>Islanders can subscribe to the ferry’s ice reports by text message.</p>',
      '<p>The harbour office’s newsletter first reported the new hull.</p>',
      '<p>Ahlgren says she would rather share the wheelhouse than give it up.</p>',
    ].join('');
    const result = run(kept);
    expect(result.leftOut).toEqual([]);
    expect(result.text).toContain('subscribe to the ferry’s ice reports');
    expect(result.text).toContain('newsletter first reported');
  });

  it('keeps a long paragraph even when it ends with a call', () => {
    const long = `<p>${'The crossing takes forty minutes on a good day and two hours on a bad one. '.repeat(4)}Follow us on Twitter.</p>`;
    expect(run(long).leftOut).toEqual([]);
  });
});

describe('callPatterns', () => {
  const german = 'abonnieren sie unseren newsletter';
  const english = 'sign up for our weekly newsletter';

  it('looks for an article’s own language and English, whatever the region in its tag', () => {
    const { sentence } = callPatterns('de-CH');
    expect(sentence.test(german)).toBe(true);
    expect(sentence.test(english)).toBe(true);
  });

  it('leaves other languages’ calls to their own articles', () => {
    expect(callPatterns('fr').sentence.test(german)).toBe(false);
  });

  it('looks for every language where the article’s is not one the table knows, or not given', () => {
    expect(callPatterns('ar').sentence.test(german)).toBe(true);
    expect(callPatterns(undefined).sentence.test(german)).toBe(true);
  });
});
