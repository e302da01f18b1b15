// De meldingen in het Nederlands, met dezelfde ids en gegevens als de Engelse (../en/messages.ts).
import { IMPORT_PLATFORMS } from '../../model/import-platforms.js';
import { shape, size } from '../message-parts.js';
import type { TypeNames } from '../message-parts.js';
import type { Messages } from '../messages.js';

const TYPE_NAMES: TypeNames = {
  string: 'tekst',
  number: 'een getal',
  integer: 'een geheel getal',
  boolean: 'true of false',
  object: 'een blok met sleutels (regels "sleutel: waarde")',
  array: 'een lijst (regels die beginnen met "- ")',
  null: 'niets (een lege waarde)',
};

/** Wat de gewone YAML-fouten betekenen, per foutcode van de lezer. */
const YAML_ERRORS: Record<string, string> = {
  BAD_INDENT: 'het inspringen klopt niet, of een haakje ([ of {) is niet gesloten',
  MISSING_CHAR: 'er ontbreekt een sluitend aanhalingsteken of haakje',
  BLOCK_AS_IMPLICIT_KEY:
    'een waarde bevat een dubbele punt gevolgd door een spatie ("a: b"): zet de waarde tussen aanhalingstekens, of controleer het inspringen',
  MULTILINE_IMPLICIT_KEY:
    'een sleutel loopt over meer dan één regel: ontbreekt er een dubbele punt achter, of springt de regel eronder te ver in?',
  BAD_SCALAR_START: 'een waarde begint met een teken dat YAML voor zichzelf houdt (@, `, %, |, >): zet de waarde tussen aanhalingstekens',
  BAD_DQ_ESCAPE:
    'een backslash tussen dubbele aanhalingstekens begint een onbekende code: schrijf \\\\ voor een backslash, of gebruik enkele aanhalingstekens',
  UNEXPECTED_TOKEN: 'er staat iets waar YAML het niet verwacht: controleer het inspringen en de tekens eromheen',
};

