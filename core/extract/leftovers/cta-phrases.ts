import { WORD_END, WORD_START } from './word-edges';

/**
 * What pages say around a story, not in it, in the thirteen languages the clean-up knows (English
 * and the twelve of its notices): calls to subscribe, follow, share, comment, support, get the
 * app; consent and rights lines; advertising labels; "was this helpful". Patterns are lower case,
 * matched against a short block's lower-cased text whose runs of whitespace are one space; each
 * starts and ends at a word's edge.
 *
 * `sentence` rows are calls in a sentence of their own ("Sign up for our newsletter"): a short block
 * holding one is the page's. `label` rows are words that say it only when they are all the block
 * says ("Advertisement", "Share:", "3 comments").
 */
export type CallPhrase = { lang: string; kind: 'sentence' | 'label'; pattern: string };

export const CALL_PHRASES: readonly CallPhrase[] = [
  // English
  {
    lang: 'en',
    kind: 'sentence',
    pattern:
      '(?:sign up|subscribe|register|opt in)(?: now| today| here| for free)? (?:for|to) (?:our|the|my|a|their) (?:\\S+ )*?(?:newsletters?|emails?|updates|digest|briefing|mailing list|edition|podcast|channel)|(?:sign up|subscribe) (?:now|today|here)|subscribe to (?:\\S+ )*?(?:for|and)|(?:our|the) (?:\\S+ )?newsletter|get (?:the|our) (?:\\S+ )*?(?:newsletter|app)|download (?:the|our) (?:\\S+ )*?apps?|delivered (?:straight )?to your inbox|(?:submit|write) (?:a|your) letter to the editor|we want to hear what you think|(?:contains|uses) affiliate links|affiliate links?|we may (?:receive|earn) (?:a )?(?:commission|compensation)|references to products from one or more of our advertisers|first-time subscribers|download (?:this|the) (?:\\S+ )?(?:as )?(?:a )?pdf|load more|available until',
  },
  {
    lang: 'en',
    kind: 'sentence',
    pattern:
      'follow (?:us|me|\\S+) on (?:twitter|facebook|instagram|linkedin|youtube|tiktok|telegram|mastodon|x)|(?:like|find|join) us on (?:facebook|twitter|instagram|telegram|whatsapp)|share (?:this|the) (?:article|story|post|page)|share (?:on|via) (?:facebook|twitter|whatsapp|email)|(?:leave|post|add|write) a (?:comment|reply)|comments? (?:are|is) closed|no comments(?: yet)?|(?:already a subscriber|already have an account)|(?:log|sign) in to (?:comment|continue|read)|to (?:view|read|continue reading) (?:the|this) (?:full )?(?:story|article)|(?:support|fund) (?:our|independent|quality) (?:\\S+ )?journalism|become a (?:member|subscriber|patron|supporter)|would you consider (?:supporting|subscribing|donating)|(?:make a|please) donat|was this (?:article|page|post|information) (?:helpful|useful)|rate this (?:article|post|recipe)|all rights reserved|(?:this site|this website|we) uses? cookies|(?:read|see) our (?:privacy|cookie) (?:policy|notice)|this (?:article|content|post) (?:is|was) (?:the )?(?:copyrighted|sponsored|produced in partnership)|(?:click|tap) here to (?:subscribe|sign up|read|download|join)|if you (?:enjoyed|liked) (?:this|reading)|never miss a|stay (?:up to date|informed|in the loop)|send us (?:a message|your|an email)|(?:email|contact) us at',
  },
  {
    lang: 'en',
    kind: 'label',
    pattern:
      '(?:advertisement|advertising|sponsored(?: content)?|ad|share(?: this)?|share on \\S+|print|email|comments?|\\d+ comments?|reply|related(?: articles| stories| posts)?|tags|topics|filed under|categor(?:y|ies)|newsletter|subscribe|read more|more from \\S+(?: \\S+)?|related coverage|print recipe|pin(?: it)?|permalink|back|back to (?:the )?(?:list|overview|top)|table of contents|contents|contact|more information|further reading|you (?:may|might) also like|more from \\S+|most (?:read|popular|viewed|shared)|latest (?:news|posts|articles|stories)|recommended(?: for you| articles| stories| reading)?|similar (?:\\S+ )?(?:dishes|recipes|articles|posts|stories)(?: for you(?: to try(?: out)?)?)?|(?:new and exciting )?similar \\S+ for you to try out)',
  },
  // Swedish
  {
    lang: 'sv',
    kind: 'sentence',
    pattern:
      'prenumerera på (?:\\S+ )*?(?:nyhetsbrev|nyhetsbrevet|tidningen)|(?:anmäl dig|registrera dig) (?:till|för) (?:\\S+ )*?nyhetsbrev|(?:vårt|vår) nyhetsbrev|följ oss på|dela (?:artikeln|sidan|på)|(?:skriv|lämna) en kommentar|kommentarer(?:na)? är (?:stängda|avstängda)|inga kommentarer|logga in för att|bli (?:medlem|prenumerant)|stöd (?:vår|oss|oberoende) |ladda ner (?:vår|appen)|(?:webbplatsen|sajten|vi) använder (?:kakor|cookies)|alla rättigheter förbehållna|var (?:artikeln|sidan) till hjälp',
  },
  {
    lang: 'sv',
    kind: 'label',
    pattern: '(?:annons|dela|skriv ut|kommentarer|\\d+ kommentarer|relaterat|taggar|ämnen|mest lästa|senaste nytt|relaterade artiklar)',
  },
  // Norwegian
  {
    lang: 'no',
    kind: 'sentence',
    pattern:
      'abonner på (?:\\S+ )*?(?:nyhetsbrev|nyhetsbrevet|avisen)|(?:meld deg på|registrer deg for) (?:\\S+ )*?nyhetsbrev|(?:vårt) nyhetsbrev|følg oss på|del (?:artikkelen|saken|på)|(?:skriv|legg igjen) en kommentar|kommentarfeltet er stengt|ingen kommentarer|logg inn for å|bli (?:medlem|abonnent)|støtt (?:vår|oss|uavhengig) |last ned (?:vår|appen)|(?:nettstedet|vi) bruker (?:informasjonskapsler|cookies)|alle rettigheter reservert',
  },
  { lang: 'no', kind: 'label', pattern: '(?:annonse|del|skriv ut|kommentarer|\\d+ kommentarer|relatert|stikkord|emner)' },
  // Danish
  {
    lang: 'da',
    kind: 'sentence',
    pattern:
      'abonn[eé]r på (?:\\S+ )*?(?:nyhedsbrev|nyhedsbrevet|avisen)|tilmeld dig (?:\\S+ )*?nyhedsbrev|(?:vores) nyhedsbrev|følg os på|del (?:artiklen|siden|på)|(?:skriv|efterlad) en kommentar|kommentarer(?:ne)? er lukket|ingen kommentarer|log ind for at|bliv (?:medlem|abonnent)|støt (?:vores|os|uafhængig) |hent (?:vores )?app(?:en)?|(?:hjemmesiden|siden|vi) bruger cookies|alle rettigheder forbeholdes',
  },
  { lang: 'da', kind: 'label', pattern: '(?:annonce|del|print|kommentarer|\\d+ kommentarer|relateret|emner)' },
  // Finnish
  {
    lang: 'fi',
    kind: 'sentence',
    pattern:
      'tilaa (?:\\S+ )*?uutiskirje|(?:liity|rekisteröidy) (?:\\S+ )*?uutiskirje|seuraa meitä|jaa (?:artikkeli|juttu|sivu)|(?:kirjoita|jätä) kommentti|kommentointi on suljettu|ei kommentteja|kirjaudu (?:sisään )?(?:kommentoidaksesi|lukeaksesi)|liity jäseneksi|tue (?:työtämme|meitä|riippumatonta) |lataa (?:\\S+ )?sovellus|(?:sivusto|käytämme) (?:käyttää )?evästeitä|kaikki oikeudet pidätetään',
  },
  { lang: 'fi', kind: 'label', pattern: '(?:mainos|jaa|tulosta|kommentit|\\d+ kommenttia|aiheet|avainsanat)' },
  // German
  {
    lang: 'de',
    kind: 'sentence',
    pattern:
      '(?:abonnieren sie|abonniere|abonniert) (?:\\S+ )*?(?:newsletter|kanal|zeitung|podcast)|(?:melden sie sich|melde dich) (?:\\S+ )*?(?:an|zum newsletter)|(?:unseren|unser|zum|den) (?:\\S+ )?newsletter|newsletter (?:abonnieren|bestellen|anmelden)|(?:folgen sie uns|folge uns|folgt uns) (?:auf|bei)|(?:artikel|beitrag|seite) (?:teilen|empfehlen|drucken|bewerten)|(?:möchten sie|willst du) (?:den|diesen) (?:artikel|beitrag) teilen|(?:vergiss|vergessen sie) nicht,? (?:zu teilen|den artikel)|(?:kommentar|kommentare) (?:schreiben|verfassen)|schreiben sie (?:einen|den ersten) kommentar|kommentare (?:sind )?geschlossen|keine kommentare|die kommentarfunktion|sie sind (?:aktuell )?nicht (?:eingeloggt|angemeldet)|(?:jetzt|hier) (?:anmelden|registrieren|abonnieren|kostenlos testen)|(?:unterstützen sie|unterstütze) (?:uns|unsere arbeit|unabhängigen)|(?:spenden sie|jetzt spenden)|(?:laden sie|lade dir) (?:unsere|die) (?:\\S+ )?app|(?:diese (?:website|webseite|seite)|wir) (?:verwendet|verwenden|nutzt|nutzen) cookies|alle rechte vorbehalten|war (?:dieser|der) (?:artikel|beitrag) (?:hilfreich|nützlich)|(?:verpasse|verpassen sie) (?:keine|nichts)|(?:hat|haben) (?:ihnen|dir) (?:der|dieser) (?:artikel|beitrag) gefallen|artikel gefallen\\?|dieser (?:artikel|beitrag) enthält werbung|(?:mehr|weitere) infos? (?:für dich|unter)|in den kommentaren|kommentieren zu können|müssen sie (?:eingeloggt|angemeldet) sein|jede (?:kleine )?spende|werden sie (?:jetzt )?mitglied|(?:enthält|sind) affiliate[- ]links|provision vom händler|unter (?:der |einer )?(?:creative[- ]commons[- ])?lizenz|ohne gewähr|im handel (?:erhältlich)?|als pdf herunterladen|verfügbar bis|lade weitere inhalte|entspricht den vorgaben|keine bezahlschranke|teilen sie uns (?:ihre|ihren)',
  },
  {
    lang: 'de',
    kind: 'label',
    pattern:
      '(?:anzeige|werbung|teilen|drucken|kommentare?|\\d+ kommentare?|schlagworte|schlagwörter|themen|kategorie|tags|mehr zum thema|weitere artikel|ähnliche beiträge|verwandte artikel|empfohlene beiträge|neueste artikel|das könnte (?:dich|sie) (?:auch )?interessieren|auch interessant|siehe auch|lesen sie auch|mehr lesen|weiterlesen|mehr themen|weitere artikel zum thema|weitere beiträge(?: zum thema| aus der \\S+)?|kommentierte artikel|zum weiterlesen|weiterführende(?:r)? links?|empfehlungen aus (?:der redaktion|dem \\S+(?:-\\S+)*(?: \\S+)*?)|heute empfehlen wir|das thema könnte (?:dich|sie) auch interessieren|lesen sie auch die folgenden beiträge|rezept drucken|pinnen|zurück|zurück zur (?:übersicht|listenansicht|startseite)|inhaltsverzeichnis|quellen (?:ausblenden|anzeigen)|kontakt|weitere informationen|ansprechpartner(?:in)?(?: zum thema)?|druckversion|mehr von \\S+(?: \\S+)?|aktuellste beiträge|neueste beiträge|meist(?:-| )?(?:gelesen|diskutiert|kommentiert)|kommentieren(?: sie)?|zusatzinformationen|ähnliche artikel|das könnte (?:dir|ihnen) (?:auch )?gefallen)',
  },
  // Dutch
  {
    lang: 'nl',
    kind: 'sentence',
    pattern:
      '(?:abonneer|schrijf) (?:je|u) (?:\\S+ )*?(?:in|aan) (?:op|voor) (?:\\S+ )*?nieuwsbrief|(?:onze|de) (?:\\S+ )?nieuwsbrief|volg (?:ons|\\S+) op|deel (?:dit|dit artikel|via|op)|(?:plaats|schrijf) een reactie|reageren is (?:niet meer mogelijk|gesloten)|geen reacties|log in om|word (?:lid|abonnee)|steun (?:onze|ons|onafhankelijke) |download (?:onze|de) (?:\\S+ )?app|(?:deze (?:website|site)|wij) (?:gebruikt|gebruiken) cookies|alle rechten voorbehouden|was dit artikel nuttig',
  },
  {
    lang: 'nl',
    kind: 'label',
    pattern:
      '(?:advertentie|delen|printen|reacties?|\\d+ reacties?|gerelateerd|tags|onderwerpen|lees ook|lees meer|meest gelezen|gerelateerde artikelen)',
  },
  // French
  {
    lang: 'fr',
    kind: 'sentence',
    pattern:
      "(?:abonnez-vous|inscrivez-vous|abonne-toi|inscris-toi) (?:\\S+ )*?(?:newsletter|lettre|infolettre|chaîne)|(?:notre|la) (?:\\S+ )?(?:newsletter|lettre d'information|infolettre)|suivez-nous sur|(?:partagez|partager) (?:cet article|sur|via)|(?:laisser|écrire) un commentaire|les commentaires sont fermés|aucun commentaire|connectez-vous pour|pour lire la suite|(?:devenez|devenir) (?:membre|abonné)|(?:soutenez|soutenir) (?:\\S+ )?(?:journalisme|rédaction|média)|faire un don|téléchargez (?:notre|l')(?:\\S+ )?app|(?:ce site|nous) (?:utilise|utilisons) (?:des )?cookies|tous droits réservés|cet article vous a-t-il été utile",
  },
  {
    lang: 'fr',
    kind: 'label',
    pattern:
      '(?:publicité|partager|imprimer|commentaires?|\\d+ commentaires?|à lire aussi|lire aussi|voir aussi|sur le même sujet|mots-clés|thèmes|permalien|retour|sommaire|contact|(?:audios? et )?vidéos sur le sujet|les plus lus|à voir aussi|dans la même rubrique)',
  },
  // Spanish
  {
    lang: 'es',
    kind: 'sentence',
    pattern:
      'suscr[ií]bete (?:a|al|gratis)|(?:suscribirse|regístrate) (?:a|al|en) (?:\\S+ )*?(?:newsletter|boletín|canal)|(?:nuestro|el) (?:\\S+ )?(?:newsletter|boletín)|s[ií]guenos en|(?:comparte|compartir) (?:esta noticia|este artículo|en)|(?:deja|escribe) (?:un|tu) comentario|los comentarios están cerrados|no hay comentarios|inicia sesión para|(?:hazte|hágase) (?:socio|miembro|suscriptor)|apoya (?:el|nuestro) periodismo|puedes hacer periodismo|cancela cuando quieras|haz una donación|descarga (?:nuestra|la) (?:\\S+ )?app|tenemos canal de|únete (?:a nuestro|desde)|(?:este sitio|esta web|utilizamos) (?:utiliza )?cookies|todos los derechos reservados|puede escribirnos|para comentar|valora esta noticia|enlaces de afiliados',
  },
  {
    lang: 'es',
    kind: 'label',
    pattern:
      '(?:publicidad|compartir|imprimir|comentarios?|\\d+ comentarios?|lea también|lee también|lea más|leer más|vea también|ver también|mira también|le puede interesar|te puede interesar|puedes ver|temas|etiquetas|valora esta noticia|volver|imprimir receta|lo más leído|más leídas?|noticias relacionadas|te recomendamos)',
  },
  // Italian
  {
    lang: 'it',
    kind: 'sentence',
    pattern:
      '(?:iscriviti|abbonati) (?:\\S+ )*?(?:alla|alle|al) (?:\\S+ )*?(?:newsletter|canale)|(?:la nostra) (?:\\S+ )?newsletter|seguici su|condividi (?:questo articolo|su)|(?:lascia|scrivi) un commento|i commenti sono chiusi|nessun commento|accedi per|(?:diventa|diventare) (?:socio|abbonato)|sostieni (?:il nostro|l.informazione|\\S+ giornalismo)|fai una donazione|scarica (?:la nostra|l.)app|(?:questo sito|utilizziamo) (?:utilizza )?(?:i )?cookie|tutti i diritti riservati|questo articolo ti è stato utile',
  },
  {
    lang: 'it',
    kind: 'label',
    pattern:
      '(?:pubblicità|condividi|stampa|commenti|\\d+ commenti|leggi anche|leggi di più|potrebbe interessarti|argomenti|tag|i più letti|articoli correlati|ti potrebbe interessare)',
  },
  // Portuguese
  {
    lang: 'pt',
    kind: 'sentence',
    pattern:
      '(?:assine|inscreva-se|subscreva) (?:\\S+ )*?(?:a|na|no) (?:\\S+ )*?(?:newsletter|canal)|(?:nossa|a) (?:\\S+ )?newsletter|siga-nos (?:no|nas)|(?:compartilhe|partilhe) (?:esta|este|no|nas)|(?:deixe|escreva) (?:um|seu) comentário|os comentários estão fechados|nenhum comentário|faça login para|(?:torne-se|seja) (?:membro|assinante)|apoie (?:o|nosso) jornalismo|faça uma doação|baixe (?:o|nosso) (?:\\S+ )?app|(?:este site|utilizamos) (?:utiliza |usa )?cookies|todos os direitos reservados',
  },
  {
    lang: 'pt',
    kind: 'label',
    pattern:
      '(?:publicidade|compartilhar|partilhar|imprimir|comentários?|\\d+ comentários?|leia também|leia mais|veja também|saiba mais|tópicos|tags|mais lidas?|notícias relacionadas)',
  },
  // Polish
  {
    lang: 'pl',
    kind: 'sentence',
    pattern:
      '(?:zapisz się|zasubskrybuj|subskrybuj) (?:\\S+ )*?(?:na|do) (?:\\S+ )*?(?:newsletter|kanał)|(?:nasz) (?:\\S+ )?newsletter|obserwuj (?:nas|nasz)|udostępnij (?:artykuł|na)|(?:dodaj|napisz) komentarz|komentarze (?:są )?zamknięte|brak komentarzy|zaloguj się,? (?:aby|by)|zostań (?:członkiem|subskrybentem|patronem)|wesprzyj (?:nas|naszą)|pobierz (?:naszą )?aplikację|(?:ta strona|strona|używamy) (?:używa )?(?:plików )?cookies|wszelkie prawa zastrzeżone|ten tekst przeczytasz|zapraszamy (?:też )?do (?:subskrypcji|prenumeraty)',
  },
  {
    lang: 'pl',
    kind: 'label',
    pattern:
      '(?:reklama|udostępnij|drukuj|komentarze?|\\d+ komentarzy|czytaj (?:też|także|więcej)|zobacz (?:też|także)|tagi|tematy|więcej|\\[więcej\\]|powrót|najczęściej czytane|polecamy|powiązane artykuły)',
  },
];

