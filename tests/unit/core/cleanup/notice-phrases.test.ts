import { describe, expect, it } from 'vitest';
import { hasNoticeHint, JS_MENTION } from '../../../../core/cleanup/notice-hint';
import { NOTICE_PHRASES, type NoticeStrength } from '../../../../core/cleanup/notice-phrases';

/** Notices each language's rows must recognise, as sites word them. */
const NOTICES: Record<string, string[]> = {
  en: [
    'Javascript is turned off',
    'JavaScript is disabled in your browser',
    'Javascript must be turned on to play video',
    'Please enable JavaScript to view the comments powered by Disqus.',
    'You need to enable JavaScript to run this app',
    'To play this video you need to enable JavaScript in your browser',
    'This site requires JavaScript',
    'JavaScript is required',
  ],
  sv: [
    'Javascript är avstängt',
    'Javascript måste vara påslaget för att spela video',
    'Aktivera JavaScript i din webbläsare',
    'Tjänsten kräver JavaScript',
  ],
  no: ['JavaScript er slått av', 'Du må aktivere JavaScript for å se videoen', 'JavaScript må være aktivert for å spille av klippet'],
  da: ['JavaScript er slået fra', 'Du skal aktivere JavaScript for at se videoen', 'Siden kræver JavaScript'],
  fi: ['JavaScript on poistettu käytöstä', 'Ota JavaScript käyttöön nähdäksesi videon', 'Sivu vaatii JavaScriptin'],
  de: ['JavaScript ist deaktiviert', 'Bitte aktivieren Sie JavaScript, um das Video zu sehen', 'Diese Seite benötigt JavaScript'],
  nl: ['JavaScript is uitgeschakeld', 'Schakel JavaScript in om deze video te bekijken', 'Deze pagina vereist JavaScript'],
  fr: ['JavaScript est désactivé', 'Veuillez activer JavaScript pour lire cette vidéo', 'Ce site nécessite JavaScript'],
  es: ['JavaScript está desactivado', 'Activa JavaScript para ver este vídeo', 'Esta página requiere JavaScript'],
  it: ['JavaScript è disattivato', 'Attiva JavaScript per vedere il video', 'Questo sito richiede JavaScript'],
  pt: ['O JavaScript está desativado', 'Ative o JavaScript para assistir ao vídeo', 'Esta página requer JavaScript'],
  pl: ['JavaScript jest wyłączony', 'Włącz JavaScript, aby obejrzeć wideo', 'Ta strona wymaga JavaScriptu'],
};

const COMPANIONS = [
  'Learn more about browser support',
  'This video can not be played',
  'Videon kan inte spelas upp',
  'Dieses Video kann nicht abgespielt werden',
  'Cette vidéo ne peut pas être lue',
  'Nie można odtworzyć tego filmu',
];
const BROWSER_NOTICES = [
  'Your browser does not support HTML5 video',
  'Din webbläsare stöder inte video',
  'Ihr Browser unterstützt dieses Video nicht',
  'Votre navigateur ne prend pas en charge la vidéo',
  'Tu navegador no es compatible',
  'Twoja przeglądarka nie obsługuje wideo',
];

function strengthsOf(text: string): NoticeStrength[] {
  const normalized = text.replace(/\s+/g, ' ');
  return NOTICE_PHRASES.filter((row) => new RegExp(row.pattern).test(normalized.toLowerCase())).map((row) => row.strength);
}

describe('NOTICE_PHRASES', () => {
  const notices = Object.entries(NOTICES).flatMap(([lang, texts]) => texts.map((text) => [lang, text] as const));

  it('covers the twelve languages', () => {
    expect(new Set(NOTICE_PHRASES.map((row) => row.lang))).toEqual(new Set(Object.keys(NOTICES)));
  });

  it.each(notices)('recognises a %s notice: “%s”', (_lang, text) => {
    expect(strengthsOf(text)).toContain('notice');
  });

  it.each(notices)('lets a %s notice through the cheap checks the sentinel runs first: “%s”', (_lang, text) => {
    // A notice the checks miss is never tried against the table: they must stay in step.
    expect(text.match(new RegExp(JS_MENTION.source, 'gi'))).not.toBeNull();
    expect(hasNoticeHint(text)).toBe(true);
  });

  it.each(COMPANIONS)('takes “%s” only as a companion of a notice', (text) => {
    expect(strengthsOf(text)).toEqual(['companion']);
  });

  it.each(BROWSER_NOTICES)('takes “%s” as a browser notice, never a notice on its own', (text) => {
    expect(strengthsOf(text)).toContain('browser');
    expect(strengthsOf(text)).not.toContain('notice');
  });

  it('gives no hint for text that only talks about JavaScript', () => {
    expect(hasNoticeHint('JavaScript was created in ten days in 1995, and browsers still run it.')).toBe(false);
    expect(hasNoticeHint('var type = "text/javascript"; load(src);')).toBe(false);
    expect(hasNoticeHint('Is JavaScript a good first language? Teachers disagree.')).toBe(false);
  });

  it('finds the hint however the name is written, with a case ending or an article before it', () => {
    expect(hasNoticeHint('JAVA SCRIPT IS DISABLED')).toBe(true);
    expect(hasNoticeHint('Sivu vaatii JavaScriptin, ja JavaScriptin on oltava käytössä')).toBe(true);
    expect(hasNoticeHint('Veuillez activer le JavaScript.')).toBe(true);
    expect(hasNoticeHint('Please turn on\nJavaScript')).toBe(true);
  });

  it('writes every row in lower case, as the judge lower-cases the text it reads', () => {
    for (const row of NOTICE_PHRASES) expect(row.pattern, row.pattern).toBe(row.pattern.toLowerCase());
  });
});
