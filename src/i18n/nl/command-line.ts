// De opdrachtregel in het Nederlands, met de sleutels van de Engelse.
import type { commandLine as en } from '../en/command-line.js';

export const commandLine: typeof en = {
  help: {
    'Build, check and publish a social-media strategy as code.': 'Bouw, controleer en publiceer een socialemediastrategie als code.',
    'check strategy files against the schema and the method': 'toets strategiebestanden aan het schema en de methode',
    'render the strategy document and the content calendar': 'maak het strategiedocument en de contentkalender',
    'show the content calendar, or print one export of it': 'toon de contentkalender, of één export ervan',
    'dmy (day first) or mdy (month first), for dates like 03/02/2027 the export does not settle':
      'dmy (dag eerst) of mdy (maand eerst), voor datums als 03/02/2027 die de export zelf niet duidelijk maakt',
    'replace a stored measurement the export gives another value for':
      'vervang een opgeslagen meting waarvoor de export een andere waarde geeft',
    'the decimal mark, for figures like 2,500 the export does not settle':
      'het decimaalteken, voor getallen als 2,500 die de export zelf niet duidelijk maakt',
    'show one week as a grid of days and channels: this week, or the week of this date (YYYY-MM-DD)':
      'toon één week als rooster van dagen en kanalen: deze week, of de week van deze datum (JJJJ-MM-DD)',
    'work with the templates of the rendered documents': 'werk met de sjablonen van de documenten',
    'copy the built-in templates into a folder to make a house style':
      'kopieer de ingebouwde sjablonen naar een map om een huisstijl te maken',
    'build strategy.yaml with the wizard, block by block (or from answers when there is no terminal)':
      'stel strategy.yaml op met de wizard, blok voor blok (zonder terminal: uit antwoorden in bestanden en opties)',
    'list the rules of the method with their default severity': 'toon de regels van de methode met hun standaardniveau',
    'print the JSON Schema of strategy.yaml': 'toon het JSON-schema van strategy.yaml',
    'never colour the output': 'gebruik nooit kleur',
    'show the details of internal errors': 'toon de details van interne fouten',
    'output format: {formats} (repeatable)': 'uitvoerformaat: {formats} (mag vaker worden opgegeven)',
    'write the preceding --format to this file': 'schrijf het voorgaande --format naar dit bestand',
    'set a rule to off, info, warning or error (repeatable)':
      'zet een regel op off (uit), info, warning (waarschuwing) of error (fout) (mag vaker worden opgegeven)',
    'fail when there are more warnings than this': 'eindig met foutcode 1 bij meer waarschuwingen dan dit aantal',
    'output folder': 'uitvoermap',
    'print the document instead of writing files': 'toon het document in plaats van bestanden te schrijven',
    'write only these outputs (comma-separated: {outputs})': 'schrijf alleen deze uitvoer (gescheiden door komma’s: {outputs})',
    'use templates from this folder where it has them':
      'gebruik de sjablonen uit deze map; ontbrekende sjablonen komen uit de ingebouwde set',
    'overwrite files that were not made by render or were edited by hand':
      'overschrijf bestanden die niet door render zijn gemaakt of met de hand zijn bewerkt',
    'write nothing; exit 1 when the documents are out of date': 'schrijf niets; eindig met foutcode 1 als de documenten niet actueel zijn',
    'first day (YYYY-MM-DD); the overview starts today': 'eerste dag (JJJJ-MM-DD); het overzicht begint vandaag',
    'last day (YYYY-MM-DD); the overview shows four weeks': 'laatste dag (JJJJ-MM-DD); het overzicht toont vier weken',
    'separator between CSV columns: ";" (Excel with Dutch settings), "," or tab':
      'scheidingsteken tussen CSV-kolommen: ";" (Excel met Nederlandse instellingen), "," of tab',
    'only this channel': 'alleen dit kanaal',
    'measurements of the KPIs': 'metingen van de KPI’s',
    'one overview of many strategies (the schools of a school board): status, goals on course, errors and warnings, last review':
      'één overzicht van veel strategieën (de scholen van een bestuur): status, doelen op koers, fouten en waarschuwingen, laatste terugblik',
    'strategy files or patterns, such as "schools/*/strategy.yaml"': 'strategiebestanden of patronen, zoals "scholen/*/strategy.yaml"',
    'where to write the overview (.md and .html)': 'waar het overzicht komt (.md en .html)',
    'overwrite a file of that name that this command did not write':
      'overschrijf een bestand met die naam dat niet door deze opdracht is gemaakt',
    'for a pull or merge request: check the strategy and show what changed, as the job summary and (with --comment) a comment':
      'bij een pull request of merge request: controleer de strategie en laat zien wat er veranderde, in de samenvatting van de job en (met --comment) als reactie',
    'github or gitlab (default: from the environment)': 'github of gitlab (standaard: uit de omgeving)',
    'compare with this git revision (default: the base of the request)':
      'vergelijk met deze versie in git (standaard: de basis van het verzoek)',
    'post the report as a comment on the request, or update the earlier one':
      'plaats het verslag als reactie bij het verzoek, of werk de eerdere bij',
    'write the report to this file (default on GitHub: the job summary)':
      'schrijf het verslag naar dit bestand (standaard op GitHub: de samenvatting van de job)',
    'write the review of a quarter: per goal its measurements and course, what changed, and the debrief':
      'schrijf de terugblik op een kwartaal: per doel de metingen en de koers, wat er veranderde, en de evaluatie met het team',
    'the quarter (2027Q1) or month (2027-01) to look back on; default: the last quarter':
      'het kwartaal (2027Q1) of de maand (2027-01) om op terug te blikken; standaard het laatste kwartaal',
    'first day of the period (YYYY-MM-DD)': 'eerste dag van de periode (JJJJ-MM-DD)',
    'last day of the period (YYYY-MM-DD)': 'laatste dag van de periode (JJJJ-MM-DD)',
    'draw up as on this day (YYYY-MM-DD) instead of today': 'opstellen alsof het deze dag is (JJJJ-MM-DD) in plaats van vandaag',
    'folder to write in (default: reviews next to the strategy)': 'map om in te schrijven (standaard: reviews naast de strategie)',
    'md, html or all': 'md, html of all (beide)',
    'print the Markdown instead of writing files': 'toon de Markdown in plaats van bestanden te schrijven',
    'add measurements from platform exports (Meta, LinkedIn, TikTok) or a date;kpi;value sheet to the strategy, keeping its comments':
      'voeg metingen uit exports van de platforms (Meta, LinkedIn, TikTok) of uit een overzicht datum;kpi;waarde toe aan de strategie, met behoud van het commentaar',
    'exports (.csv, .xlsx) or sheets with a date, a KPI and a value per row':
      'exports (.csv, .xlsx) of overzichten met per regel een datum, een KPI en een waarde',
    'the platform of the exports, when it cannot be told from them': 'het platform van de exports, als dat er niet uit op te maken is',
    'show what would be added, and write nothing': 'laat zien wat er zou worden toegevoegd, en schrijf niets',
    'what changed between two versions of a strategy: two files, or a git revision (HEAD~1, main)':
      'wat er veranderde tussen twee versies van een strategie: twee bestanden, of een versie in git (HEAD~1, main)',
    'the old file, or a git revision': 'het oude bestand, of een versie in git',
    'the new file (default: strategy.yaml), or a second revision': 'het nieuwe bestand (standaard: strategy.yaml), of een tweede versie',
    'text, markdown (for a pull-request comment) or json': 'text, markdown (voor een reactie bij een pull request) of json',
    'exit 1 when there is a weakening change': 'eindig met code 1 als er een afzwakking is',
    'the schema of strategy.normalised.yaml, which render --format yaml writes':
      'het schema van strategy.normalised.yaml, dat render --format yaml schrijft',
    'check as on this day (YYYY-MM-DD) instead of today': 'controleer alsof het deze dag is (JJJJ-MM-DD) in plaats van vandaag',
    'render as on this day (YYYY-MM-DD) instead of today: later measurements do not count':
      'maak de documenten alsof het deze dag is (JJJJ-MM-DD) in plaats van vandaag: latere metingen tellen niet mee',
    'overwrite templates already there': 'overschrijf sjablonen die er al staan',
    'export the calendar even when check finds errors in the strategy': 'exporteer de kalender ook als check fouten in de strategie vindt',
    'folder to write in': 'map om in te schrijven',
    'file to write': 'bestand om naar te schrijven',
    'take answers from this YAML file (any part of a strategy)':
      'neem antwoorden uit dit YAML-bestand (dat mag ook een deel van een strategie zijn)',
    'take answers from a bundled example: mbo, adult-education, university-en':
      'neem antwoorden uit een meegeleverd voorbeeld: mbo, adult-education, university-en',
    'fill in whatever is not given with example values': 'vul ontbrekende antwoorden aan met voorbeeldwaarden',
    'answer one question, e.g. --set organisation.name="ROC Example" (repeatable)':
      'beantwoord één vraag, bijvoorbeeld --set organisation.name="ROC Voorbeeld" (mag vaker worden opgegeven)',
    'continue the draft of an earlier session without asking': 'ga zonder te vragen verder met het concept van een eerdere sessie',
    'revisit only this block of an existing strategy (repeatable): {blocks}':
      'doorloop alleen dit blok van een bestaande strategie opnieuw (mag vaker worden opgegeven): {blocks}',
    'replace an existing strategy without asking': 'vervang een bestaande strategie zonder te vragen',
    'print the YAML instead of writing it': 'toon de YAML in plaats van die op te slaan',
    'ask questions even when no terminal is detected': 'stel vragen, ook als er geen terminal lijkt te zijn',
    'never ask: take answers from files and flags only': 'vraag nooit: neem antwoorden alleen uit bestanden en opties',
    'ask the questions that fix the findings of an existing strategy, then check it again':
      'stel de vragen die de meldingen van een bestaande strategie oplossen, en controleer haar opnieuw',
    'list every question with the key that answers it, and exit': 'toon elke vraag met de bijbehorende sleutel, en stop',
    'language of everything strategy writes': 'taal van alles wat strategy schrijft',
    'fail on findings of this severity or worse': 'eindig met foutcode 1 bij meldingen van dit niveau of hoger',
    'md: the documents and calendar exports; html: the document as one web page; yaml: the normalised strategy':
      'md: de documenten en kalenderexports; html: het document als één webpagina; yaml: de genormaliseerde strategie',
    'the wiki the Markdown is for: github, gitlab, azure-devops, plain':
      'de wiki waarvoor de Markdown is: github, gitlab, azure-devops, plain',
    'print an export instead of the overview': 'toon een export in plaats van het overzicht',
    'strategy files or glob patterns (default: strategy.yaml)': 'strategiebestanden of globpatronen (standaard: strategy.yaml)',
    'strategy file (default: strategy.yaml)': 'strategiebestand (standaard: strategy.yaml)',
    'target folder': 'doelmap',
    'print the version': 'toon de versie',
    'show help': 'toon de helptekst',
    'show help for a command': 'toon de helptekst van een opdracht',
    '(run "strategy --help" for the commands and options)': '(voer "strategy --help" uit voor de opdrachten en opties)',
  },
  commander: {
    'Usage:': 'Gebruik:',
    'Options:': 'Opties:',
    'Commands:': 'Opdrachten:',
    'Arguments:': 'Argumenten:',
    'Global Options:': 'Algemene opties:',
    choices: 'keuzes',
    default: 'standaard',
  },
  placeholders: {
    '[options]': '[opties]',
    '[command]': '[opdracht]',
    '<file>': '<bestand>',
    '[file]': '[bestand]',
    '[files...]': '[bestanden...]',
    '<dir>': '<map>',
    '[dir]': '[map]',
    '<name>': '<naam>',
    '<block>': '<blok>',
    '<format>': '<formaat>',
    '<language>': '<taal>',
    '<date>': '<datum>',
    '<count>': '<aantal>',
    '<severity>': '<niveau>',
    '<rule=severity>': '<regel=niveau>',
    '<key=value>': '<sleutel=waarde>',
    '<outputs>': '<uitvoer>',
  },
  errors: [
    [/^error: unknown option '(.+?)'/, "fout: onbekende optie '$1'"],
    [/^error: unknown command '(.+?)'/, "fout: onbekende opdracht '$1'"],
    [
      /^error: too many arguments for '(.+?)'\. Expected (\d+) arguments? but got (\d+)\./,
      "fout: te veel argumenten voor '$1': $2 verwacht, $3 gegeven.",
    ],
    [/^error: too many arguments\. Expected (\d+) arguments? but got (\d+)\./, 'fout: te veel argumenten: $1 verwacht, $2 gegeven.'],
    [/^error: missing required argument '(.+?)'/, "fout: het argument '$1' ontbreekt"],
    [/^error: option '(.+?)' argument missing/, "fout: bij de optie '$1' hoort een waarde"],
    [
      /^error: option '(.+?)' argument '(.*?)' is invalid\. Allowed choices are (.+)\./,
      'fout: de optie $1 kent de waarde "$2" niet. Kies uit: $3.',
    ],
    [/^error: option '(.+?)' cannot be used with option '(.+?)'/, "fout: de optie '$1' kan niet samen met de optie '$2'"],
    [/^\(Did you mean (.+?)\?\)/m, 'Bedoelde je "$1"?'],
  ],
};
