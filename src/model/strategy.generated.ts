/* Generated from schemas/strategy.schema.json by scripts/generate-types.mjs. Do not edit. */

/**
 * A web address starting with http:// or https://.
 *
 * This interface was referenced by `Strategy`'s JSON-Schema
 * via the `definition` "url".
 */
export type Url = string;
/**
 * A calendar date written as YYYY-MM-DD.
 *
 * This interface was referenced by `Strategy`'s JSON-Schema
 * via the `definition` "isoDate".
 */
export type IsoDate = string;
/**
 * A social-media platform. `parents-app` is a school's app for parents (Parro, Social Schools and the like). Use `other` for a platform not in the list, with the channel's `platform_name`.
 *
 * This interface was referenced by `Strategy`'s JSON-Schema
 * via the `definition` "platform".
 */
export type Platform =
  | 'instagram'
  | 'facebook'
  | 'linkedin'
  | 'x'
  | 'tiktok'
  | 'youtube'
  | 'snapchat'
  | 'whatsapp'
  | 'threads'
  | 'bluesky'
  | 'mastodon'
  | 'pinterest'
  | 'viva-engage'
  | 'teams'
  | 'website'
  | 'parents-app'
  | 'other';
/**
 * A kind of post. Platforms carry different formats: Instagram is for photos and short video, YouTube for video.
 *
 * This interface was referenced by `Strategy`'s JSON-Schema
 * via the `definition` "format".
 */
export type Format =
  | 'photo'
  | 'video'
  | 'short-video'
  | 'text'
  | 'story'
  | 'poll'
  | 'live'
  | 'blog'
  | 'podcast'
  | 'carousel'
  | 'link'
  | 'event'
  | 'other';
/**
 * A list of short texts.
 *
 * This interface was referenced by `Strategy`'s JSON-Schema
 * via the `definition` "textList".
 */
export type TextList = string[];
/**
 * A number of hours (may have decimals).
 *
 * This interface was referenced by `Strategy`'s JSON-Schema
 * via the `definition` "hours".
 */
export type Hours = number;
/**
 * A short identifier: lower-case letters, digits and hyphens, starting with a letter or digit.
 *
 * This interface was referenced by `Strategy`'s JSON-Schema
 * via the `definition` "id".
 */
export type Id = string;
/**
 * A list of ids defined elsewhere in the strategy.
 *
 * This interface was referenced by `Strategy`'s JSON-Schema
 * via the `definition` "idList".
 */
export type IdList = Id[];
/**
 * A day of the week: mon, tue, wed, thu, fri, sat or sun.
 *
 * This interface was referenced by `Strategy`'s JSON-Schema
 * via the `definition` "weekday".
 */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
/**
 * A time of day written as HH:MM (24-hour clock).
 *
 * This interface was referenced by `Strategy`'s JSON-Schema
 * via the `definition` "clockTime".
 */
export type ClockTime = string;
/**
 * How often something happens.
 *
 * This interface was referenced by `Strategy`'s JSON-Schema
 * via the `definition` "frequency".
 */
export type Frequency = 'daily' | 'weekly' | 'monthly' | 'quarterly' | 'yearly';
/**
 * autumn, christmas, spring, may or summer.
 *
 * This interface was referenced by `Strategy`'s JSON-Schema
 * via the `definition` "schoolHoliday".
 */
export type SchoolHoliday = 'autumn' | 'christmas' | 'spring' | 'may' | 'summer';
/**
 * A severity, or a block with `severity` and the rule's options.
 *
 * This interface was referenced by `Strategy`'s JSON-Schema
 * via the `definition` "ruleSetting".
 */
export type RuleSetting =
  | Severity
  | {
      severity?: Severity;
      /**
       * An option of the rule, such as `min` for `two-admins`.
       */
      [k: string]: number | string | boolean | Severity | undefined;
    };
/**
 * How a rule's findings count: `off` (not checked), `info`, `warning` or `error` (fails the check).
 *
 * This interface was referenced by `Strategy`'s JSON-Schema
 * via the `definition` "severity".
 */
export type Severity = 'off' | 'info' | 'warning' | 'error';

/**
 * A social-media strategy as code, block by block: baseline, vision, goals, audiences, channels, content, implementation, benchmark, control and calendar. Keys are English; values are written in the strategy's own language. The schema checks the shape only: whether the strategy is good by the method (SMART goals, two administrators per channel, a cadence that fits the team) is checked by the rules of `strategy check`.
 */
