// De teksten van de regels in het Nederlands: adviezen over de bouwstenen van de methode en
// over de mensen online.
import type { adviceRules as english } from '../en/rules-advice.js';
import { learners } from './sector-words.js';

export const adviceRules: typeof english = {
  ambassadors: {
    description: 'Studenten, oud-studenten of medewerkers die voor de organisatie posten, hebben richtlijnen als ambassadeur.',
    rationale:
      'Aankomende studenten vertrouwen hun leeftijdsgenoten meer dan de organisatie zelf; studenten, oud-studenten en medewerkers die over haar posten, zijn haar beste ambassadeurs (Kennisnet). Waar ze dat doen, hebben ze richtlijnen nodig (`guidelines.ambassadors`): wat ze posten, hoe ze ondersteund worden en hoe hun naam vermeld wordt, en dat betaalde influencers in hun bericht vermelden dat het reclame is. Een advies voor het vo, mbo, hbo, wo en de volwasseneneducatie; zet het uit met `checks: {ambassadors: off}`.',
    messages: {
      missing: (p, w) =>
        `${w.capital(learners(p.sector))}, oud-${learners(p.sector)} en medewerkers zijn jullie meest vertrouwde stemmen: leg richtlijnen vast voor wie als ambassadeur voor jullie post (wat ze posten, hoe jullie ze ondersteunen en hun naam vermelden).`,
    },
  },
  'building-blocks': {
    description: 'De strategie legt vast waar ze begint (nulmeting), wat sociale media bijdragen (visie) en van wie ze leert (benchmark).',
    rationale:
      'De eerste bouwstenen van de methode komen vóór de doelen: de nulmeting (`baseline`: hoe sociale media nu worden gebruikt, de accounts, de uren), de visie (`organisation.vision`: wat sociale media bijdragen aan de kernstrategie; sociale media zijn geen doel op zich) en de benchmark (`benchmark`: wat vergelijkbare organisaties goed doen, en wat je wilt vermijden). Zonder nulmeting is geen vooruitgang te laten zien, zonder visie geen keuze uit te leggen. Een advies: zet het uit met `checks: {building-blocks: off}`.',
    messages: {
      baseline: () =>
        'Er is geen nulmeting: leg vast hoe jullie sociale media nu gebruiken (de accounts, de uren, wat goed gaat), zodat je later kunt laten zien wat er vooruit is gegaan.',
      vision: () =>
        'Er is geen visie: leg vast wat sociale media bijdragen aan de kernstrategie van jullie organisatie. Sociale media zijn geen doel op zich.',
      benchmark: () => 'Er is geen benchmark: noem een of twee vergelijkbare organisaties, wat ze goed doen en wat je wilt vermijden.',
    },
  },
  listening: {
    description: 'De strategie zegt hoe vaak en hoe het team naar berichten en vermeldingen kijkt.',
    rationale:
      'Webcare begint met signaleren: het team kijkt meerdere keren per dag naar berichten en vermeldingen, op elk kanaal, met de meldingen van de platforms of een monitoringtool (Kennisnet). De strategie legt vast hoe vaak en hoe (`webcare.listening`), zodat een bericht van vrijdagmiddag niet pas op maandag gevonden wordt. Een advies: zet het uit met `checks: {listening: off}`.',
    messages: {
      missing: () =>
        'Leg vast hoe vaak en hoe het team naar berichten en vermeldingen kijkt (bijvoorbeeld drie keer per werkdag, met de meldingen van de platforms): webcare begint met signaleren.',
    },
  },
  'room-to-learn': {
    description: 'De strategie laat ruimte om in de eerste weken dingen uit te proberen en van fouten te leren.',
    rationale:
      'Een nieuwe strategie heeft ruimte nodig om te experimenteren: tijd in de eerste weken om vormen, tijden en toon uit te proberen en te zien wat werkt, en ruimte om fouten samen te bespreken en ervan te leren, in plaats van iemand de schuld te geven (EPALE). De strategie legt vast hoe (`guidelines.learning`), zodat het team durft te proberen. Een advies: zet het uit met `checks: {room-to-learn: off}`.',
    messages: {
      missing: () =>
        'Laat ruimte om te leren: leg vast hoe het team in de eerste weken dingen uitprobeert en hoe het met fouten omgaat (samen bekijken, ervan leren, niemand de schuld geven).',
    },
  },
};
