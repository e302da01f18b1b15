// What the method's rules say, in English and Dutch: a one-line description of each rule
// (for `strategy rules` and SARIF) and the messages of its findings. Each message says what
// is wrong and what the method suggests.

const q = (value: unknown): string => JSON.stringify(String(value));
const list = (values: readonly unknown[]): string => values.map((v) => String(v)).join(', ');
const hours = (value: number): string => (Math.round(value * 10) / 10).toString();

export const ruleMessagesEn = {
  'rule.goal-smart': () => 'Every goal is SMART: metric, target, unit and deadline, a target that differs from the baseline, a deadline inside the period.',
  'rule.goal-measured': () => 'Every goal is measured by at least one KPI in control.',
  'rule.references': () => 'Every id used (audience, channel, goal, pillar, team member, KPI) is defined.',
  'rule.audience-reached': () => 'Every audience is served by at least one channel.',
  'rule.channel-purpose': () => 'Every channel serves an audience and a goal or a content pillar.',
  'rule.two-admins': () => 'Every channel has at least two administrators.',
  'rule.content-fits-channel': () => 'Formats fit the platform they are posted on (YouTube is for video, Instagram for photos).',
  'rule.capacity': () => 'The cadence fits the hours the team, and each member, has per week.',
  'rule.start-small': () => 'Few channels and communities for the hours available; grow step by step.',
  'rule.webcare-defined': () => 'Webcare has an owner, a response time and people for each workflow step.',
  'rule.community-participation': () => 'Advice per community from its share of active members (15% and 30% thresholds).',
  'rule.calendar-in-period': () => 'Calendar items and key dates fall inside the period, and every item names its channel.',
  'rule.calendar-blackout': () => 'No calendar items in blackout periods such as school holidays.',
  'rule.suppressions': () => 'Every "strategy-disable-next-line" comment names a known rule, gives a reason and is needed.',
  'rule.yaml-syntax': () => 'The file is valid YAML: one document, no duplicate keys, no tabs for indentation.',
  'rule.schema': () => 'The file matches the strategy format (schemas/strategy.schema.json).',
  'rule.limits': () => 'The file stays within the documented limits.',
  'rule.checks': () => 'The "checks" section names known rules and options.',

  'goal-smart.missing': (p: { goal: string; fields: readonly string[] }) =>
    `Goal ${q(p.goal)} is not SMART yet: it lacks ${list(p.fields)}. A SMART goal says what is measured, the value to reach, in which unit and by when ("by 30 June the Facebook page has 10% more fans").`,
  'goal-smart.same-target': (p: { value: number }) =>
    `The target equals the baseline (${p.value}): nothing would change. Set the value the goal should reach.`,
  'goal-smart.deadline-outside': (p: { deadline: string; start: string; end: string }) =>
    `The deadline ${p.deadline} lies outside the strategy period (${p.start} to ${p.end}); a goal must be reachable, and checkable, within the period.`,
  'goal-smart.sustain-before-deadline': (p: { date: string; deadline: string }) =>
    `"sustain_until" (${p.date}) comes before the deadline (${p.deadline}); it says how long the result must hold after it is reached.`,
  'goal-measured.missing': (p: { goal: string }) =>
    `No KPI measures goal ${q(p.goal)}. Add one under control.kpis with "goal: ${p.goal}", saying what is measured, from which source and how often; a goal nobody measures cannot be checked.`,
  'references.unknown': (p: { id: string; kind: string; suggestion?: string; known: readonly string[] }) =>
    `${q(p.id)} is not a known ${p.kind}.${p.suggestion ? ` Did you mean ${q(p.suggestion)}?` : ''} ${p.known.length > 0 ? `Known: ${list(p.known)}.` : `No ${p.kind} is defined yet.`}`,
  'kind.audience': () => 'audience',
  'kind.channel': () => 'channel',
  'kind.goal': () => 'goal',
  'kind.pillar': () => 'content pillar',
  'kind.member': () => 'team member',
  'kind.kpi': () => 'KPI',
  'audience-reached.missing': (p: { audience: string; platforms: readonly string[] }) =>
    `No channel serves audience ${q(p.audience)}. Follow your audience: ${p.platforms.length > 0 ? `it is active on ${list(p.platforms)}; ` : ''}add the audience to a channel it already uses instead of trying to draw it to yours.`,
  'channel-purpose.no-audience': (p: { channel: string }) =>
    `Channel ${q(p.channel)} serves no audience. Choose a channel because your audience is there: list who it is for under "audiences", or drop the channel.`,
  'channel-purpose.no-goal': (p: { channel: string }) =>
    `Channel ${q(p.channel)} serves no goal and no content pillar posts on it. Link it to a goal ("goals") or a pillar, or drop it: every channel costs time.`,
  'two-admins.too-few': (p: { channel: string; count: number; min: number }) =>
    `Channel ${q(p.channel)} has ${p.count} ${p.count === 1 ? 'administrator' : 'administrators'}; at least ${p.min} are needed, so the account stays reachable during holidays and illness.`,
  'content-fits-channel.format': (p: { format: string; platform: string; fits: readonly string[] }) =>
    `${q(p.format)} does not fit ${p.platform}. Content must suit the channel: ${p.platform} carries ${list(p.fits)}.`,
  'content-fits-channel.pillar': (p: { pillar: string; channel: string; platform: string; fits: readonly string[] }) =>
    `None of the formats of pillar ${q(p.pillar)} fits channel ${q(p.channel)} (${p.platform} carries ${list(p.fits)}). Add a format that fits, or post this pillar elsewhere.`,
  'capacity.team': (p: { needed: number; available: number }) =>
    `The cadence needs ${hours(p.needed)} hours a week, but the team has ${hours(p.available)}. Post less often, spend less time per post, or free up hours: a plan the team cannot keep up is not a plan.`,
  'capacity.no-hours': (p: { needed: number }) =>
    `The cadence needs ${hours(p.needed)} hours a week, but no team member has hours for social media. Record "hours_per_week" for each member.`,
  'capacity.member': (p: { member: string; needed: number; available: number }) =>
    `${p.member} makes posts that take ${hours(p.needed)} hours a week but has ${hours(p.available)}. Spread the cadence over more people or lower it.`,
  'start-small.too-many': (p: { channels: number; communities: number; hours: number; allowed: number }) =>
    `${p.channels} ${p.channels === 1 ? 'channel' : 'channels'}${p.communities > 0 ? ` and ${p.communities} ${p.communities === 1 ? 'community' : 'communities'}` : ''} for ${hours(p.hours)} hours a week is more than the team can follow up (about ${p.allowed}). Start with fewer, show you can keep up, then grow step by step.`,
  'webcare-defined.missing': (p: { parts: readonly string[] }) =>
    `Webcare is not arranged yet: ${list(p.parts)} missing. Decide who watches and answers, within how many hours, and who approves and publishes; messages left unanswered harm the reputation.`,
  'community-participation.low': (p: { community: string; share: number }) =>
    `Only ${p.share}% of ${q(p.community)} create or comment: what circulates there is not representative. Merge it with similar communities, stimulate participation, or bring in an expert.`,
  'community-participation.medium': (p: { community: string; share: number }) =>
    `${p.share}% of ${q(p.community)} are active: worth taking part in.`,
  'community-participation.high': (p: { community: string; share: number }) =>
    `${p.share}% of ${q(p.community)} are active: you must take part; this is the best source of usable content.`,
  'calendar-in-period.outside': (p: { date: string; start: string; end: string }) =>
    `${p.date} lies outside the strategy period (${p.start} to ${p.end}).`,
  'calendar-in-period.no-channel': (p: { title: string }) =>
    `Calendar item ${q(p.title)} names no channel; say where it is posted ("channel").`,
  'calendar-blackout.inside': (p: { date: string; reason: string }) =>
    `${p.date} falls in a blackout period (${p.reason}); move the post or drop it.`,
  'blackout.no-reason': () => 'no posts',
  'suppressions.unused': (p: { rule: string }) =>
    `This comment suppresses "${p.rule}", but the next line has no such finding; remove it.`,
  'suppressions.unknown-rule': (p: { rule: string; suggestion?: string }) =>
    `Unknown rule ${q(p.rule)} in this comment.${p.suggestion ? ` Did you mean ${q(p.suggestion)}?` : ''} Run "strategy rules" for the list.`,
  'suppressions.no-reason': () =>
    'Give a reason after " -- " ("# strategy-disable-next-line two-admins -- one-person pilot until March"), so others know why.',
  'checks.unknown-rule': (p: { rule: string; suggestion?: string }) =>
    `Unknown rule ${q(p.rule)}.${p.suggestion ? ` Did you mean ${q(p.suggestion)}?` : ''} Run "strategy rules" for the list.`,
  'checks.unknown-option': (p: { rule: string; option: string; known: readonly string[] }) =>
    `Rule ${q(p.rule)} has no option ${q(p.option)}. ${p.known.length > 0 ? `Its options: ${list(p.known)}.` : 'It has no options.'}`,
  'checks.option-type': (p: { option: string; expected: string }) => `Option ${q(p.option)} must be ${p.expected}.`,
};