export interface Strategy {
  /**
   * Version of this file format. Only version 1 exists.
   */
  version: 1;
  /**
   * Language of the values in this file and of the documents generated from it: `nl` (Dutch) or `en` (English).
   */
  language?: 'nl' | 'en';
  organisation?: Organisation;
  period?: Period;
  baseline?: Baseline;
  /**
   * The goals of the strategy, keyed by a short id that other blocks refer to. Every goal should be SMART: specific, measurable, achievable, relevant and time-bound.
   */
  goals?: {
    [k: string]: Goal | undefined;
  };
  /**
   * The people the strategy wants to reach, keyed by a short id that goals, channels and pillars refer to.
   */
  audiences?: {
    [k: string]: Audience | undefined;
  };
  /**
   * The social-media accounts the strategy uses, keyed by a short id that pillars, the cadence and the calendar refer to.
   */
  channels?: {
    [k: string]: Channel | undefined;
  };
  content?: Content;
  team?: Team;
  webcare?: Webcare;
  crisis?: Crisis;
  guidelines?: Guidelines;
  privacy?: Privacy;
  /**
   * Comparable organisations: what they do well, which mistakes to avoid, which practices to copy.
   */
  benchmark?: BenchmarkEntry[];
  control?: Control;
  /**
   * Online communities the organisation takes part in or runs, with their size and participation.
   */
  communities?: Community[];
  costs?: Costs;
  reflection?: Reflection;
  /**
   * The strategy's reviews, one per period (a quarter, usually): what went well, what was hard, what to try next and what was decided. `strategy review` writes the report for a period; `strategy init --block review` adds the debrief here.
   */
  reviews?: Review[];
  calendar?: Calendar;
  document?: Document;
  /**
   * Figures `strategy render --format yaml` adds to the normalised strategy (hours per channel and member, capacity used). A strategy file does not need them; `strategy schema --normalised` describes that file.
   */
  derived?: {
    /**
     * Hours a week the cadence takes.
     */
    cadence_hours_per_week?: number;
    /**
     * Hours a week the team has.
     */
    team_hours_per_week?: number;
    /**
     * Cadence hours divided by team hours; null without team hours.
     */
    capacity_used?: number | null;
    /**
     * Minutes a week the cadence takes, per channel id.
     */
    minutes_per_week_per_channel?: {
      [k: string]: number | undefined;
    };
    /**
     * Minutes a week of posting and webcare, per team member id.
     */
    minutes_per_week_per_member?: {
      [k: string]: number | undefined;
    };
  };
  /**
   * How strictly `strategy check` holds this strategy to the method: per rule id, a severity (`off`, `info`, `warning`, `error`) or a block with `severity` and the rule's options. `strategy rules` lists the rules.
   */
  checks?: {
    [k: string]: RuleSetting | undefined;
  };
}
/**
 * The organisation this strategy is for, and what social media contributes to its core strategy.
 *
 * This interface was referenced by `Strategy`'s JSON-Schema
 * via the `definition` "organisation".
 */
export interface Organisation {
  /**
   * Name of the organisation.
   */
  name: string;
  /**
   * Education sector: po (primary), vo (secondary), mbo (vocational), hbo (universities of applied sciences), wo (universities), adult-education, or other.
   */
  sector?: 'po' | 'vo' | 'mbo' | 'hbo' | 'wo' | 'adult-education' | 'other';
  /**
   * What social media contributes to the organisation's core strategy.
   */
  vision?: string;
  /**
   * Where social media is used: the institution's communication, the students' learning, and staff's professional development.
   *
   * Items: communication, learning or professional-development.
   */
  domains?: ('communication' | 'learning' | 'professional-development')[];
  website?: Url;
}
/**
 * The period the strategy covers. Goal deadlines and calendar items fall inside it.
 *
 * This interface was referenced by `Strategy`'s JSON-Schema
 * via the `definition` "period".
 */
export interface Period {
  start: IsoDate;
  end: IsoDate;
}
/**
 * How social media is used today, before this strategy: the zero measurement every later block is compared with.
 *
 * This interface was referenced by `Strategy`'s JSON-Schema
 * via the `definition` "baseline".
 */
