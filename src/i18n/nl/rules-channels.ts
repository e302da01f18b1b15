// The rules' texts in Dutch: audiences, channels, the cadence and the team’s hours. Each rule has a one-line
// description, the method's rationale (for docs/rules/) and the messages of its findings.
import type { Words } from '../words.js';
import { adviser, board, learners, leadership } from './sector-words.js';
import type { Work } from '../rule-data.js';
import type { channelsRules as english } from '../en/rules-channels.js';

/** " (6 uur berichten, 2 uur webcare)": de delen die er zijn, als het er meer dan één zijn. */
function breakdown(p: Work, w: Words): string {
  const parts: [number, string][] = [
    [p.posting, 'berichten'],
    [p.webcare, 'webcare'],
    [p.monitoring, 'meten en rapporteren'],
  ];
  const present = parts.filter(([hours]) => hours > 0);
  return present.length > 1 ? ` (${present.map(([hours, what]) => `${w.count(hours, 'hour')} ${what}`).join(', ')})` : '';
}

export const channelsRules: typeof english = {
  'audience-reached': {
    description: 'Elke doelgroep wordt via minstens één kanaal bereikt.',
    rationale:
      'Elke doelgroep staat bij minstens één kanaal onder `audiences`. Volg je doelgroep: zoek haar op waar ze al is, in plaats van haar naar je eigen platform te halen.',
    messages: {
      missing: (p, w) =>
        `Geen enkel kanaal bereikt de doelgroep ${w.quote(p.audience)}. Volg je doelgroep: ${p.platforms.length > 0 ? `ze is actief op ${w.list(p.platforms.map((x) => w.value('platform', x)))}; ` : ''}koppel haar aan een kanaal op een platform dat ze al gebruikt, in plaats van haar naar je eigen kanaal te halen.`,
    },
  },
  backing: {
    description:
      'Draagvlak en vaardigheden: een bestuurder die het steunt, training voor wie post, hulp van buiten, mediawijsheid, ouders die het weten.',
    rationale:
      'De tips van Kennisnet voor sociale media op school: sociale media werken als het bestuur erachter staat (`team.sponsor`), als medewerkers die posten getraind en ondersteund worden (`team.training`), als het team weet wie het van buiten inschakelt waar kennis of tijd ontbreekt (`team.outside_help`: een trainer, een bureau, een adviseur van het schoolbestuur), en in het po, vo en mbo als leerlingen leren goed met sociale media om te gaan (`guidelines.media_literacy`) en ouders en leerlingen weten wat de school online doet en waarom (`guidelines.parents`: een ouderavond, een brief, de schoolgids). Een advies, geen eis: zet het uit met `checks: {backing: off}`.',
    messages: {
      sponsor: (p) =>
        `Wie in ${board(p.sector)} of ${leadership(p.sector)} staat achter deze strategie en maakt er ruimte voor? Noem die persoon of rol.`,
      training: (p, w) =>
        `${w.capital(w.count(p.makers, 'member'))} maken berichten: leg vast hoe ze getraind en ondersteund worden (mediawijsheid, privacy, toon).`,
      parents: (p) =>
        `Hoe horen ouders en ${learners(p.sector)} wat de school op sociale media doet, en waarom? Bijvoorbeeld op een ouderavond, in een brief of in de schoolgids.`,
      'outside-help': (p) =>
        `Wie schakelt het team van buiten in als tijd of kennis ontbreekt: een trainer, een bureau, ${adviser(p.sector)} of een sectororganisatie? Leg vast wanneer en wie.`,
      'media-literacy': (p) =>
        `Hoe leren ${learners(p.sector)} goed met sociale media om te gaan (mediawijsheid): in de lessen, een mentoruur, een project? Een school die zelf post, leert ${learners(p.sector)} ook hoe dat goed gaat.`,
    },
  },
  capacity: {
    description: 'Het werk (publicatieritme, webcare, meten) past binnen de uren van het team en van elk teamlid.',
    rationale:
      'Het werk moet passen binnen de uren die het team heeft. De regel telt de berichten (per onderdeel van het publicatieritme: berichten per week × minuten per bericht, `minutes_per_post` als er geen minuten zijn opgegeven), webcare (`webcare.hours_per_week`, of `messages_per_week` × `minutes_per_message`, verdeeld over wie webcare doet) en meten en rapporteren (`control.hours_per_week`), en vergelijkt het totaal met de uren per week van het team (`hours_per_week`). Ook vergelijkt de regel per teamlid het eigen deel met de uren van dat teamlid, en meldt de regel een teamlid dat werk heeft maar geen uren. Een plan dat het team niet kan volhouden, is geen plan.',
    messages: {
      team: (p, w) =>
        `Het werk kost ${w.count(p.needed, 'hour')} per week${breakdown(p, w)}, maar het team heeft ${w.count(p.available, 'hour')}. Plaats minder vaak berichten, besteed minder tijd per bericht of maak uren vrij: een plan dat het team niet kan volhouden, is geen plan.`,
      'no-hours': (p, w) =>
        `Het werk kost ${w.count(p.needed, 'hour')} per week${breakdown(p, w)}, maar geen enkel teamlid heeft uren voor sociale media. Vul bij elk teamlid de uren per week voor sociale media in.`,
      member: (p, w) =>
        `Het werk van ${p.member} (berichten en webcare) kost ${w.count(p.needed, 'hour')} per week, maar ${p.member} heeft er ${w.count(p.available, 'hour')} per week voor. Verdeel het werk over meer mensen of plaats minder vaak berichten.`,
      'member-no-hours': (p, w) =>
        `Het werk van ${p.member} (berichten en webcare) kost ${w.count(p.needed, 'hour')} per week, maar ${p.member} heeft geen uren voor sociale media. Vul de uren in, of geef het werk aan iemand die ze wel heeft.`,
    },
  },
  'channel-purpose': {
    description: 'Elk kanaal heeft een doelgroep en draagt bij aan een doel of contentpijler.',
    rationale:
      'Elk kanaal heeft minstens één doelgroep (`audiences`) en draagt bij aan minstens één doel (`goals`) of contentpijler (een contentpijler noemt het kanaal onder `channels`, of het publicatieritme plaatst er een contentpijler op). Kies een kanaal omdat je doelgroep er al is en het de strategie dient: elk kanaal kost tijd.',
    messages: {
      'no-audience': (p, w) =>
        `Het kanaal ${w.quote(p.channel)} heeft geen doelgroep. Kies een kanaal omdat je doelgroep er al is: leg bij het kanaal vast voor welke doelgroepen het bedoeld is, of schrap het kanaal.`,
      'no-goal': (p, w) =>
        `Het kanaal ${w.quote(p.channel)} draagt niet bij aan een doel, en er verschijnt geen contentpijler op. Koppel het kanaal aan een doel of een contentpijler, of schrap het: elk kanaal kost tijd.`,
    },
  },
  'community-participation': {
    description: 'Advies per community op basis van het aandeel actieve leden (grenzen van 15% en 30%).',
    rationale:
      'Advies per community op basis van `active_share`, het aandeel leden dat zelf berichten plaatst of reageert: onder `low` (15%) is wat er rondgaat niet representatief, dus voeg vergelijkbare community’s samen, stimuleer deelname of haal er een inhoudsdeskundige bij; van `low` tot `high` (30%) is meedoen de moeite waard; boven `high` moet je meedoen, want dan is de community de beste bron van bruikbare content, als ze ook groot is (`large` leden of meer, standaard 50): een kleine groep, hoe levendig ook, bereikt weinig mensen. Begin met één actieve community en voeg pas een volgende toe als je het kunt bijhouden.',
    messages: {
      low: (p, w) =>
        `Slechts ${w.percent(p.share)} van de leden van ${w.quote(p.community)} plaatst zelf berichten of reageert: wat daar rondgaat, is niet representatief. Voeg de community samen met vergelijkbare community’s, stimuleer deelname of haal er een inhoudsdeskundige bij.`,
      medium: (p, w) => `${w.percent(p.share)} van de leden van ${w.quote(p.community)} is actief: meedoen is de moeite waard.`,
      'high-small': (p, w) =>
        `${w.percent(p.share)} van de ${w.number(p.members)} leden van ${w.quote(p.community)} is actief: meedoen is de moeite waard, maar met zo weinig leden bereik je er weinig mee. De beste bron van content is een community die groot én actief is.`,
      high: (p, w) =>
        `${w.percent(p.share)} van de leden van ${w.quote(p.community)} is actief: doe hier zelf actief mee, want zo’n community is de beste bron van bruikbare content.`,
    },
  },
  'content-fits-channel': {
    description: 'Vormen passen bij het platform waarop ze verschijnen (YouTube is voor video, Instagram voor foto’s).',
    rationale:
      'Content moet bij het kanaal passen: Instagram is voor foto’s en korte video’s, YouTube voor video. De regel toetst de vormen van een kanaal (`formats`), de vorm (`format`) van het publicatieritme en van kalenderitems, en waarschuwt als geen enkele vorm van een contentpijler past bij een kanaal waarop die contentpijler verschijnt. Het platform `other` en de vorm `other` passen altijd.',
    messages: {
      format: (p, w) =>
        `De vorm ${w.value('format', p.format)} past niet bij ${w.value('platform', p.platform)}. Content moet bij het kanaal passen; op ${w.value('platform', p.platform)} passen ${w.list(p.fits.map((f) => w.value('format', f)))}.`,
      pillar: (p, w) =>
        `Geen van de vormen van de contentpijler ${w.quote(p.pillar)} past bij het kanaal ${w.quote(p.channel)} (op ${w.value('platform', p.platform)} passen ${w.list(p.fits.map((f) => w.value('format', f)))}). Voeg een passende vorm toe, of plaats deze contentpijler op een ander kanaal.`,
    },
  },
  'follow-audience': {
    description:
      'Elk kanaal zit op een platform dat zijn doelgroepen gebruiken, en elke doelgroep wordt bereikt op een platform dat ze gebruikt.',
    rationale:
      'Het centrale advies van de methode is: volg je doelgroep. Wees waar je doelgroepen al zijn, in plaats van ze naar je eigen platform te willen halen. Waar bij een doelgroep staat op welke platforms ze actief is (`platforms`), vergelijkt de regel die met het platform van elk kanaal dat de doelgroep bedient, en meldt de regel een doelgroep die door geen enkel kanaal wordt bereikt op een van haar platforms.',
    messages: {
      'channel-elsewhere': (p, w) =>
        `Kanaal ${w.quote(p.channel)} zit op ${w.value('platform', p.platform)}, maar ${w.list(p.audiences.map((a) => w.quote(a)))} ${p.audiences.length === 1 ? 'is' : 'zijn'} actief op ${w.list(p.platforms.map((platform) => w.value('platform', platform)))}. ${
          p.audiences.length === 1
            ? `Volg je doelgroep: kies een platform waar ze al is, of vul bij de doelgroep aan dat ze ook ${w.value('platform', p.platform)} gebruikt.`
            : `Volg je doelgroepen: kies een platform waar ze al zijn, of vul bij de doelgroepen aan dat ze ook ${w.value('platform', p.platform)} gebruiken.`
        }`,
      unreached: (p, w) =>
        `Geen enkel kanaal bereikt ${w.quote(p.audience)} op ${w.list(
          p.platforms.map((platform) => w.value('platform', platform)),
          'or',
        )}, terwijl deze doelgroep daar actief is. Bereik haar via een kanaal op een van die platforms.`,
    },
  },
  'start-small': {
    description: 'Begin klein: het werk laat ruimte om op te volgen voordat er kanalen en community’s bij komen.',
    rationale:
      'Doe niet overal aan mee: kies een paar kanalen en community’s, laat zien dat je ze kunt bijhouden en breid dan stap voor stap uit. De maat is het werk tegenover de uren van het team: berichten maken (het publicatieritme), webcare (`webcare.hours_per_week`, berichten × minuten, of anders `listening_hours_per_channel`, een half uur per week, voor elk kanaal) en meten (`control.hours_per_week`). Bij meer dan één kanaal of community waarschuwt de regel als dat werk meer dan `max_share` (80%) van de uren van het team kost: dan is er geen ruimte meer om te reageren, te leren en bij te sturen. Een basisschool met 4 uur per week die 1,5 uur besteedt aan berichten op Facebook, Instagram en een ouderapp heeft ruimte; een team dat met drie kanalen elk uur vult, heeft die niet. (Werk dat niet in de uren past, meldt `capacity`.)',
    messages: {
      'too-many': (p, w) =>
        `${w.capital(w.count(p.channels, 'channel'))}${p.communities > 0 ? ` en ${w.count(p.communities, 'community')}` : ''} kosten ongeveer ${w.count(p.work, 'hour')} van de ${w.count(p.hours, 'hour')} die het team per week heeft (${w.percent(p.share)}): er blijft geen ruimte over om te reageren, te leren en bij te sturen. Begin met minder, laat zien dat het lukt en breid dan stap voor stap uit.`,
    },
  },
  'two-admins': {
    description: 'Elk kanaal heeft minstens twee beheerders.',
    rationale:
      'Elk kanaal heeft minstens `min` beheerders (`admins`), zodat er bij vakantie of ziekte altijd iemand bij het account kan. Een strengere eis stel je in onder `checks:`, bijvoorbeeld `two-admins: {severity: error, min: 3}`.',
    messages: {
      'too-few': (p, w) =>
        `Het kanaal ${w.quote(p.channel)} heeft ${w.count(p.count, 'administrator')}; er zijn er minstens ${p.min} nodig, zodat er bij vakantie of ziekte altijd iemand bij het account kan.`,
    },
  },
};