export type RuleMessages = typeof ruleMessagesEn;

export const ruleMessagesNl: RuleMessages = {
  'rule.goal-smart': () => 'Elk doel is SMART: meetwaarde, streefwaarde, eenheid en deadline, een streefwaarde die verschilt van de nulmeting, een deadline binnen de periode.',
  'rule.goal-measured': () => 'Elk doel wordt gemeten met minstens één KPI onder control.',
  'rule.references': () => 'Elke gebruikte id (doelgroep, kanaal, doel, pijler, teamlid, KPI) bestaat.',
  'rule.audience-reached': () => 'Elke doelgroep wordt bediend door minstens één kanaal.',
  'rule.channel-purpose': () => 'Elk kanaal bedient een doelgroep en een doel of inhoudspijler.',
  'rule.two-admins': () => 'Elk kanaal heeft minstens twee beheerders.',
  'rule.content-fits-channel': () => 'Vormen passen bij het platform waarop ze verschijnen (YouTube is voor video, Instagram voor foto’s).',
  'rule.capacity': () => 'De publicatiefrequentie past in de uren van het team en van elk teamlid.',
  'rule.start-small': () => 'Weinig kanalen en community’s voor de beschikbare uren; groei stap voor stap.',
  'rule.webcare-defined': () => 'Webcare heeft een eigenaar, een reactietijd en mensen voor elke stap van de workflow.',
  'rule.community-participation': () => 'Advies per community op basis van het aandeel actieve leden (grenzen 15% en 30%).',
  'rule.calendar-in-period': () => 'Kalenderitems en belangrijke data vallen binnen de periode, en elk item noemt zijn kanaal.',
  'rule.calendar-blackout': () => 'Geen kalenderitems in stilteperiodes zoals schoolvakanties.',
  'rule.suppressions': () => 'Elk commentaar "strategy-disable-next-line" noemt een bestaande regel, geeft een reden en is nodig.',
  'rule.yaml-syntax': () => 'Het bestand is geldige YAML: één document, geen dubbele sleutels, geen tabs om in te springen.',
  'rule.schema': () => 'Het bestand volgt het strategieformaat (schemas/strategy.schema.json).',
  'rule.limits': () => 'Het bestand blijft binnen de gedocumenteerde grenzen.',
  'rule.checks': () => 'Het onderdeel "checks" noemt bestaande regels en opties.',

  'goal-smart.missing': (p) =>
    `Doel ${q(p.goal)} is nog niet SMART: ${list(p.fields)} ontbreekt. Een SMART doel zegt wat je meet, welke waarde je wilt bereiken, in welke eenheid en wanneer ("op 30 juni heeft de Facebookpagina 10% meer fans").`,
  'goal-smart.same-target': (p) =>
    `De streefwaarde is gelijk aan de nulmeting (${p.value}): er zou niets veranderen. Vul de waarde in die het doel moet halen.`,
  'goal-smart.deadline-outside': (p) =>
    `De deadline ${p.deadline} valt buiten de periode van de strategie (${p.start} tot en met ${p.end}); een doel moet binnen de periode haalbaar én toetsbaar zijn.`,
  'goal-smart.sustain-before-deadline': (p) =>
    `"sustain_until" (${p.date}) ligt vóór de deadline (${p.deadline}); het zegt hoe lang het resultaat moet blijven staan nadat het gehaald is.`,
  'goal-measured.missing': (p) =>
    `Geen enkele KPI meet doel ${q(p.goal)}. Voeg er een toe onder control.kpis met "goal: ${p.goal}": wat je meet, uit welke bron en hoe vaak. Een doel dat niemand meet, kun je niet toetsen.`,
  'references.unknown': (p) =>
    `${q(p.id)} is geen bekende ${p.kind}.${p.suggestion ? ` Bedoelde je ${q(p.suggestion)}?` : ''} ${p.known.length > 0 ? `Bekend: ${list(p.known)}.` : `Er is nog geen ${p.kind} gedefinieerd.`}`,
  'kind.audience': () => 'doelgroep',
  'kind.channel': () => 'kanaal',
  'kind.goal': () => 'doel',
  'kind.pillar': () => 'inhoudspijler',
  'kind.member': () => 'teamlid',
  'kind.kpi': () => 'KPI',
  'audience-reached.missing': (p) =>
    `Geen enkel kanaal bedient doelgroep ${q(p.audience)}. Volg je doelgroep: ${p.platforms.length > 0 ? `ze is actief op ${list(p.platforms)}; ` : ''}voeg de doelgroep toe aan een kanaal dat ze al gebruikt, in plaats van haar naar jouw kanaal te willen trekken.`,
  'channel-purpose.no-audience': (p) =>
    `Kanaal ${q(p.channel)} bedient geen doelgroep. Kies een kanaal omdat je doelgroep er is: zet onder "audiences" voor wie het is, of schrap het kanaal.`,
  'channel-purpose.no-goal': (p) =>
    `Kanaal ${q(p.channel)} dient geen doel en geen inhoudspijler verschijnt erop. Koppel het aan een doel ("goals") of een pijler, of schrap het: elk kanaal kost tijd.`,
  'two-admins.too-few': (p) =>
    `Kanaal ${q(p.channel)} heeft ${p.count} ${p.count === 1 ? 'beheerder' : 'beheerders'}; er zijn er minstens ${p.min} nodig, zodat het account bereikbaar blijft bij vakantie en ziekte.`,
  'content-fits-channel.format': (p) =>
    `${q(p.format)} past niet bij ${p.platform}. Inhoud moet bij het kanaal passen: ${p.platform} draagt ${list(p.fits)}.`,
  'content-fits-channel.pillar': (p) =>
    `Geen van de vormen van pijler ${q(p.pillar)} past bij kanaal ${q(p.channel)} (${p.platform} draagt ${list(p.fits)}). Voeg een passende vorm toe, of plaats deze pijler elders.`,
  'capacity.team': (p) =>
    `De publicatiefrequentie vraagt ${hours(p.needed)} uur per week, maar het team heeft ${hours(p.available)} uur. Plaats minder vaak, besteed minder tijd per bericht of maak uren vrij: een plan dat het team niet kan bijhouden, is geen plan.`,
  'capacity.no-hours': (p) =>
    `De publicatiefrequentie vraagt ${hours(p.needed)} uur per week, maar geen teamlid heeft uren voor sociale media. Vul "hours_per_week" in voor elk teamlid.`,
  'capacity.member': (p) =>
    `${p.member} maakt berichten die ${hours(p.needed)} uur per week kosten, maar heeft ${hours(p.available)} uur. Verdeel het werk over meer mensen of verlaag de frequentie.`,
  'start-small.too-many': (p) =>
    `${p.channels} ${p.channels === 1 ? 'kanaal' : 'kanalen'}${p.communities > 0 ? ` en ${p.communities} ${p.communities === 1 ? 'community' : 'community’s'}` : ''} voor ${hours(p.hours)} uur per week is meer dan het team kan opvolgen (ongeveer ${p.allowed}). Begin met minder, laat zien dat je het bijhoudt, en groei dan stap voor stap.`,
  'webcare-defined.missing': (p) =>
    `Webcare is nog niet geregeld: ${list(p.parts)} ontbreekt. Leg vast wie meekijkt en antwoordt, binnen hoeveel uur, en wie goedkeurt en publiceert; onbeantwoorde berichten schaden de reputatie.`,
  'community-participation.low': (p) =>
    `Maar ${p.share}% van ${q(p.community)} maakt of becommentarieert iets: wat er rondgaat is niet representatief. Voeg de community samen met vergelijkbare, stimuleer deelname of haal een expert erbij.`,
  'community-participation.medium': (p) => `${p.share}% van ${q(p.community)} is actief: de moeite waard om aan deel te nemen.`,
  'community-participation.high': (p) =>
    `${p.share}% van ${q(p.community)} is actief: hier moet je aan deelnemen; dit is de beste bron van bruikbare inhoud.`,
  'calendar-in-period.outside': (p) => `${p.date} valt buiten de periode van de strategie (${p.start} tot en met ${p.end}).`,
  'calendar-in-period.no-channel': (p) => `Kalenderitem ${q(p.title)} noemt geen kanaal; zet erbij waar het verschijnt ("channel").`,
  'calendar-blackout.inside': (p) => `${p.date} valt in een stilteperiode (${p.reason}); verplaats het bericht of laat het vervallen.`,
  'blackout.no-reason': () => 'geen berichten',
  'suppressions.unused': (p) => `Dit commentaar onderdrukt "${p.rule}", maar de volgende regel heeft zo’n melding niet; haal het weg.`,
  'suppressions.unknown-rule': (p) =>
    `Onbekende regel ${q(p.rule)} in dit commentaar.${p.suggestion ? ` Bedoelde je ${q(p.suggestion)}?` : ''} "strategy rules" geeft de lijst.`,
  'suppressions.no-reason': () =>
    'Geef een reden na " -- " ("# strategy-disable-next-line two-admins -- pilot met één persoon tot maart"), zodat anderen weten waarom.',
  'checks.unknown-rule': (p) =>
    `Onbekende regel ${q(p.rule)}.${p.suggestion ? ` Bedoelde je ${q(p.suggestion)}?` : ''} "strategy rules" geeft de lijst.`,
  'checks.unknown-option': (p) =>
    `Regel ${q(p.rule)} heeft geen optie ${q(p.option)}. ${p.known.length > 0 ? `Opties: ${list(p.known)}.` : 'De regel heeft geen opties.'}`,
  'checks.option-type': (p) => `Optie ${q(p.option)} moet ${p.expected} zijn.`,
};