export interface Baseline {
  /**
   * How the organisation uses social media today, in a few sentences.
   */
  summary?: string;
  /**
   * The accounts the organisation has today.
   */
  accounts?: Account[];
  /**
   * The formats used today.
   */
  formats?: Format[];
  existing_goals?: TextList;
  owners?: TextList;
  hours_per_week?: Hours;
  /**
   * How content is made today: who writes, photographs and films, and where material comes from.
   */
  content_production?: string;
  /**
   * How satisfied the organisation is with the current situation, from 1 (very dissatisfied) to 5 (very satisfied).
   */
  satisfaction?: number;
}
/**
 * An account that exists today.
 *
 * This interface was referenced by `Strategy`'s JSON-Schema
 * via the `definition` "account".
 */
export interface Account {
  platform: Platform;
  /**
   * Account name as shown on the platform.
   */
  handle?: string;
  /**
   * Number of followers today.
   */
  followers?: number;
  /**
   * Average number of posts per week today.
   */
  posts_per_week?: number;
  /**
   * Whether the account is really in use (posted in the last month).
   */
  active?: boolean;
  /**
   * Whether the account is kept under the new strategy.
   */
  keep?: boolean;
}
/**
 * A SMART goal: specific, measurable, achievable, relevant and time-bound. Vague: "we want more fans". SMART: "by 31 December the Facebook page has 10% more fans".
 *
 * This interface was referenced by `Strategy`'s JSON-Schema
 * via the `definition` "goal".
 */
export interface Goal {
  /**
   * The goal in one sentence.
   */
  statement: string;
  /**
   * What is measured to know whether the goal is reached.
   */
  metric?: string;
  /**
   * The value of the metric at the start.
   */
  baseline?: number;
  /**
   * The value of the metric that means the goal is reached.
   */
  target?: number;
  /**
   * Unit of the metric, baseline and target.
   */
  unit?: string;
  deadline?: IsoDate;
  owner?: Id;
  audiences?: IdList;
  sustain_until?: IsoDate;
  /**
   * A short name for the goal in tables, charts and the summary. Without it, the metric or the start of the statement.
   */
  name?: string;
  measured_by?: Id;
  /**
   * How the metric behaves: `level` stands at a value that moves (followers; progress from baseline to target), `total` is counted up within the period (applications this intake; progress against the target by the share of the period gone), `rate` is a share or a speed (messages answered within 24 hours, % of posts with a reaction).
   */
  kind?: 'level' | 'total' | 'rate';
  /**
   * Whether the goal is to raise the metric or to lower it (fewer complaints, a shorter response time). Without it, the direction from baseline to target.
   */
  direction?: 'increase' | 'decrease';
  /**
   * The target relative to the baseline: `percent: 10` is 10% more than the baseline ("10% more fans"), `amount: 50` is 50 more; negative for a decrease. With it, `target` may be left out; when both are given they must agree.
   */
  target_change?: {
    /**
     * Change as a percentage of the baseline.
     */
    percent?: number;
    /**
     * Change in the goal's unit.
     */
    amount?: number;
  };
}
/**
 * A group the strategy wants to reach. Follow your audience: use the platforms where it already is.
 *
 * This interface was referenced by `Strategy`'s JSON-Schema
 * via the `definition` "audience".
 */
export interface Audience {
  /**
   * Name of the audience.
   */
  name: string;
  /**
   * Who they are and what they need from us.
   */
  description?: string;
  persona?: Persona;
  /**
   * How this audience uses social media: traditionalists (read, rarely react), networkers (connect and share), gamers (play and compete), producers (make and post content).
   *
   * Items: traditionalist, networker, gamer or producer.
   */
  user_types?: ('traditionalist' | 'networker' | 'gamer' | 'producer')[];
  /**
   * Whether this audience spreads our message in its own networks (alumni, placement companies, partner organisations).
   */
  multiplier?: boolean;
  /**
   * Platforms on which this audience is active.
   */
  platforms?: Platform[];
  /**
   * The names of the platforms outside the list where this audience is active (with `other` among its platforms): Discord, a club's own app.
   */
  other_platforms?: string[];
  /**
   * How this audience uses those platforms.
   */
  usage?: string;
}
/**
 * A typical member of the audience.
 *
 * This interface was referenced by `Strategy`'s JSON-Schema
 * via the `definition` "persona".
 */
