// The rules' texts in Dutch: webcare, crises, consent and the file itself. Each rule has a
// one-line description, the method's rationale (for docs/rules/) and the messages of its findings.
import { learners } from './sector-words.js';
import { formatNumber } from '../words.js';
import { MAX_ALIAS_COUNT, MAX_CALENDAR_ITEMS, MAX_DEPTH, MAX_FILE_BYTES, MAX_MARKS, MAX_VALUES } from '../../model/strategy.js';
import type { careRules as english, metaRules as englishMeta } from '../en/rules-care.js';

export const careRules: typeof english = {
  'consent-details': {
    description:
      'Het toestemmingsbeleid voor beeld van leerlingen vraagt per doel, houdt een register bij, regelt intrekken en vraagt opnieuw bij 16 jaar.',
    rationale:
      'Een toestemmingsbeleid werkt als een maker het vóór het plaatsen kan nakijken en een ouder van gedachten kan veranderen. Volgens de handreiking van de Autoriteit Persoonsgegevens over beeld in het onderwijs legt het vast: toestemming per doel (`consent_per: [purpose]`; desgewenst ook per platform), wie het register bijhoudt en waar (`register`), wat er gebeurt als iemand de toestemming intrekt (`withdrawal`), en in het vo en mbo dat leerlingen vanaf 16 jaar zelf toestemming geven (`reconsent_at_16: true`).',
    messages: {
      incomplete: (p, w) =>
        `Leg in het toestemmingsbeleid voor foto’s en video’s van ${p.sector === 'hbo' || p.sector === 'wo' ? 'jongeren' : learners(p.sector)} ook apart vast: ${w.list(p.parts.map((field) => w.field(field)))}.`,
      'not-per-purpose': () =>
        'Toestemming wordt per platform gevraagd, maar niet per doel. Volgens de Autoriteit Persoonsgegevens vraag je voor elk doel apart toestemming (website, sociale media, folder).',
      'not-at-16': () =>
        'Volgens het beleid beslissen ouders ook nadat hun kind 16 is geworden, maar vanaf 16 jaar beslissen jongeren zelf over hun eigen beeld: vraag het hun dan zelf opnieuw.',
    },
  },
  'crisis-ready': {
    description:
      'Wie openbare kanalen heeft, legt vast: een crisisplan (woordvoerder, eerste stappen, wat te doen bij een gehackt account) en een socialemediaprotocol.',
    rationale:
      'Kritiek en crises spelen zich in het openbaar af, en snel. Een strategie met openbare kanalen legt vast wie namens de organisatie spreekt (`crisis.spokesperson`), wat de eerste stappen zijn (`crisis.plan` of `crisis.first_steps`: geplande berichten stoppen, eerst de direct betrokkenen informeren (bestuur, team, ouders), dan één eerste openbaar bericht), en wat je doet als een account wordt overgenomen (`crisis.hacked_account`), het incident dat het vaakst voorkomt. Medewerkers en leerlingen kennen de huisregels uit het socialemediaprotocol (`guidelines.protocol`).',
    messages: {
      crisis: (p, w) =>
        `De strategie heeft openbare kanalen, maar regelt nog niet wat er gebeurt als het misgaat: ${w.list(p.parts.map((field) => w.field(field)))}.`,
      protocol: (p) =>
        `De strategie heeft openbare kanalen, maar nog geen socialemediaprotocol: de afspraken voor medewerkers${p.sector === 'po' || p.sector === 'vo' || p.sector === 'mbo' ? `, ${learners(p.sector)} en ouders` : ` en ${learners(p.sector)}`} (wat je wel en niet plaatst, hoe je reageert, privé en werk gescheiden).`,
    },
  },
  'image-consent': {
    description:
      'Een school met minderjarige leerlingen legt vast hoe ze toestemming vraagt en bijhoudt voor de foto’s en video’s die ze plaatst.',
    rationale:
      'Foto’s en video’s van herkenbare leerlingen mogen alleen met toestemming online: voor het po, vo en mbo het grootste juridische risico op sociale media. Volgens de Autoriteit Persoonsgegevens vraagt de school die toestemming vooraf, vrijwillig en ondubbelzinnig (‘wie zwijgt, stemt toe’ geldt niet, en toestemming is geen voorwaarde voor inschrijving), en per doel (website, sociale media, folder): aan de ouders als de leerling jonger is dan 16, aan de leerling zelf vanaf 16 jaar. Toestemming is altijd in te trekken en moet opnieuw gevraagd worden als het doel verandert. Deze regel vraagt om het toestemmingsbeleid zelf (`privacy.consent`) zodra een strategie in het po, vo of mbo foto’s of video plaatst; `consent-details` vraagt naar de onderdelen.',
    messages: {
      missing: () =>
        'Volgens de strategie plaatst de school foto’s of video’s, maar er staat nog niet in hoe ze toestemming regelt. Leg vast hoe de school toestemming vraagt voor foto’s en video’s van leerlingen (per doel; van de ouders als de leerling jonger is dan 16, van de leerling zelf vanaf 16 jaar) en hoe ze die toestemmingen bijhoudt.',
    },
  },
  'normalised-file': {
    description: 'Een bestand met afgeleide cijfers is een genormaliseerde strategie die render schreef, niet de strategie zelf.',
    rationale:
      '`strategy render --format yaml` schrijft `strategy.normalised.yaml`: de strategie met ingevulde standaardwaarden en afgeleide cijfers, voor andere programma’s (`strategy schema --normalised` beschrijft dat bestand). Het doorstaat dezelfde controles, maar wijzigingen horen in het strategiebestand waaruit het is gemaakt, anders overschrijft de volgende render ze.',
    messages: {
      normalised: () =>
        'Dit is een genormaliseerde strategie, geschreven door strategy render --format yaml. Pas het strategiebestand aan waaruit het is gemaakt, en render opnieuw.',
    },
  },
  references: {
    description: 'Elke id waarnaar je verwijst (doelgroep, kanaal, doel, contentpijler, teamlid, KPI) is ook vastgelegd.',
    rationale:
      'Elke id in de strategie is vastgelegd op de plek waar hij hoort: doelgroepen onder `audiences`, kanalen onder `channels`, doelen onder `goals`, contentpijlers onder `content.pillars`, mensen onder `team.members`, KPI’s onder `control.kpis`. De melding stelt de id voor die er het meest op lijkt. Een onderdeel dat niet aan het schema voldoet, telt toch als vastgelegd, zodat één typefout één melding geeft.',
    messages: {
      unknown: (p, w) =>
        `${w.capital(w.article(p.kind, 'definite'))} ${w.quote(p.id)} bestaat niet.${p.suggestion ? ` Bedoelde je ${w.quote(p.suggestion)}?` : ''} ${p.known.length > 0 ? `Bestaande ${w.noun(p.kind, true)}: ${w.list(p.known.map((id) => (id === '…' ? id : w.quote(id))))}.` : `Er is nog geen ${w.noun(p.kind)} vastgelegd.`}`,
    },
  },
  suppressions: {
    description: 'Elke commentaarregel "strategy-disable-next-line" noemt een bestaande regel, geeft een reden en is nodig.',
    rationale:
      'Je kunt een melding voor de volgende regel in het bestand uitschakelen met een commentaar met een reden, bijvoorbeeld `# strategy-disable-next-line two-admins -- pilot met één persoon tot maart`. Deze controle meldt zo’n commentaar als het een onbekende controle noemt, geen reden geeft na ` -- `, of niets uitschakelt. Fouten in het schema of in de YAML kun je niet uitschakelen.',
    messages: {
      unused: (p, w) =>
        `Dit commentaar schakelt ${w.quote(p.rule)} uit voor de volgende regel in het bestand, maar daar staat zo’n melding niet; haal het commentaar weg.`,
      'unknown-rule': (p, w) =>
        `Onbekende regel ${w.quote(p.rule)} in dit commentaar.${p.suggestion ? ` Bedoelde je ${w.quote(p.suggestion)}?` : ''} Voer "strategy rules" uit voor de lijst.`,
      'no-reason': () =>
        'Geef een reden na " -- " ("# strategy-disable-next-line two-admins -- pilot met één persoon tot maart"), zodat anderen weten waarom.',
    },
  },
  'webcare-defined': {
    description: 'Webcare heeft een verantwoordelijke, een reactietijd en voor elke stap van het werkproces iemand die hem uitvoert.',
    rationale:
      'Zodra een strategie kanalen heeft, moet webcare geregeld zijn: wie verantwoordelijk is (`owner`), binnen hoeveel uur elk bericht antwoord krijgt (`response_time_hours`), en mensen (`by`) voor elke stap van het werkproces: signaleren (`detect`), reageren (`respond`), goedkeuren (`approve`) en publiceren (`publish`). Mag één persoon alles doen (`one_person: true`, een kleine school waar de directeur zelf antwoordt), dan volstaan de verantwoordelijke en de reactietijd. Onbeantwoorde berichten schaden de reputatie.',
    messages: {
      missing: (p, w) =>
        `Webcare is nog niet geregeld. Leg nog vast: ${w.list(p.parts.map((part) => w.field(part)))}. Onbeantwoorde berichten schaden de reputatie.`,
    },
  },
  'webcare-practice': {
    description: 'De stappen van webcare passen binnen de beloofde reactietijd, en avonden, weekenden en vakanties zijn gedekt.',
    rationale:
      'Een reactietijd is een belofte. De termijnen van de stappen van het werkproces (signaleren, beantwoorden, goedkeuren, plaatsen) moeten samen binnen `response_time_hours` passen, anders is de belofte zelfs op een goede dag niet waar te maken. Is webcare maar een deel van de week bemand (`hours`) en is de belofte korter dan een weekend, dan moet iemand meelezen in de avonden, weekenden en vakanties, of moet een automatisch antwoord zeggen wanneer er antwoord komt (`coverage`, `auto_reply`).',
    messages: {
      'steps-exceed': (p, w) =>
        `De stappen van webcare kunnen samen ${w.count(p.total, 'hour')} duren (${p.steps.map((s) => `${{ detect: 'signaleren', respond: 'beantwoorden', approve: 'goedkeuren', publish: 'plaatsen' }[s.step]} ${w.count(s.hours, 'hour')}`).join(', ')}): langer dan de ${w.count(p.promised, 'hour')} die je belooft. Maak de termijnen korter of beloof wat je kunt waarmaken.`,
      'no-cover': (p, w) =>
        `Webcare is bemand op ${w.quote(p.staffed)}, maar je belooft antwoord binnen ${w.count(p.promised, 'hour')}: in de avonden, weekenden en vakanties leest niemand mee. Leg vast wie dat doet, of stel een automatisch antwoord in dat zegt wanneer er antwoord komt.`,
    },
  },
};