export const messages: Messages = {
  'yaml.syntax': (p) => `YAML-syntaxfout: ${YAML_ERRORS[p.code] ?? `de YAML-lezer meldt (in het Engels): ${p.detail}`}.`,
  'yaml.duplicate-key': (p, w) =>
    `De sleutel ${w.quote(p.key)} staat twee keer in hetzelfde blok; laat er één staan (de tweede zou de eerste ongemerkt vervangen).`,
  'yaml.tab': () => 'Er is met een tab ingesprongen; YAML staat alleen spaties toe. Vervang de tab door spaties.',
  'yaml.multiple-documents': () =>
    'Het bestand bevat meer dan één YAML-document (een regel "---" midden in het bestand); een strategie is één document.',
  'yaml.alias-limit': () =>
    'Het bestand gebruikt te veel aliassen (*naam) om veilig te verwerken; schrijf de waarden voluit in plaats van ernaar te verwijzen.',
  'schema.more': (p, w) =>
    `Nog ${w.number(p.count)} fouten zoals de fouten hierboven, op dezelfde plekken, worden niet getoond. Herstel eerst deze en controleer dan opnieuw.`,
  'yaml.more': (p, w) =>
    `Nog ${w.number(p.count)} syntaxfouten zoals de fouten hierboven worden niet getoond. Herstel eerst deze en controleer dan opnieuw.`,
  'yaml.too-deep': () =>
    'Blokken of lijsten zijn in dit bestand te diep genest om te lezen; een strategie heeft ongeveer zes niveaus nodig. Controleer het inspringen en de haakjes ([ ] en { }).',
  'file.empty': () =>
    'Het bestand is leeg. Begin met "version: 1", of voer "strategy init" uit om blok voor blok door de strategie te gaan.',
  'file.not-mapping': (p) =>
    `Het bestand bevat ${TYPE_NAMES[p.type]}, maar een strategie is een blok met onderdelen (version, organisation, goals, …).`,
  'file.too-large': (p, w) =>
    `Het bestand is ${p.bytes >= p.limit * 1.05 ? `${size(p.bytes, w)}, groter dan het maximum van` : 'groter dan het maximum van'} ${size(p.limit, w)}; een strategie is zelden meer dan een paar honderd KiB. Zet gearchiveerde kalenderitems in een apart bestand.`,
  'file.too-many-values': (p, w) =>
    `Het bestand heeft ${w.number(p.count)} regels en lijstitems, meer dan het maximum van ${w.number(p.limit)}; een strategie met een druk jaar aan berichten heeft er zo’n tienduizend. Zet oude kalenderitems in een archiefbestand.`,
  'file.too-many-marks': (p, w) =>
    `Het bestand heeft ${w.number(p.count)} ankers (&), verwijzingen (*), tags (!) en tekens op een verkeerde plek (haakjes of aanhalingstekens die niets openen of sluiten, een tweede dubbele punt), meer dan het maximum van ${w.number(p.limit)}; een strategie heeft er geen of een paar nodig. Controleer de haakjes ([ ] en { }) en de aanhalingstekens.`,
  'file.too-deep': (p) =>
    `Blokken en lijsten zijn hier meer dan ${p.limit} niveaus diep genest, het maximum; een strategie heeft er ongeveer zes nodig. Controleer het inspringen en de haakjes ([ ] en { }).`,
  'file.too-many-items': (p, w) =>
    `De kalender heeft ${w.count(p.count, 'calendar-item')}, meer dan het maximum van ${w.number(p.limit)}. Zet oude kalenderitems in een archiefbestand.`,
  'schema.required': (p, w) => `${p.path === '' ? 'Het bestand' : w.quote(p.path)} mist ${w.quote(p.key)}; die sleutel is verplicht.`,
  'schema.unknown-key': (p, w) =>
    `Onbekende sleutel ${w.quote(p.key)}.${p.suggestion ? ` Bedoelde je ${w.quote(p.suggestion)}?` : ''} Toegestaan op deze plek: ${p.allowed.join(', ')}.${p.flowComma ? ' Een komma binnen { … } begint een nieuwe sleutel: zet tekst met een komma tussen aanhalingstekens ("…").' : ''}`,
  'schema.enum': (p, w) =>
    `${w.quote(p.value)} is geen toegestane waarde.${p.suggestion ? ` Bedoelde je ${w.quote(p.suggestion)}?` : ''} Toegestaan: ${p.allowed.join(', ')}.`,
  'schema.type': (p) =>
    `Hier hoort ${p.expected.map((type) => TYPE_NAMES[type]).join(' / ')}, maar er staat ${shape(p.actual, TYPE_NAMES)}.`,
  'schema.date': (p, w) =>
    `${w.quote(p.value)} is geen geldige datum. Schrijf datums als JJJJ-MM-DD${p.suggestion ? `, hier ${p.suggestion}` : ', bijvoorbeeld 2026-09-01'}.`,
  'schema.time': (p, w) => `${w.quote(p.value)} is geen geldige tijd. Schrijf tijden als UU:MM op een klok van 24 uur, bijvoorbeeld 09:30.`,
  'schema.id': (p, w) =>
    `${w.quote(p.value)} is geen geldige id: gebruik kleine letters, cijfers en koppeltekens${p.suggestion ? `, bijvoorbeeld ${w.quote(p.suggestion)}` : ''}.`,
  'schema.url': (p, w) => `${w.quote(p.value)} is geen webadres; het moet beginnen met https:// (of http://).`,
  'schema.email': (p, w) => `${w.quote(p.value)} is geen geldig e-mailadres.`,
  'schema.minimum': (p, w) => `Het getal moet minstens ${w.number(p.limit, 6)} zijn.`,
  'schema.maximum': (p, w) => `Het getal mag hoogstens ${w.number(p.limit, 6)} zijn.`,
  'schema.empty': () => 'Deze tekst is leeg; vul hem in of haal de sleutel weg.',
  'schema.too-long': (p) => `Deze tekst is langer dan ${p.limit} tekens.`,
  'schema.duplicate-item': (p, w) => `${w.quote(p.value)} staat meer dan één keer in deze lijst.`,
  'schema.version': (p, w) =>
    `Versie ${w.quote(p.value)} wordt niet ondersteund: deze versie van strategy leest formaatversie 1. Schrijf "version: 1".`,
  'schema.other': (p) => `Hier niet geldig: ${p.detail}.`,
  'checks.unknown-rule': (p, w) =>
    `Onbekende regel ${w.quote(p.rule)}.${p.suggestion ? ` Bedoelde je ${w.quote(p.suggestion)}?` : ''} Voer "strategy rules" uit voor de lijst.`,
  'checks.unknown-option': (p, w) =>
    `Regel ${w.quote(p.rule)} heeft geen optie ${w.quote(p.option)}. ${p.known.length > 0 ? `Opties: ${p.known.join(', ')}.` : 'De regel heeft geen opties.'}`,
  'checks.option-type': (p, w) => `Optie ${w.quote(p.option)} moet ${TYPE_NAMES[p.expected]} zijn.`,

  'error.calendar-too-large': (p, w) =>
    `De kalender zou ${w.number(p.count)} kalenderitems krijgen, meer dan het maximum van ${w.number(p.limit)}. Controleer de periode en het publicatieritme (berichten per week).`,
  'error.file-not-found': (p) => `${p.file} is niet gevonden. Controleer het pad, of voer "strategy init" uit om een strategie te maken.`,
  'error.system-folder': (p) =>
    `${p.file} ligt in ${p.folder}, waar het systeem zichzelf laat zien; daar kan geen bestand worden geschreven. Kies een eigen map. Er is niets geschreven.`,
  'error.outside-repository': (p) =>
    `${p.file} leidt buiten de repository (een link naar een bestand elders) en wordt hier daarom niet gelezen. Commit de strategie zelf, geen link ernaar.`,
  'error.not-a-folder': (p) =>
    `${p.file} is een bestand, geen map, dus daarin kan niets worden geschreven. Geef een map op, bijvoorbeeld docs. Er is niets geschreven.`,
  'error.no-reader': (p) =>
    `${p.file} is een pipe die niemand leest (of een socket), dus het rapport kan er niet in worden geschreven. Geef een bestand op, of start eerst wat het leest. Er is niets geschreven.`,
  'error.system-file': (p) =>
    `${p.file} ligt in ${p.folder}, waar het systeem zichzelf laat zien, en wordt niet gelezen. Geef het pad van een eigen bestand.`,
  'error.not-regular': (p) =>
    `${p.file} is geen gewoon bestand maar een pipe, een apparaat of een socket, en wordt daarom niet gelezen. Geef het bestand zelf op.`,
  'error.is-directory': (p) =>
    `${p.file} is een map, geen strategiebestand. Geef het pad van het bestand in die map, bijvoorbeeld ${p.file}/strategy.yaml.`,
  'error.read': (p) => `${p.file} kan niet worden gelezen: ${p.detail}. Controleer of het bestand bestaat en of je het mag lezen.`,
  'error.not-utf8': (p) => `${p.file} is geen UTF-8-tekst. Sla het op als UTF-8 (in de meeste editors: "Opslaan als" → codering UTF-8).`,
  'error.unknown-rule': (p, w) =>
    `Onbekende regel ${w.quote(p.rule)}.${p.suggestion ? ` Bedoelde je ${w.quote(p.suggestion)}?` : ''} Voer "strategy rules" uit voor de lijst.`,
  'error.rule-option': (p, w) =>
    `--rule ${w.quote(p.value)} wordt niet herkend: schrijf --rule <regel-id>=<off|info|warning|error>, bijvoorbeeld --rule two-admins=error.`,
  'error.no-match': (p, w) =>
    `Geen enkel bestand komt overeen met ${w.quote(p.pattern)}. Controleer het patroon en zet het tussen aanhalingstekens, zodat de shell het ongemoeid laat ("**/strategy.yaml").`,
  'error.unknown-format': (p, w) => `Onbekend formaat ${w.quote(p.format)}. Kies uit: ${p.formats.join(', ')}.`,
  'error.output-without-format': (p) =>
    `Bij --output ${p.file} hoort geen eigen --format: zet vóór elk uitvoerbestand een eigen --format (--format sarif --output ${p.file}).`,
  'error.same-output': (p) =>
    `${p.first} en ${p.second} schrijven naar hetzelfde bestand, zodat het ene rapport het andere zou vervangen. Geef elk --format een eigen --output.`,
  'error.two-to-stdout': () => 'Er kan maar één --format naar het scherm; geef de andere een --output-bestand.',
  'error.output-is-input': (p) =>
    `--output ${p.file} is een van de strategiebestanden die worden gecontroleerd: het verslag zou het vervangen. Kies een ander bestand. Er is niets geschreven.`,
  'error.not-a-number': (p, w) =>
    `${p.option} verwacht een geheel getal van 0 of meer, niet ${w.quote(p.value)}. Bijvoorbeeld: ${p.option} 0.`,
  'error.write': (p) => `${p.file} kan niet worden geschreven: ${p.detail}. Er is niets veranderd.`,
  'error.write-partial': (p, w) =>
    `${p.file} kan niet worden geschreven: ${p.detail}. Geschreven: ${w.list(p.written)}; ongewijzigd: ${w.list(p.kept)}. Los de oorzaak op en voer de opdracht opnieuw uit om het af te maken.`,
  'error.created-meanwhile': (p) =>
    `${p.file} is intussen door een andere opdracht gemaakt; dat bestand blijft zoals het is. Bekijk het en voer init daarna opnieuw uit met --block om het aan te passen. Er is niets geschreven.`,
  'error.init-unreadable': (p) =>
    `${p.file} bestaat al, maar kan niet worden aangepast: het is geen leesbare strategie (zie "strategy check ${p.file}"). Herstel het, zet het ergens anders neer, of gebruik --force om het te vervangen. Er is niets geschreven.`,
  'error.template': (p) => `Sjabloon ${p.template} is niet bruikbaar: ${p.detail}.`,
  'error.templates-dir': (p) =>
    `--templates ${p.dir} is geen map. Geef de map met je sjablonen (maak er een met "strategy templates eject ${p.dir}").`,
  'error.template-outside': (p) =>
    `${p.template} is een koppeling naar een bestand buiten de sjablonenmap; sjablonen zijn code die meedraait als je de documenten maakt, dus alleen bestanden in de map zelf worden gebruikt. Kopieer het bestand in de map.`,
  'error.init-invalid': (p, w) =>
    `Met deze waarden zou ${p.file} ${w.count(p.count, 'error')} volgens de methode bevatten (zie hierboven). Er is niets geschreven. Geef andere waarden met --set of in het --answers-bestand, of voer strategy init uit in een terminal om de vragen te krijgen.`,
  'error.invalid-strategy': (p, w) =>
    `${p.file} bevat ${w.count(p.count, 'error')} (zie hierboven); herstel ${p.count === 1 ? 'die' : 'ze'} eerst, of voer "strategy check ${p.file}" uit.`,
  'error.init-busy': (p) =>
    `Een andere strategy ${p.command ?? 'init'} schrijft ${p.dir}. Voer ${p.command ?? 'init'} opnieuw uit als die klaar is; draait er geen, haal dan ${p.lock} weg. Er is niets geschreven.`,
  'error.changed-meanwhile': (p) =>
    `${p.file} is door iemand anders aangepast sinds ${p.command ?? 'init'} het las; het bestand blijft zoals het is. Voer ${p.command ?? 'init'} opnieuw uit om je wijzigingen daarbovenop te maken. Er is niets geschreven.`,
  'error.output-of-input': (p) =>
    `${p.file} is een strategie die deze opdracht leest: schrijven zou die vervangen. Kies een ander bestand of een andere map. Er is niets geschreven.`,
  'error.read-only': (p) => `${p.file} is alleen-lezen en blijft daarom zoals het is. Maak het eerst schrijfbaar. Er is niets geschreven.`,
  'error.import-invalid': (p) =>
    `De metingen kunnen niet worden toegevoegd: ${p.file} zou dan ongeldig worden. ${p.detail} Er is niets geïmporteerd.`,
  'error.import-encoding': (p) =>
    `${p.file}:${p.line}: op deze regel staat een teken dat al verloren was voordat het bestand bij strategy kwam (te zien als �). Exporteer het bestand opnieuw, of sla het in Excel op als "CSV UTF-8". Er is niets geïmporteerd.`,
  'error.import-quote': (p) =>
    `${p.file}:${p.line}: hier opent een aanhalingsteken dat nergens wordt gesloten, zodat de regels daarna niet te lezen zijn. Er is niets geïmporteerd.`,
  'error.import-conflict': (p) =>
    `${p.file}:${p.line}: ${p.kpi} heeft op ${p.date} twee waarden in de import (${p.first} en ${p.second}). Houd er één over. Er is niets geïmporteerd.`,
  'error.import-too-large': (p, w) =>
    `${p.file} is te groot om te importeren: ${p.what === 'rows' ? `werkblad ${w.quote(p.sheet)} heeft meer dan ${w.number(p.limit)} rijen` : p.what === 'cells' ? `het heeft meer dan ${w.number(p.limit)} cellen` : p.what === 'text' ? `de cellen bevatten meer dan ${size(p.limit, w)} tekst` : p.what === 'unpacked' ? `uitgepakt is het meer dan ${size(p.limit, w)}` : `het is groter dan ${size(p.limit, w)}`}. Exporteer een kortere periode. Er is niets geïmporteerd.`,
  'error.ci-base': (p) =>
    `De basis van het verzoek (${p.base}) is niet uit git te lezen: ${p.detail}. Haal de geschiedenis mee op (actions/checkout met fetch-depth: 0, of GIT_DEPTH: 0 in GitLab).`,
  'error.render-busy': (p) =>
    `Een andere strategy render schrijft in ${p.dir}. Voer render opnieuw uit als die klaar is; draait er geen, haal dan ${p.lock} weg. Er is niets geschreven.`,
  'error.rule-errors': (p, w) =>
    `${p.file} bevat ${w.count(p.count, 'error')} volgens de methode (zie hierboven): een strategie die strategy check afkeurt, wordt niet gepubliceerd. Herstel ${p.count === 1 ? 'die' : 'ze'}, of gebruik --force om de documenten toch te maken. Er is niets geschreven.`,
  'error.refuse-overwrite': (p, w) =>
    `${w.list(p.files)} ${p.files.length === 1 ? 'is' : 'zijn'} niet door strategy ${p.command ?? 'render'} gemaakt, of daarna met de hand aangepast. Zet je wijzigingen in strategy.yaml of in een sjabloon, of gebruik --force om te overschrijven. Er is niets geschreven.`,
  'error.unknown-output': (p, w) => `Onbekende uitvoer ${w.quote(p.name)}. Kies uit: ${p.names.join(', ')}.`,
  'error.unknown-channel': (p, w) =>
    p.channels.length === 0
      ? `De strategie heeft nog geen kanalen, dus ook geen kanaal ${w.quote(p.channel)}. Laat --channel weg.`
      : `De strategie heeft geen kanaal ${w.quote(p.channel)}.${p.suggestion ? ` Bedoel je ${w.quote(p.suggestion)}?` : ''} Kies een van deze kanalen: ${p.channels.join(', ')}.`,
  'error.reversed-range': (p, _w) =>
    `--from ${p.from} valt na --to ${p.to}. Geef eerst de eerste dag, bijvoorbeeld --from ${p.to} --to ${p.from}.`,
  'error.bad-date': (p, w) =>
    `${p.option} verwacht een datum in de vorm JJJJ-MM-DD, niet ${w.quote(p.value)}. Bijvoorbeeld: ${p.option} 2026-09-01.`,
  'error.git': (p, w) =>
    `Kan ${w.quote(p.file)} bij ${w.quote(p.revision)} niet uit git lezen: ${p.detail}. Geef een versie uit deze repository (HEAD~1, main) of twee bestanden.`,
  'error.diff-invalid': (p, w) =>
    `${p.file} is geen geldige strategie (${w.count(p.count, 'error')}); controleer het eerst met strategy check.`,
  'error.eject-exists': (p, w) =>
    `Niet gekopieerd: ${w.list(p.files)} ${p.files.length === 1 ? 'bestaat' : 'bestaan'} al. Gebruik --force om te overschrijven. Er is niets gekopieerd.`,
  'error.unknown-block': (p, w) =>
    `Onbekend blok ${w.quote(p.block)}.${p.suggestion ? ` Bedoelde je ${w.quote(p.suggestion)}?` : ''} Kies uit: ${p.dutch.join(', ')} (of de Engelse namen: ${p.blocks.join(', ')}).`,
  'error.unknown-example': (p, w) => `Onbekend voorbeeld ${w.quote(p.name)}. Kies uit: ${p.examples.join(', ')}.`,
  'error.bad-set': (p, w) =>
    `--set ${w.quote(p.value)} wordt niet herkend: schrijf --set sleutel.pad=waarde, bijvoorbeeld --set organisation.name="ROC Voorbeeld".`,
  'error.bad-set-value': (p, w) => `--set ${w.quote(p.value)}: ${p.detail} Er is niets opgeslagen.`,
  'error.fix-nothing': (p) => `In ${p.file} staat geen strategie om te verbeteren. Maak er eerst een met "strategy init".`,
  'error.fix-terminal': () => 'init --fix stelt vragen en heeft dus een terminal nodig. Met "strategy check" zie je de meldingen.',
  'error.init-exists': (p) =>
    `${p.file} bestaat al. Gebruik --block <blok> om een deel aan te passen, of --force om het te vervangen. Er is niets geschreven.`,
  'error.internal': (p) =>
    `Interne fout: ${p.detail}. Dit is een fout in strategy: meld hem via https://www.npmjs.com/package/strategy-as-code ("Report a bug"), met de opdracht die je gaf en de uitvoer van dezelfde opdracht met --debug.`,

  'render.written': (p, w) => `✔ ${w.count(p.count, 'file')} geschreven naar ${p.dir}.`,
  'error.import-file': (p, w) =>
    `Kan ${w.quote(p.file)} niet lezen: ${{ missing: 'dat bestand bestaat niet', folder: 'het is een map, geen export', denied: 'je mag het niet lezen', other: `het systeem meldt ${p.detail ?? 'verder niets'}` }[p.reason]}. Controleer de naam van de export. Er is niets geïmporteerd.`,
  'error.import-rows': (p, w) =>
    `${w.quote(p.file)} heeft ${w.number(p.count)} regels, meer dan de ${w.number(p.limit)} van een export van een jaar. Exporteer een kortere periode. Er is niets geïmporteerd.`,
  'error.import-columns': (p, w) =>
    p.platform
      ? `${w.quote(p.file)} lijkt een export van ${p.platform}, maar geen enkele KPI haalt er cijfers uit. De kolommen: ${p.found.join(', ') || 'geen'}. ${p.wanting && p.wanting.length > 0 ? `De KPI’s voor ${p.platform} vragen om: ${p.wanting.join('; ')}.` : `Zeg bij een KPI onder control.kpis welke kolom hij gebruikt: import: {platform: ${p.platform}, column: reach}.`} Er is niets geïmporteerd.`
      : `${w.quote(p.file)} is geen export van een platform dat dit programma kent, en ook geen overzicht met de kolommen datum;kpi;waarde (gevonden: ${p.found.length > 0 ? p.found.join(', ') : 'geen'}). Geef --platform (${IMPORT_PLATFORMS.join(', ')}) als het een export is, of een kopregel als datum;kpi;waarde. Er is niets geïmporteerd.`,
  'error.import-empty': (p, w) =>
    `${w.quote(p.file)} is leeg: er staan geen kolomkoppen en geen rijen in. Exporteer het opnieuw. Er is niets geïmporteerd.`,
  'error.import-xls': (p, w) =>
    `${w.quote(p.file)} is een Excel-bestand in de oude vorm (.xls) dat niet te lezen is: het is beschadigd of beveiligd. Open het in Excel of LibreOffice, sla het op als .xlsx of .csv en importeer dat. Er is niets geïmporteerd.`,
  'error.import-zip': (p, w) =>
    `${w.quote(p.file)} is een zipbestand, maar geen Excel-werkmap (.xlsx). Pak het uit (TikTok levert de CSV-bestanden in een zipbestand) en importeer de CSV-bestanden. Er is niets geïmporteerd.`,
  'measure.incomplete': (p) =>
    `  ${p.kpi}: ${p.period} overgeslagen, want de export beslaat die periode niet helemaal; exporteer de hele periode om hem toe te voegen.`,
  'measure.not-ended': (p) => `  ${p.kpi}: ${p.period} overgeslagen, want die periode is nog niet voorbij.`,
  'error.import-value': (p, w) =>
    `${p.file}:${p.line}: ${w.quote(p.value)} is geen ${p.what === 'date' ? 'datum (2026-11-01, 1-11-2026)' : 'getal'}. Er is niets geïmporteerd.`,
  'error.import-ambiguous': (p, w) =>
    p.what === 'date'
      ? `${p.file}:${p.line}: ${w.quote(p.value)} is ${w.date(p.readings[0])} als de dag voorop staat, of ${w.date(p.readings[1])} als de maand voorop staat, en geen andere datum in het bestand maakt duidelijk welke. Geef --date-order dmy (dag eerst) of --date-order mdy (maand eerst). Er is niets geïmporteerd.`
      : `${p.file}:${p.line}: ${w.quote(p.value)} is ${p.readings[0]} met een decimale komma, of ${p.readings[1]} met een decimale punt, en geen ander getal in het bestand maakt duidelijk welke. Geef --decimal , of --decimal . om het te zeggen. Er is niets geïmporteerd.`,
  'error.import-mixed': (p, w) =>
    p.what === 'date'
      ? `${p.file}: regel ${p.firstRow.line} zet de dag voorop (${w.quote(p.firstRow.value)}) en regel ${p.secondRow.line} de maand (${w.quote(p.secondRow.value)}). Eén bestand gebruikt één volgorde: controleer de export. Er is niets geïmporteerd.`
      : `${p.file}: regel ${p.firstRow.line} heeft een decimale punt (${w.quote(p.firstRow.value)}) en regel ${p.secondRow.line} een decimale komma (${w.quote(p.secondRow.value)}). Eén bestand gebruikt één decimaalteken: controleer de export. Er is niets geïmporteerd.`,
  'error.import-future': (p, w) =>
    `${p.file}:${p.line}: ${w.date(p.date)} ligt na vandaag (${w.date(p.today)}), dus dat kan geen meting zijn. Controleer de export, of de volgorde van dag en maand (--date-order dmy of mdy). Er is niets geïmporteerd.`,
  'error.import-kpi': (p, w) =>
    `${p.file}:${p.line}: de strategie heeft geen KPI ${w.quote(p.kpi)}.${p.suggestion ? ` Bedoel je ${w.quote(p.suggestion)}?` : ''} De KPI's: ${p.kpis.join(', ') || 'nog geen'}. Er is niets geïmporteerd.`,
  'error.import-no-control': () =>
    'De metingen kunnen niet worden toegevoegd: de strategie heeft een blok meten en evalueren met KPI’s nodig, en de metingen als lijst. Zet eerst de KPI’s onder control. Er is niets geïmporteerd.',
  'measure.added': (p, w) =>
    `${w.capital(w.count(p.count, 'reading'))} toegevoegd aan ${p.file}${p.skipped > 0 ? ` (${p.skipped} stond${p.skipped === 1 ? '' : 'en'} er al)` : ''}.`,
  'measure.differs': (p, w) =>
    `${w.capital(w.count(p.count, 'reading'))} in de export ${p.count === 1 ? 'wijkt' : 'wijken'} af van wat ${p.file} voor dezelfde dag bevat (~ hierboven, opgeslagen → export). Voer de import opnieuw uit met --update om ${p.count === 1 ? 'die' : 'ze'} te vervangen.`,
  'measure.updated': (p, w) => `${w.capital(w.count(p.count, 'reading'))} vervangen in ${p.file} (~ hierboven).`,
  'measure.would-update': (p, w) =>
    `${w.capital(w.count(p.count, 'reading'))} zou${p.count === 1 ? '' : 'den'} worden vervangen in ${p.file} (~ hierboven); er is niets geschreven.`,
  'measure.passed-over': (p, w) => `${w.quote(p.file)} overgeslagen: geen KPI haalt er cijfers uit.`,
  'measure.would-add': (p, w) =>
    `${p.count === 0 ? 'Er zouden geen metingen' : `${w.capital(w.count(p.count, 'reading'))} zou${p.count === 1 ? '' : 'den'}`} worden toegevoegd aan ${p.file}${p.skipped > 0 ? ` (${p.skipped} stond${p.skipped === 1 ? '' : 'en'} er al)` : ''}; er is niets geschreven.`,
  'error.review-period': (p, w) =>
    `${w.quote(p.value)} is geen periode om op terug te blikken. Geef een kwartaal (--quarter 2027Q1), een maand (--quarter 2027-01) of twee datums (--from 2027-01-01 --to 2027-03-31), de eerste dag eerst.`,
  'review.written': (p) => `✔ Terugblik op ${p.period} geschreven naar ${p.file}.`,
  'report.written': (p, w) => `✔ Overzicht van ${w.count(p.count, 'file')} geschreven naar ${p.file}.`,
  'ci.title': (p) => `Strategiecheck: ${p.file}`,
  'ci.errors': (p, w) =>
    `${w.capital(w.count(p.errors, 'error'))}${p.warnings > 0 ? ` en ${w.count(p.warnings, 'warning')}` : ''}: herstel de fouten voordat dit wordt samengevoegd.`,
  'ci.warnings': (p, w) => `Geen fouten; ${w.count(p.warnings, 'warning')} om naar te kijken.`,
  'ci.clean': () => 'Geen fouten of waarschuwingen: de strategie volgt de methode.',
  'ci.info': (p, w) => `${w.capital(w.count(p.count, 'finding'))} ter informatie`,
  'ci.this-request': () => 'dit voorstel',
  'ci.event-unreadable': (p) =>
    `GITHUB_EVENT_PATH (${p.file}) is niet als gebeurtenis te lezen: het verslag heeft geen pull request om mee te vergelijken of op te reageren.`,
  'ci.no-diff-errors': () =>
    'Een van beide versies is geen leesbare YAML; daarom staan de wijzigingen hier als de regels die veranderd zijn:',
  'ci.new-findings': (p, w) => `${w.capital(w.count(p.count, 'finding'))} die dit voorstel meebrengt`,
  'ci.resolved': (p, w) => `${w.capital(w.count(p.count, 'finding'))} opgelost door dit voorstel`,
  'ci.existing': (p, w) => `${w.capital(w.count(p.count, 'finding'))} die er vóór dit voorstel al waren`,
  'ci.no-base': (p) => `De wijzigingen sinds ${p.base} kunnen niet worden getoond: ${p.detail}`,
  'ci.no-request': () => 'Niets om mee te vergelijken: de wijzigingen worden getoond bij een pull request of merge request.',
  'ci.commented': (p) => `✔ Verslag geplaatst bij ${p.where}.`,
  'ci.updated': (p) => `✔ Verslag bijgewerkt bij ${p.where}.`,
  'ci.comment-failed': (p) =>
    `Het verslag kon niet als reactie worden geplaatst (${p.detail}); het staat in de samenvatting van de job. Een pull request vanuit een fork heeft een token met alleen leesrechten.`,
  'diff.title': () => 'Wijzigingen in de strategie',
  'diff.between': (p) => `van ${p.before} naar ${p.after}.`,
  'diff.none': () => 'Geen inhoudelijke wijzigingen.',
  'diff.none-between': (p) => `Geen inhoudelijke wijzigingen van ${p.before} naar ${p.after}.`,
  'diff.weakening': () => 'Afzwakkingen',
  'diff.other': () => 'Overige wijzigingen',
  'diff.summary': (p, w) =>
    `${w.capital(w.count(p.count, 'change'))} van ${p.before} naar ${p.after}${p.rewrites ? `, waarvan ${p.rewrites} aan eerder vastgelegde metingen (!!)` : ''}${p.weakening > 0 ? `, ${p.rewrites ? '' : 'waarvan '}${p.weakening} ${p.weakening === 1 ? 'afzwakking' : 'afzwakkingen'} (!)` : ''}.`,
  'diff.rewrites': () => 'Eerder vastgelegde metingen gewijzigd of verwijderd',
  'render.up-to-date': (p) => `✔ De documenten in ${p.dir} zijn al actueel.`,
  'render.out-of-date': (p, w) =>
    `Ontbreekt of is niet meer actueel: ${w.list(p.files)}. Voer "strategy render" uit en zet het resultaat in Git (commit).`,
  'templates.ejected': (p, w) =>
    `✔ ${w.count(p.count, 'template')} gekopieerd naar ${p.dir}. Pas ${p.count === 1 ? 'het' : 'ze'} aan en voer dan "strategy render --templates ${p.dir}" uit. Sjablonen zijn code die meedraait als je de documenten maakt: gebruik alleen sjablonen die je vertrouwt.`,
  'summary.clean': (p, w) => `✔ ${w.count(p.files, 'file')} gecontroleerd, geen meldingen.`,
  'summary.findings': (p, w) =>
    `${w.count(p.error + p.warning + p.info, 'finding')} (${w.number(p.error)} ${w.noun('error', p.error !== 1)}, ${w.number(p.warning)} ${w.noun('warning', p.warning !== 1)}, ${w.number(p.info)} info) in ${w.count(p.files, 'file')}.`,
};