export interface Persona {
  /**
   * A made-up name that makes the persona concrete.
   */
  name?: string;
  /**
   * Age or age range.
   */
  age?: string;
  /**
   * Gender, if it matters for the message.
   */
  gender?: string;
  /**
   * Occupation or study.
   */
  occupation?: string;
  /**
   * Income level, if relevant.
   */
  income?: string;
  interests?: TextList;
}
/**
 * An account the strategy uses. Chosen because the audience is there and it fits the brand.
 *
 * This interface was referenced by `Strategy`'s JSON-Schema
 * via the `definition` "channel".
 */
export interface Channel {
  platform: Platform;
  /**
   * The platform's own name, for a platform not in the list (`platform: other`): Discord, a school's own app; or which parents' app (`platform: parents-app`): Parro, Social Schools.
   */
  platform_name?: string;
  /**
   * Account name on the platform.
   */
  handle?: string;
  url?: Url;
  /**
   * What this channel is for.
   */
  purpose?: string;
  audiences?: IdList;
  goals?: IdList;
  admins?: IdList;
  /**
   * Whether the channel is public or closed (a closed group).
   */
  visibility?: 'public' | 'closed';
  /**
   * Formats posted on this channel.
   */
  formats?: Format[];
  /**
   * When this channel posts: the days and the times of day. Every day with every time is a slot. The calendar puts the channel's posts in these slots, at most one per slot, spread over the week. Without slots the calendar uses days and times when the platform's users are most active (see `docs/posting-times.md`).
   */
  slots?: {
    /**
     * Days on which this channel posts.
     */
    days?: Weekday[];
    /**
     * Times of day at which this channel posts.
     *
     * @maxItems 24
     */
    times?: ClockTime[];
  };
}
/**
 * What the strategy communicates (pillars) and how often (cadence).
 *
 * This interface was referenced by `Strategy`'s JSON-Schema
 * via the `definition` "content".
 */
export interface Content {
  principles?: TextList;
  /**
   * The themes content is about, keyed by a short id.
   */
  pillars?: {
    [k: string]: Pillar | undefined;
  };
  /**
   * How often each pillar is posted on each channel.
   */
  cadence?: CadenceEntry[];
}
/**
 * A theme content is about, serving goals and audiences.
 *
 * This interface was referenced by `Strategy`'s JSON-Schema
 * via the `definition` "pillar".
 */
export interface Pillar {
  /**
   * Name of the pillar.
   */
  name: string;
  /**
   * What posts in this pillar are about.
   */
  description?: string;
  goals?: IdList;
  audiences?: IdList;
  channels?: IdList;
  /**
   * Formats used for this pillar.
   */
  formats?: Format[];
  /**
   * The pillar's share of the posts, in percent. The posts of a cadence entry without a pillar take the pillars of their channel in turn, each as often as its share (0: never); without shares, equally often.
   */
  share?: number;
}
/**
 * How often one pillar is posted on one channel, on which days and at what time.
 *
 * This interface was referenced by `Strategy`'s JSON-Schema
 * via the `definition` "cadenceEntry".
 */
export interface CadenceEntry {
  channel: Id;
  pillar?: Id;
  /**
   * Number of posts per week.
   */
  per_week: number;
  /**
   * Weekdays on which to post.
   */
  days?: Weekday[];
  time?: ClockTime;
  format?: Format;
  /**
   * Time needed to make and publish one post, in minutes.
   */
  minutes_per_post?: number;
  owner?: Id;
}
/**
 * Who carries out the strategy: one accountable owner, the members and their hours, and the three core tasks.
 *
 * This interface was referenced by `Strategy`'s JSON-Schema
 * via the `definition` "team".
 */
export interface Team {
  owner?: Id;
  /**
   * Team members, keyed by a short id that channels, goals and the cadence refer to.
   */
  members?: {
    [k: string]: Member | undefined;
  };
  /**
   * Who does each of the three core tasks.
   */
  tasks?: {
    content_management?: IdList;
    webcare?: IdList;
    administration?: IdList;
  };
  /**
   * Teams or departments that deliver content.
   *
   * Items: A team or department that delivers content.
   */
  contributors?: {
    /**
     * Team or department.
     */
    name: string;
    /**
     * What content it delivers.
     */
    delivers?: string;
  }[];
  /**
   * The board member or head who backs the strategy and makes room for it.
   */
  sponsor?: string;
  /**
   * How staff who post are trained and supported.
   */
  training?: string;
  /**
   * When and whom the team calls in from outside: a trainer, an agency, an adviser of the school board, Kennisnet.
   */
  outside_help?: string;
}
/**
 * A person who works on social media.
 *
 * This interface was referenced by `Strategy`'s JSON-Schema
 * via the `definition` "member".
 */