export const metaRules: typeof englishMeta = {
  'yaml-syntax': {
    description: 'Het bestand is geldige YAML: één document, geen dubbele sleutels, geen tabs om in te springen.',
    rationale:
      'Het bestand is geldige YAML 1.2: één document, geen dubbele sleutels, spaties (geen tabs) om in te springen, en niet meer dan 1.000 uitgevouwen aliassen.',
    messages: {},
  },
  schema: {
    description: 'Het bestand volgt het strategieformaat (schemas/strategy.schema.json).',
    rationale:
      'Het bestand volgt het strategieformaat, `schemas/strategy.schema.json`: alleen bekende sleutels, waarden van de juiste soort, datums als `JJJJ-MM-DD`, tijden als `UU:MM`, id’s in kleine letters met koppeltekens. `strategy schema` toont het schema.',
    messages: {},
  },
  limits: {
    description: 'Het bestand blijft binnen de gedocumenteerde grenzen.',
    get rationale(): string {
      const n = (value: number): string => formatNumber(value, 'nl');
      return `Een strategiebestand is hoogstens ${n(MAX_FILE_BYTES / 1024 / 1024)} MiB groot, heeft hoogstens ${n(MAX_VALUES)} regels en lijstitems (regeleinden en komma's, geteld voordat het wordt gelezen), is hoogstens ${n(MAX_DEPTH)} niveaus diep genest (ook dat geteld voordat het wordt gelezen), heeft samen hoogstens ${n(MAX_MARKS)} ankers (&), verwijzingen (*), tags (!) en tekens op een verkeerde plek (haakjes of aanhalingstekens die niets openen of sluiten), laat hoogstens ${n(MAX_ALIAS_COUNT)} verwijzingen (aliassen) uitklappen en bevat hoogstens ${n(MAX_CALENDAR_ITEMS)} kalenderitems. Binnen die grenzen krijgt elk bestand binnen enkele seconden antwoord.`;
    },
    messages: {},
  },
  checks: {
    description: 'Het onderdeel "checks" noemt bestaande regels en opties.',
    rationale:
      'Het onderdeel `checks:` noemt bestaande regels (zie `strategy rules`) en bestaande opties van die regels, met waarden van de juiste soort.',
    messages: {},
  },
};