/** A label is all its block says: nothing but a few marks or a count around it. */
const LABEL_REST = '[\\s:»›>|•·.!\\-–—()\\d]*';

/**
 * The rows for an article in `lang` (English rows always, as English calls turn up on pages in
 * every language), or every row where the article's language is not one the table knows, as one
 * pattern of sentences and one of labels. Each is compiled once per language a reader meets: a
 * pattern of every row costs several times more to compile than one language's.
 */
export function callPatterns(lang: string | undefined): { sentence: RegExp; label: RegExp } {
  const base = lang?.toLowerCase().split(/[-_]/)[0] ?? '';
  const known = CALL_PHRASES.some((row) => row.lang === base) ? base : '*';
  let patterns = compiled.get(known);
  if (!patterns) {
    const rows = CALL_PHRASES.filter((row) => known === '*' || row.lang === known || row.lang === 'en');
    const union = (kind: CallPhrase['kind']) =>
      rows
        .filter((row) => row.kind === kind)
        .map((row) => row.pattern)
        .join('|');
    patterns = {
      sentence: new RegExp(`${WORD_START}(?:${union('sentence')})${WORD_END}`),
      label: new RegExp(`^${LABEL_REST}(?:${union('label')})${LABEL_REST}$`),
    };
    compiled.set(known, patterns);
  }
  return patterns;
}

const compiled = new Map<string, { sentence: RegExp; label: RegExp }>();