export interface Member {
  /**
   * Name of the person.
   */
  name: string;
  /**
   * Role or job title.
   */
  role?: string;
  hours_per_week?: Hours;
  /**
   * E-mail address.
   */
  email?: string;
}
/**
 * Listening and responding: who answers what, how fast, and when to escalate.
 *
 * This interface was referenced by `Strategy`'s JSON-Schema
 * via the `definition` "webcare".
 */
export interface Webcare {
  owner?: Id;
  response_time_hours?: Hours;
  /**
   * When webcare is staffed.
   */
  hours?: string;
  /**
   * Who detects, responds, approves and publishes, each within which term.
   */
  workflow?: {
    detect?: WorkflowStep;
    respond?: WorkflowStep;
    approve?: WorkflowStep;
    publish?: WorkflowStep;
  };
  /**
   * Which kind of question goes to whom: practical questions to the information desk, reputation-sensitive ones to communications.
   *
   * Items: A kind of question and who answers it.
   */
  routing?: {
    /**
     * Kind of question.
     */
    topic: string;
    /**
     * Who answers it (a person, desk or department).
     */
    to: string;
  }[];
  /**
   * Which cases get priority.
   */
  priority?: string;
  /**
   * When a subject-matter expert is involved.
   */
  experts?: string;
  /**
   * What the community manager may do without asking.
   */
  authorities?: string;
  /**
   * When and to whom to escalate (the accountable executive).
   */
  escalation?: string;
  /**
   * Who reads along in the evenings, at weekends and in holidays, or that nobody does and the auto-reply says so.
   */
  coverage?: string;
  /**
   * The automatic answer outside staffed hours, saying when an answer comes.
   */
  auto_reply?: string;
  hours_per_week?: Hours;
  /**
   * Questions, comments and mentions expected a week.
   */
  messages_per_week?: number;
  /**
   * Time one message takes, finding the answer included.
   */
  minutes_per_message?: number;
  /**
   * One person may detect, answer, approve and publish alone (a small school where the head answers directly).
   */
  one_person?: boolean;
  /**
   * How often and how the team looks for messages and mentions: three times a school day, with the platforms' notifications or a monitoring tool.
   */
  listening?: string;
}
/**
 * Who does this step and within how many hours.
 *
 * This interface was referenced by `Strategy`'s JSON-Schema
 * via the `definition` "workflowStep".
 */
export interface WorkflowStep {
  by?: IdList;
  within_hours?: Hours;
}
/**
 * How criticism and crises are handled on social media.
 *
 * This interface was referenced by `Strategy`'s JSON-Schema
 * via the `definition` "crisis".
 */
export interface Crisis {
  /**
   * What happens in a crisis, step by step.
   */
  plan?: string;
  /**
   * Who speaks for the organisation (a person or role).
   */
  spokesperson?: string;
  contacts?: TextList;
  first_steps?: TextList;
  /**
   * What to do when an account is taken over: who recovers it, who warns followers. The most common incident.
   */
  hacked_account?: string;
}
/**
 * Rules everyone knows: the social-media protocol and the style guide.
 *
 * This interface was referenced by `Strategy`'s JSON-Schema
 * via the `definition` "guidelines".
 */
export interface Guidelines {
  /**
   * The social-media protocol (house rules) for staff and students, or where to find it.
   */
  protocol?: string;
  /**
   * Tone of voice and visual style, or where to find them.
   */
  style_guide?: string;
  /**
   * How parents (and pupils) learn about the school's social media: an information evening, a letter, the school guide.
   */
  parents?: string;
  /**
   * Time to try things out in the first weeks, and how mistakes are handled: looked at together and learned from, not blamed.
   */
  learning?: string;
  /**
   * Guidelines for students, alumni or staff who post for the organisation as ambassadors or influencers: what they post, how they are supported and credited.
   */
  ambassadors?: string;
  /**
   * How pupils and students learn to use social media well: in lessons, a mentor hour, a project.
   */
  media_literacy?: string;
}
/**
 * How privacy and safety are protected: consent for photos, personal data, minors.
 *
 * This interface was referenced by `Strategy`'s JSON-Schema
 * via the `definition` "privacy".
 */
