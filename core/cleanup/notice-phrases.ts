import { JS } from './notice-hint';

/**
 * Sentences that say a page's scripts, or a newer browser, are needed. `notice` rows are enough
 * on their own; `companion` rows ("Learn more about browser support", "This video can not be
 * played") only count beside a notice; `browser` rows ("Your browser does not support…") count as
 * notices only where the markup says the text is for visitors without scripts (a <noscript>, a
 * `no-js` class), since articles about browsers say the same words.
 * To add a language, add its rows, and its verbs to WORDS_AFTER or STEMS_BEFORE (notice-hint.ts);
 * the tests try every row's samples. The table lives in the background, which judges the lines a
 * page sends it: no page ever loads or compiles it.
 */
export type NoticeStrength = 'notice' | 'companion' | 'browser';
export type NoticePhrase = { lang: string; strength: NoticeStrength; pattern: string };

/** A few words that finish a sentence ("to play video"). Latin letters only. */
const W = "[a-z\\u00c0-\\u017f' -]{1,40}";

// Patterns are lower case, matched against lower-cased text whose runs of whitespace are one space.
export const NOTICE_PHRASES: readonly NoticePhrase[] = [
  // English: "Javascript is turned off", "Javascript must be turned on to play video",
  // "Please enable JavaScript to view the comments powered by Disqus.", "This site requires JavaScript"
  {
    lang: 'en',
    strength: 'notice',
    pattern: `${JS} (?:is|has been|seems to be|appears to be) (?:turned off|disabled|switched off|not enabled|blocked)(?: in (?:your|this) browser)?`,
  },
  {
    lang: 'en',
    strength: 'notice',
    pattern: `${JS} (?:must|needs to|has to|should) be (?:turned on|enabled|switched on|activated)(?: (?:in your browser|to ${W}))?`,
  },
  {
    lang: 'en',
    strength: 'notice',
    pattern: `(?:(?:please|you (?:need|have|must) to|you must|to ${W} you (?:need|have) to) )?(?:enable|turn on|activate|allow|switch on) ${JS}(?: (?:in your browser|to ${W}))?`,
  },
  {
    lang: 'en',
    strength: 'notice',
    pattern: `(?:(?:this|the) (?:site|page|website|video|content|player|app) )?requires ${JS}(?: to ${W})?|${JS} is (?:required|needed)(?: to ${W})?`,
  },
  {
    lang: 'en',
    strength: 'browser',
    pattern: `your browser (?:does not|doesn't|can ?not|cannot) (?:support|play)${W}|your browser is (?:not supported|out of date|outdated)|(?:please )?(?:update|upgrade) your browser(?:${W})?`,
  },
  {
    lang: 'en',
    strength: 'companion',
    pattern: `(?:learn|read|find out) more about (?:browser support|supported browsers|javascript)|(?:this|the) (?:video|clip|player) (?:can ?not|cannot|can't|could not) be (?:played|shown|loaded)`,
  },
  // Swedish: "Javascript är avstängt", "Javascript måste vara påslaget för att spela video"
  {
    lang: 'sv',
    strength: 'notice',
    pattern: `${JS} är (?:avstängt|avaktiverat|inaktiverat|blockerat|inte (?:aktiverat|påslaget))(?: i din webbläsare)?`,
  },
  {
    lang: 'sv',
    strength: 'notice',
    pattern: `${JS} (?:måste|behöver) vara (?:påslaget|aktiverat|igång)(?: (?:i din webbläsare|för att ${W}))?`,
  },
  {
    lang: 'sv',
    strength: 'notice',
    pattern: `(?:aktivera|slå på|tillåt) ${JS}(?: (?:i din webbläsare|för att ${W}))?|(?:sidan|tjänsten|spelaren) kräver ${JS}`,
  },
  { lang: 'sv', strength: 'browser', pattern: `din webbläsare (?:stöder|stödjer) inte(?:${W})?|uppdatera din webbläsare` },
  {
    lang: 'sv',
    strength: 'companion',
    pattern: `läs mer om (?:webbläsarstöd|stöd för webbläsare)|(?:videon|klippet) kan inte spelas(?: upp)?`,
  },
  // Norwegian: "JavaScript er slått av", "Du må aktivere JavaScript for å se videoen"
  {
    lang: 'no',
    strength: 'notice',
    pattern: `${JS} er (?:slått av|deaktivert|blokkert|ikke (?:aktivert|slått på))(?: i nettleseren din)?`,
  },
  {
    lang: 'no',
    strength: 'notice',
    pattern: `(?:du må |vennligst )?(?:aktiver|aktivere|slå på|skru på) ${JS}(?: (?:i nettleseren din|for å ${W}))?|${JS} må være (?:aktivert|slått på)(?: for å ${W})?|krever ${JS}`,
  },
  { lang: 'no', strength: 'browser', pattern: `nettleseren din (?:støtter ikke|er utdatert)(?:${W})?` },
  { lang: 'no', strength: 'companion', pattern: `videoen kan ikke (?:spilles av|vises)` },
  // Danish: "JavaScript er slået fra", "Du skal aktivere JavaScript for at se videoen"
  {
    lang: 'da',
    strength: 'notice',
    pattern: `${JS} er (?:slået fra|deaktiveret|blokeret|ikke (?:aktiveret|slået til))(?: i din browser)?`,
  },
  {
    lang: 'da',
    strength: 'notice',
    pattern: `(?:du skal |du bedes )?(?:aktivere|aktivér|aktiver|slå) ${JS}(?: til)?(?: (?:i din browser|for at ${W}))?|${JS} skal være (?:aktiveret|slået til)(?: for at ${W})?|kræver ${JS}`,
  },
  { lang: 'da', strength: 'browser', pattern: `din browser understøtter ikke(?:${W})?|din browser er forældet` },
  { lang: 'da', strength: 'companion', pattern: `videoen kan ikke (?:afspilles|vises)` },
  // Finnish: "JavaScript on poistettu käytöstä", "Ota JavaScript käyttöön nähdäksesi videon"
  {
    lang: 'fi',
    strength: 'notice',
    pattern: `${JS} (?:on|ei ole) (?:poistettu käytöstä|pois päältä|estetty|käytössä|päällä)(?: selaimessasi)?|${JS} on oltava (?:käytössä|päällä)(?: ${W})?`,
  },
  { lang: 'fi', strength: 'notice', pattern: `(?:ota|salli|kytke) ${JS} (?:käyttöön|päälle)(?: ${W})?|vaatii ${JS}` },
  { lang: 'fi', strength: 'browser', pattern: `selaimesi ei tue(?:${W})?|päivitä selaimesi` },
  { lang: 'fi', strength: 'companion', pattern: `videota ei voi toistaa|lue lisää selainten tuesta` },
  // German: "JavaScript ist deaktiviert", "Bitte aktivieren Sie JavaScript, um das Video zu sehen"
  {
    lang: 'de',
    strength: 'notice',
    pattern: `${JS} ist (?:deaktiviert|ausgeschaltet|abgeschaltet|blockiert|nicht aktiviert)(?: in ihrem browser)?|${JS} muss (?:aktiviert|eingeschaltet) sein(?:${W})?`,
  },
  {
    lang: 'de',
    strength: 'notice',
    pattern: `(?:bitte )?(?:aktivieren sie|aktiviere|schalten sie) ${JS}(?: ein)?(?:,? um ${W})?|(?:benötigt|erfordert|braucht) ${JS}`,
  },
  {
    lang: 'de',
    strength: 'browser',
    pattern: `ihr browser (?:unterstützt|kann)(?:${W})? nicht(?:${W})?|ihr browser ist veraltet|bitte aktualisieren sie ihren browser`,
  },
  {
    lang: 'de',
    strength: 'companion',
    pattern: `(?:dieses|das) video kann nicht (?:abgespielt|angezeigt) werden|mehr über (?:die )?browser-?unterstützung`,
  },
  // Dutch: "JavaScript is uitgeschakeld", "Schakel JavaScript in om deze video te bekijken"
  {
    lang: 'nl',
    strength: 'notice',
    pattern: `${JS} (?:is|staat) (?:uitgeschakeld|uit|geblokkeerd|niet ingeschakeld)(?: in je browser)?|${JS} moet (?:ingeschakeld|aan) (?:zijn|staan)(?:${W})?`,
  },
  {
    lang: 'nl',
    strength: 'notice',
    pattern: `(?:schakel|zet) ${JS} (?:in|aan)(?: om ${W})?|(?:vereist|heeft) ${JS}(?: nodig)?|${JS} is vereist`,
  },
  {
    lang: 'nl',
    strength: 'browser',
    pattern: `(?:je|uw) browser (?:ondersteunt|kan)(?:${W})? niet(?:${W})?|(?:je|uw) browser is verouderd`,
  },
  { lang: 'nl', strength: 'companion', pattern: `(?:deze|de) video kan niet (?:worden )?(?:afgespeeld|getoond)(?: worden)?` },
  // French: "JavaScript est désactivé", "Veuillez activer JavaScript pour lire cette vidéo"
  {
    lang: 'fr',
    strength: 'notice',
    pattern: `(?:le )?${JS} est (?:désactivé|bloqué|inactif|nécessaire|requis)(?: dans votre navigateur)?(?: pour ${W})?|${JS} doit être activé(?:${W})?`,
  },
  {
    lang: 'fr',
    strength: 'notice',
    pattern: `(?:veuillez |merci d'|vous devez )?(?:activer|activez) (?:le )?${JS}(?: (?:dans votre navigateur|pour ${W}))?|nécessite ${JS}`,
  },
  {
    lang: 'fr',
    strength: 'browser',
    pattern: `votre navigateur ne (?:prend pas en charge|supporte pas|permet pas)(?:${W})?|votre navigateur est (?:obsolète|trop ancien)`,
  },
  {
    lang: 'fr',
    strength: 'companion',
    pattern: `cette vidéo ne peut pas être (?:lue|affichée)|en savoir plus sur (?:la )?compatibilité des navigateurs`,
  },
  // Spanish: "JavaScript está desactivado", "Activa JavaScript para ver este vídeo"
  {
    lang: 'es',
    strength: 'notice',
    pattern: `(?:el )?${JS} está (?:desactivado|deshabilitado|bloqueado)(?: en tu navegador)?|${JS} debe estar (?:activado|habilitado)(?:${W})?`,
  },
  {
    lang: 'es',
    strength: 'notice',
    pattern: `(?:por favor,? |debes |necesitas )?(?:activa|habilita|activar|habilitar) (?:el )?${JS}(?: (?:en tu navegador|para ${W}))?|(?:requiere|necesita) ${JS}`,
  },
  { lang: 'es', strength: 'browser', pattern: `tu navegador no (?:es compatible|admite|soporta)(?:${W})?|actualiza tu navegador` },
  { lang: 'es', strength: 'companion', pattern: `(?:este|el) (?:vídeo|video) no se puede reproducir` },
  // Italian: "JavaScript è disattivato", "Attiva JavaScript per vedere il video"
  {
    lang: 'it',
    strength: 'notice',
    pattern: `${JS} è (?:disattivato|disabilitato|bloccato|necessario)(?: nel tuo browser)?|${JS} deve essere (?:attivato|abilitato)(?:${W})?`,
  },
  {
    lang: 'it',
    strength: 'notice',
    pattern: `(?:per favore,? |devi )?(?:attiva|abilita|attivare|abilitare) (?:il )?${JS}(?: (?:nel tuo browser|per ${W}))?|richiede ${JS}`,
  },
  { lang: 'it', strength: 'browser', pattern: `il tuo browser non (?:supporta|è supportato)(?:${W})?|aggiorna il tuo browser` },
  { lang: 'it', strength: 'companion', pattern: `(?:questo|il) video non può essere riprodotto` },
  // Portuguese: "O JavaScript está desativado", "Ative o JavaScript para assistir ao vídeo"
  {
    lang: 'pt',
    strength: 'notice',
    pattern: `(?:o )?${JS} está (?:desativado|desabilitado|bloqueado)(?: no seu navegador)?|${JS} (?:deve|precisa) estar (?:ativado|habilitado)(?:${W})?`,
  },
  {
    lang: 'pt',
    strength: 'notice',
    pattern: `(?:por favor,? )?(?:ative|habilite|ativar|habilitar) (?:o )?${JS}(?: (?:no seu navegador|para ${W}))?|(?:requer|exige) ${JS}`,
  },
  { lang: 'pt', strength: 'browser', pattern: `(?:o )?seu navegador não (?:suporta|é compatível)(?:${W})?|atualize o seu navegador` },
  { lang: 'pt', strength: 'companion', pattern: `(?:este|o) vídeo não pode ser reproduzido` },
  // Polish: "JavaScript jest wyłączony", "Włącz JavaScript, aby obejrzeć wideo"
  {
    lang: 'pl',
    strength: 'notice',
    pattern: `${JS} jest (?:wyłączony|zablokowany|nieaktywny)(?: w twojej przeglądarce)?|${JS} musi być włączony(?:${W})?`,
  },
  {
    lang: 'pl',
    strength: 'notice',
    pattern: `(?:proszę )?(?:włącz|włączyć|uruchom) (?:obsługę )?${JS}(?:,? (?:aby|by) ${W})?|wymaga (?:włączonego )?${JS}`,
  },
  { lang: 'pl', strength: 'browser', pattern: `twoja przeglądarka nie obsługuje(?:${W})?|zaktualizuj przeglądarkę` },
  { lang: 'pl', strength: 'companion', pattern: `nie można odtworzyć (?:tego )?(?:filmu|wideo|nagrania)` },
];
