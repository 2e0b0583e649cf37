import { WORD_END, WORD_START } from './word-edges';

/**
 * Dates and times as pages print them over and under a story, in the clean-up's languages:
 * "14. Juni 2019", "16 marca 2021", "Feb 6, 2014 at 20:37", "24.01.2022 11:38", "2022-01-24".
 */
const MONTHS = [
  // English, German, Dutch, Swedish, Norwegian, Danish (full names and the usual short forms)
  'january|february|march|april|may|june|july|august|september|october|november|december',
  'januar|februar|märz|maerz|mai|juni|juli|oktober|dezember|jänner|januari|februari|maart|mei|augustus|mars|augusti|desember|december',
  'jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|okt|nov|dec|dez',
  // French, Spanish, Italian, Portuguese
  'janvier|février|fevrier|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre|janv|févr|déc',
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|ene|dic',
  'gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|gen|giu|lug|ago|set|ott',
  'janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|fev|out',
  // Polish (nominative and genitive), Finnish (with the partitive -ta)
  'styczeń|stycznia|luty|lutego|marzec|marca|kwiecień|kwietnia|maj|maja|czerwiec|czerwca|lipiec|lipca|sierpień|sierpnia|wrzesień|września|październik|października|listopad|listopada|grudzień|grudnia',
  'tammikuu|helmikuu|maaliskuu|huhtikuu|toukokuu|kesäkuu|heinäkuu|elokuu|syyskuu|lokakuu|marraskuu|joulukuu',
].join('|');

const WEEKDAYS = [
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun',
  'montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag',
  'måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|mandag|tirsdag|lørdag|søndag',
  'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo',
  'lunedì|martedì|mercoledì|giovedì|venerdì|sabato|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira',
  'poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela|maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai',
].join('|');

const L = WORD_START;
const R = WORD_END;

/**
 * One date or time, in any of the shapes above, in lower-cased text: without the `i` flag the
 * reader compiles the pattern several times faster on each page it opens.
 */
export const DATE_OR_TIME = new RegExp(
  [
    `\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}(?:t\\d{2}:\\d{2}(?::\\d{2})?(?:z|[+-]\\d{2}:?\\d{2})?)?`,
    `\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}`,
    `${L}\\d{1,2}(?:st|nd|rd|th|er|\\.|º)?\\s*(?:de\\s+)?(?:${MONTHS})(?:ta|kuuta)?\\.?,?(?:\\s*(?:de\\s+)?\\d{4})?${R}`,
    `${L}(?:${MONTHS})\\.?\\s+\\d{1,4}(?:st|nd|rd|th)?,?(?:\\s+\\d{4})?${R}`,
    // A time may run into the next word ("11:38Kategorie").
    `${L}\\d{1,2}[:.h]\\d{2}(?:\\s*(?:a\\.?m\\.?|p\\.?m\\.?|uhr|h|klo)${R})?(?!\\d)`,
    `${L}(?:${WEEKDAYS})\\.?,?${R}`,
  ].join('|'),
  'g',
);

/** Words that say what a date is, in lower-cased text: "published", "aktualisiert am", "mis à jour le", "klo". */
export const DATE_LABELS = new RegExp(
  `${L}(?:published|updated|last updated|posted|modified|created|asked|answered|edited|on|at|date|datum|am|um|uhr|stand|vom|aktualisiert|veröffentlicht|erstellt|geändert|zuletzt|publié|mis à jour|le|à|publicado|actualizado|el|a las|pubblicato|aggiornato|il|alle|ore|atualizado|em|às|opublikowano|aktualizacja|zaktualizowano|dnia|godz|publicerad|uppdaterad|publisert|oppdatert|publiceret|opdateret|julkaistu|päivitetty|gepubliceerd|bijgewerkt|op|om|fecha|data|news date|klo|kl|veröffentlichung|letzte aktualisierung|publiziert|publikacja|stand vom|erschienen)${R}\\.?`,
  'g',
);