export interface Privacy {
  /**
   * The privacy policy that applies, or where to find it.
   */
  policy?: string;
  /**
   * How consent for photos and video is asked and recorded.
   */
  consent?: string;
  measures?: TextList;
  /**
   * What consent is asked for separately: per `purpose` (website, social media, brochure) and per `platform`. The Dutch data-protection authority asks consent per purpose.
   */
  consent_per?: ('purpose' | 'platform')[];
  /**
   * Who keeps the record of consent, and where, so a maker can check it before posting.
   */
  register?: string;
  /**
   * What happens when consent is withdrawn: which posts are removed, by whom, how fast.
   */
  withdrawal?: string;
  /**
   * Consent given by parents is asked again of the pupil at 16, who decides from then on.
   */
  reconsent_at_16?: boolean;
  /**
   * Whether recognisable people under 18 appear in the posts: pupils, or young visitors at an open day or an event. Without it, the sector decides: yes for po, vo and mbo.
   */
  minors?: boolean;
}
/**
 * A comparable organisation and what to learn from it.
 *
 * This interface was referenced by `Strategy`'s JSON-Schema
 * via the `definition` "benchmarkEntry".
 */
export interface BenchmarkEntry {
  /**
   * Name of the organisation.
   */
  organisation: string;
  url?: Url;
  strengths?: TextList;
  avoid?: TextList;
}
/**
 * How results are measured, reported and followed up.
 *
 * This interface was referenced by `Strategy`'s JSON-Schema
 * via the `definition` "control".
 */
export interface Control {
  /**
   * Key performance indicators, keyed by a short id.
   */
  kpis?: {
    [k: string]: Kpi | undefined;
  };
  /**
   * How often results are reported, and to whom.
   */
  reporting?: {
    cadence?: Frequency;
    /**
     * Who receives the report.
     */
    audience?: string;
  };
  tools?: TextList;
  hours_per_week?: Hours;
  /**
   * Measured values over time; they show progress towards each target.
   *
   * Items: One measured value of a KPI.
   */
  measurements?: {
    kpi: Id;
    date: IsoDate;
    /**
     * The measured value, in the KPI's unit.
     */
    value: number;
    /**
     * Context for this figure.
     */
    note?: string;
  }[];
}
/**
 * A key performance indicator that measures a goal.
 *
 * This interface was referenced by `Strategy`'s JSON-Schema
 * via the `definition` "kpi".
 */
export interface Kpi {
  goal: Id;
  /**
   * What is measured.
   */
  metric?: string;
  /**
   * Where the figure comes from: platform insights, web analytics, a monitoring tool.
   */
  source?: string;
  frequency?: Frequency;
  import?: KpiImport;
  /**
   * What one measurement is: `level` the value as it stands on its date (followers, or applications so far this school year), `count` what happened in the period the measurement closes (applications this month, new followers this month; a goal counted within its period adds them up), `rate` a share or a speed (% answered within 24 hours). Without it: from `import.aggregate` (sum: count, last: level, mean: rate), else the kind of the goal, where that settles it.
   */
  kind?: 'level' | 'count' | 'rate';
  /**
   * Unit of the KPI's measurements. Without it, the unit of its goal. The KPI that measures a goal has the goal's unit.
   */
  unit?: string;
  /**
   * The KPI's own target, in its own unit, for a supporting figure (reach per month, for instance). The goal's target is the goal's.
   */
  target?: number;
}
/**
 * Which platform export feeds this KPI in `strategy measure import`: the platform, the export's column, how a period's rows become one figure, and the period.
 *
 * This interface was referenced by `Strategy`'s JSON-Schema
 * via the `definition` "kpiImport".
 */
export interface KpiImport {
  /**
   * The platform whose analytics export holds the figure.
   */
  platform: 'facebook' | 'instagram' | 'linkedin' | 'tiktok';
  /**
   * The export's column: a figure's name (followers, new_followers, reach, views, impressions, likes, reactions, interactions, comments, shares, saves, clicks, profile_views, page_views, visitors, engagement_rate) or the column's heading as the export writes it, in any language.
   */
  column: string;
  /**
   * How the rows of a period become one figure: their sum (posts, views), the last value (followers) or their mean (a rate).
   */
  aggregate?: 'sum' | 'last' | 'mean';
  /**
   * The period one measurement covers; it is dated on the period's last day.
   */
  per?: 'day' | 'week' | 'month' | 'quarter';
}
/**
 * An online community. Below 15% active members it is not representative; from 15% take part; above 30% you must take part.
 *
 * This interface was referenced by `Strategy`'s JSON-Schema
 * via the `definition` "community".
 */
