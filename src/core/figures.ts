// The figures platforms' analytics exports hold, by the headings they go by in Dutch,
// English and German: what a KPI's `import.column` names, and what kind of figure each is.

/** Figures as the platforms name them, each with the headings it goes by in the exports. */
export const FIGURES: Record<string, readonly string[]> = {
  // Facebook's older Insights export counts the page's likes, what its newer exports call followers.
  followers: ['followers', 'volgers', 'follower', 'total followers (cumulative)', 'aantal volgers', 'lifetime total likes'],
  new_followers: [
    'new followers',
    'nieuwe volgers',
    'neue follower',
    'follows',
    'volgt',
    'facebook follows',
    'instagram follows',
    // LinkedIn's sheet of new followers calls the day's new ones its total (Dutch: totaal aantal volgers).
    'total followers',
    'totaal aantal volgers',
    'difference in followers from previous day',
    'verschil in volgers ten opzichte van vorige dag',
    'daily new likes',
  ],
  reach: ['reach', 'bereik', 'reichweite', 'instagram reach', 'facebook reach', 'accounts reached', 'daily total reach'],
  views: ['views', 'weergaven', 'aufrufe', 'video views', 'total views', 'videoweergaven', 'videoaufrufe'],
  impressions: ['impressions', 'impressions (total)', 'impressies', 'impressies (totaal)', 'impressionen', 'daily total impressions'],
  likes: ['likes', 'vind-ik-leuks', 'total likes', 'gefällt mir-angaben', 'gefällt mir'],
  reactions: ['reactions', 'reacties', 'reactions (total)', 'reacties (totaal)', 'reaktionen'],
  interactions: [
    'content interactions',
    'interacties met content',
    'reactions, comments and shares',
    'reacties, opmerkingen en deelacties',
  ],
  comments: ['comments', 'opmerkingen', 'kommentare', 'total comments', 'comments (total)', 'opmerkingen (totaal)'],
  shares: [
    'shares',
    'aantal keer gedeeld',
    'deelacties',
    'gedeeld',
    'geteilte inhalte',
    'total shares',
    'reposts',
    'reposts (total)',
    'reposts (totaal)',
    'shares (total)',
  ],
  saves: ['saves', 'aantal keer opgeslagen', 'opgeslagen', 'gespeicherte beiträge', 'gespeichert'],
  clicks: [
    'clicks',
    'clicks (total)',
    'klikken (totaal)',
    'total clicks',
    'totaal aantal klikken',
    'klikken',
    'link clicks',
    'klikken op link',
    'facebook link clicks',
    'instagram link clicks',
    'linkklicks',
  ],
  profile_views: ['profile views', 'profielbezoeken', 'profielweergaven', 'instagram profile visits', 'facebook visits', 'profilaufrufe'],
  page_views: ['page views', 'total page views (total)', 'paginaweergaven', 'totaal aantal paginaweergaven (totaal)', 'seitenaufrufe'],
  visitors: [
    'visitors',
    'unique visitors',
    'total unique visitors (total)',
    'unieke bezoekers',
    'totaal aantal unieke bezoekers (totaal)',
    'besucher',
    'viewers',
    'total viewers',
  ],
  engagement_rate: [
    'engagement rate',
    'engagement rate (total)',
    'engagementpercentage',
    'engagementpercentage (totaal)',
    'interactieratio',
    'interaktionsrate',
  ],
};

/** A heading as compared: without marks, quotes and extra spaces, in lower case. */
export const normal = (heading: string): string =>
  heading
    .replace(/^\uFEFF/, '')
    .replace(/\u00A0/g, ' ')
    .replace(/["„“”]/g, '')
    .replace(/^'|'$/g, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();

/** The figure a heading stands for (reach for "Bereik"), or undefined. */
export function figureOf(heading: string): string | undefined {
  const wanted = normal(heading);
  if (wanted in FIGURES) return wanted;
  const found = Object.keys(FIGURES).find((figure) => FIGURES[figure]!.includes(wanted));
  if (found) return found;
  // A one-figure file's title names the platform too, in the interface's own way: "Instagram
  // reach", "Instagram-bereik", "Bereik op Instagram", "Instagram-Reichweite".
  const bare = wanted.replace(/^(instagram|facebook)[- ]/, '').replace(/ (op|on|auf) (instagram|facebook)$/, '');
  return bare !== wanted ? Object.keys(FIGURES).find((figure) => figure === bare || FIGURES[figure]!.includes(bare)) : undefined;
}

/** Figures that stand on a day (followers): a period's is its last day's. */
export const LEVEL_FIGURES: ReadonlySet<string> = new Set(['followers']);
/** Figures that are a share: a period's is the mean of its days'. */
export const RATE_FIGURES: ReadonlySet<string> = new Set(['engagement_rate']);