export interface Community {
  /**
   * Name of the community.
   */
  name: string;
  platform?: Platform;
  /**
   * Number of members.
   */
  members?: number;
  /**
   * Share of members who create or critique content, from 0 to 1 (0.2 is 20%).
   */
  active_share?: number;
  owner?: Id;
}
/**
 * Accounts are free; the costs are people, time and training. The benefits follow from the goals.
 *
 * This interface was referenced by `Strategy`'s JSON-Schema
 * via the `definition` "costs".
 */
export interface Costs {
  /**
   * Costs and benefits in a few sentences.
   */
  summary?: string;
  /**
   * Costs per item.
   *
   * Items: One cost.
   */
  items?: {
    /**
     * What the cost is for.
     */
    description: string;
    /**
     * Amount in euros.
     */
    amount_eur?: number;
    /**
     * Period the amount applies to.
     */
    per?: 'once' | 'month' | 'year';
  }[];
  benefits?: TextList;
}
/**
 * A rose, thorn and bud debrief after a workshop or review.
 *
 * This interface was referenced by `Strategy`'s JSON-Schema
 * via the `definition` "reflection".
 */
export interface Reflection {
  /**
   * A high point.
   */
  rose?: string;
  /**
   * What was hard.
   */
  thorn?: string;
  /**
   * A new idea or something to look forward to.
   */
  bud?: string;
}
/**
 * One review of the strategy: the period it looks back on and its rose, thorn and bud debrief.
 *
 * This interface was referenced by `Strategy`'s JSON-Schema
 * via the `definition` "review".
 */
export interface Review {
  date: IsoDate;
  /**
   * The period looked back on: a quarter (2027-Q1), a month (2027-01) or two dates (2027-01-01/2027-03-31).
   */
  period: string;
  /**
   * What went well.
   */
  rose?: string;
  /**
   * What was hard or went wrong.
   */
  thorn?: string;
  /**
   * A new idea, or what to try next.
   */
  bud?: string;
  decisions?: TextList;
  by?: TextList;
}
/**
 * Blackout periods, key dates and planned items of the content calendar.
 *
 * This interface was referenced by `Strategy`'s JSON-Schema
 * via the `definition` "calendar".
 */
export interface Calendar {
  /**
   * IANA time zone of calendar times.
   */
  timezone?: string;
  holidays?: Holidays;
  /**
   * Domain name that makes the calendar's event ids unique, such as the organisation's web domain. Keep it unchanged: calendar apps recognise events by it. Without it the domain of `organisation.website` is used.
   */
  uid_domain?: string;
  /**
   * Campaign parameters added to the links of planned items, so web analytics shows which posts bring visitors. By default the source is the platform, the medium `social` and the campaign the item's campaign or pillar.
   */
  utm?: {
    /**
     * utm_source; the platform when left out.
     */
    source?: string;
    /**
     * utm_medium.
     */
    medium?: string;
    /**
     * utm_campaign when an item names no campaign of its own; the pillar when left out.
     */
    campaign?: string;
    /**
     * Whether links get UTM parameters at all.
     */
    enabled?: boolean;
  };
  /**
   * How calendar.csv is written for the spreadsheet program of the team.
   */
  csv?: {
    /**
     * Character between columns: `;` for Excel with Dutch (and most European) regional settings, `,` for English regional settings and Google Sheets, `tab` for a tab.
     */
    delimiter?: ';' | ',' | 'tab';
  };
  /**
   * Periods without posts, such as school holidays.
   *
   * Items: A period without posts.
   */
  blackout?: {
    from: IsoDate;
    to: IsoDate;
    /**
     * Why there are no posts.
     */
    reason?: string;
  }[];
  /**
   * At most this many planned posts a day, over all channels together. Without it, what the team's hours allow: its hours a week spread over five working days, divided by the minutes a post takes.
   */
  max_posts_per_day?: number;
  run_up?: RunUp;
  /**
   * Dates the content works towards: open days, enrolment deadlines, graduation.
   *
   * Items: A date the content works towards.
   */
  key_dates?: {
    date: IsoDate;
    /**
     * What happens.
     */
    title: string;
    channels?: IdList;
    id?: Id;
    run_up?: RunUp;
  }[];
  /**
   * Posts planned explicitly. An item at the time of a post the calendar planned on its channel and day takes that post's place; an item without a time takes the place of the first such post left (one of its pillar first), or else a time of the channel still free that day.
   */
  items?: CalendarItem[];
}
/**
 * Public holidays and the school holidays of a region in the Netherlands, from data shipped with the tool. On a skipped day no post is planned; a marked day is shown in the calendar and posts go ahead.
 *
 * This interface was referenced by `Strategy`'s JSON-Schema
 * via the `definition` "holidays".
 */
export interface Holidays {
  /**
   * The school-holiday region: noord, midden or zuid. Without it school holidays are not known.
   */
  region?: 'noord' | 'midden' | 'zuid';
  /**
   * skip: no posts on public holidays (New Year's Day, Good Friday, Easter, King's Day, Liberation Day, Ascension Day, Whitsun, Christmas); mark: show them and post as planned; ignore: leave them out. Remembrance Day (4 May) is always shown.
   */
  public?: 'skip' | 'mark' | 'ignore';
  /**
   * skip: no posts in the region's school holidays; mark: show them and post as planned; ignore: leave them out.
   */
  school?: 'skip' | 'mark' | 'ignore';
  /**
   * Days off of your own, or a school holiday at other dates than the region's (a school that moves its autumn break).
   */
  local?: LocalHoliday[];
}
/**
 * A day or days off of your own. With `replaces` it takes the place of that school holiday of the region in the same school year.
 *
 * This interface was referenced by `Strategy`'s JSON-Schema
 * via the `definition` "localHoliday".
 */
export interface LocalHoliday {
  from: IsoDate;
  to: IsoDate;
  /**
   * What it is called, such as Studiedag.
   */
  name?: string;
  replaces?: SchoolHoliday;
}
/**
 * The posts that lead up to a key date on each channel that announces it: an announcement, a reminder and a post on the day itself.
 *
 * This interface was referenced by `Strategy`'s JSON-Schema
 * via the `definition` "runUp".
 */
export interface RunUp {
  /**
   * How many days before the date it is announced; 0 for no announcement.
   */
  announce?: number;
  /**
   * How many days before the date a reminder is posted; 0 for no reminder.
   */
  remind?: number;
  /**
   * Whether a post goes out on the day itself.
   */
  on_the_day?: boolean;
}
/**
 * One planned post.
 *
 * This interface was referenced by `Strategy`'s JSON-Schema
 * via the `definition` "calendarItem".
 */
export interface CalendarItem {
  date: IsoDate;
  time?: ClockTime;
  channel?: Id;
  pillar?: Id;
  /**
   * What the post is about.
   */
  title: string;
  owner?: Id;
  /**
   * Where the post stands.
   */
  status?: 'idea' | 'planned' | 'in-progress' | 'ready' | 'published' | 'cancelled';
  format?: Format;
  id?: Id;
  /**
   * The post's copy, as it will be published.
   */
  text?: string;
  link?: Url;
  /**
   * The photo, video or design the post uses: a file name or a link.
   */
  asset?: string;
  /**
   * Hashtags, with or without #.
   */
  hashtags?: string[];
  /**
   * The campaign the post belongs to, such as the open days in spring.
   */
  campaign?: string;
  approved_by?: Id;
  approved_on?: IsoDate;
  published_url?: Url;
}
/**
 * The strategy as a document: whether it is a draft or adopted, its version and who adopted it when.
 *
 * This interface was referenced by `Strategy`'s JSON-Schema
 * via the `definition` "document".
 */
export interface Document {
  /**
   * draft (concept) or adopted (vastgesteld).
   */
  status?: 'draft' | 'adopted';
  /**
   * Version of the document, such as 1.2.
   */
  version?: string;
  /**
   * Who adopted the strategy: the board, the management team.
   */
  adopted_by?: string;
  adopted_on?: IsoDate;
  authors?: TextList;
  /**
   * The wiki strategy.md is read in: github and gitlab draw charts from Mermaid fences, azure-devops from `::: mermaid` blocks, plain shows charts as tables. `render --flavour` overrides it.
   */
  flavour?: 'github' | 'gitlab' | 'azure-devops' | 'plain';
}
