// The document's view of who the strategy is for and who carries it out: the organisation, the
// baseline, the audiences and channels, the team, webcare, crisis and privacy.
import { channelPlatformName, platformName } from './labels.js';
import type { Strategy } from '../model/strategy.js';
import type { ViewTools } from './view-tools.js';
import { SCHOOL_SECTORS } from '../core/sectors.js';

export function organisationView(v: ViewTools) {
  const { strategy, l, list } = v;
  return {
    name: strategy.organisation?.name ?? l.label('document.title'),
    sector: strategy.organisation?.sector ? l.value('sector', strategy.organisation.sector) : null,
    vision: strategy.organisation?.vision ?? null,
    // The learning of pupils, students or learners: as the sector names them.
    domains: list(strategy.organisation?.domains).map((d) =>
      d === 'learning'
        ? l.label('organisation.domain-learning', { learners: l.value('learners', strategy.organisation?.sector ?? 'other') })
        : l.value('domain', d),
    ),
    website: strategy.organisation?.website ?? null,
  };
}

export function baselineView(v: ViewTools) {
  const { strategy, language, l, num, list } = v;
  const b = strategy.baseline;
  return b
    ? {
        summary: b.summary ?? null,
        accounts: list(b.accounts).map((a) => ({
          platform: platformName(a.platform, language),
          handle: a.handle ?? null,
          followers: num(a.followers),
          posts: num(a.posts_per_week),
          active: a.active === undefined ? null : l.label(a.active ? 'yes' : 'no'),
          keep: a.keep === undefined ? null : l.label(a.keep ? 'yes' : 'no'),
        })),
        formats: list(b.formats).map((f) => l.value('format', f)),
        existingGoals: list(b.existing_goals),
        owners: list(b.owners),
        hours: num(b.hours_per_week),
        production: b.content_production ?? null,
        satisfaction: b.satisfaction ?? null,
      }
    : null;
}

export function audiencesView(v: ViewTools) {
  const { strategy, language, l, list, map } = v;
  // An audience on a platform outside the list: its own names for it, else those of the
  // strategy's channels there, else the words "other platform".
  const otherPlatformNames = (a: { other_platforms?: string[] }): string[] => {
    const own = list(a.other_platforms)
      .map((name) => name.trim())
      .filter(Boolean);
    if (own.length > 0) return own;
    const channels = map(strategy.channels)
      .filter(([, channel]) => channel.platform === 'other' && channel.platform_name?.trim())
      .map(([, channel]) => channelPlatformName(channel, language));
    return channels.length > 0 ? [...new Set(channels)] : [platformName('other', language)];
  };
  return map(strategy.audiences).map(([id, a]) => ({
    id,
    name: a.name,
    description: a.description ?? null,
    persona: a.persona
      ? {
          name: a.persona.name ?? null,
          age: a.persona.age ?? null,
          gender: a.persona.gender ?? null,
          occupation: a.persona.occupation ?? null,
          income: a.persona.income ?? null,
          interests: list(a.persona.interests),
        }
      : null,
    userTypes: list(a.user_types).map((u) => l.value('userType', u)),
    multiplier: a.multiplier === true,
    platforms: list(a.platforms).flatMap((p) => (p === 'other' ? otherPlatformNames(a) : [platformName(p, language)])),
    usage: a.usage ?? null,
  }));
}

export function channelsView(v: ViewTools) {
  const { strategy, language, l, memberName, audienceName, num, list, map, derived } = v;
  return map(strategy.channels).map(([id, c]) => ({
    id,
    platform: channelPlatformName(c, language),
    handle: c.handle ?? null,
    url: c.url ?? null,
    purpose: c.purpose ?? null,
    audiences: list(c.audiences).map(audienceName),
    admins: list(c.admins).map(memberName),
    visibility: l.value('visibility', c.visibility ?? 'public'),
    formats: list(c.formats).map((f) => l.value('format', f)),
    hoursPerWeek: num(derived.hoursPerChannel[id] ?? 0),
  }));
}

export function teamView(v: ViewTools) {
  const { strategy, l, memberName, num, list, map, derived } = v;
  return strategy.team
    ? {
        owner: strategy.team.owner ? memberName(strategy.team.owner) : null,
        members: map(strategy.team.members).map(([id, m]) => ({
          id,
          name: m.name,
          role: m.role ?? null,
          hours: num(m.hours_per_week),
          cadenceHours: num(derived.hoursPerMember[id] ?? 0),
        })),
        tasks: (['content_management', 'webcare', 'administration'] as const).map((task) => ({
          task: l.label(`task.${task}`),
          who: list(strategy.team?.tasks?.[task]).map(memberName),
        })),
        contributors: list(strategy.team.contributors).map((c) => ({ name: c.name, delivers: c.delivers ?? null })),
        sponsor: strategy.team.sponsor ?? null,
        training: strategy.team.training ?? null,
        outsideHelp: strategy.team.outside_help ?? null,
      }
    : null;
}

export function webcareView(v: ViewTools) {
  const { strategy, l, memberName, num, list } = v;
  const w = strategy.webcare;
  return w
    ? {
        owner: w.owner ? memberName(w.owner) : null,
        responseTime: w.response_time_hours === undefined ? null : `${num(w.response_time_hours)} ${l.label('webcare.hours-unit')}`,
        staffed: w.hours ?? null,
        workflow: (['detect', 'respond', 'approve', 'publish'] as const)
          .filter((step) => w.workflow?.[step])
          .map((step) => ({
            step: l.label(`step.${step}`),
            by: list(w.workflow?.[step]?.by).map(memberName),
            within: num(w.workflow?.[step]?.within_hours),
          })),
        routing: list(w.routing).map((r) => ({ topic: r.topic, to: r.to })),
        priority: w.priority ?? null,
        experts: w.experts ?? null,
        authorities: w.authorities ?? null,
        escalation: w.escalation ?? null,
        coverage: w.coverage ?? null,
        autoReply: w.auto_reply ?? null,
        listening: w.listening ?? null,
      }
    : null;
}

export function crisisView(v: ViewTools) {
  const { strategy, l, say, list } = v;
  const sector = strategy.organisation?.sector ?? 'other';
  return strategy.crisis || strategy.guidelines
    ? {
        plan: strategy.crisis?.plan ?? null,
        spokesperson: strategy.crisis?.spokesperson ?? null,
        contacts: list(strategy.crisis?.contacts),
        firstSteps: list(strategy.crisis?.first_steps),
        hackedAccount: strategy.crisis?.hacked_account ?? null,
        protocol: strategy.guidelines?.protocol ?? null,
        parents: strategy.guidelines?.parents ?? null,
        learning: strategy.guidelines?.learning ?? null,
        ambassadors: strategy.guidelines?.ambassadors ?? null,
        mediaLiteracy: strategy.guidelines?.media_literacy ?? null,
        // Parents and pupils in a school, the students themselves in higher education.
        parentsLabel: !strategy.guidelines?.parents
          ? null
          : SCHOOL_SECTORS.has(sector)
            ? l.label('guidelines.parents', { learners: l.value('learners', sector) })
            : say.capital(l.label('guidelines.inform', { learners: l.value('learners', sector) })),
        styleGuide: strategy.guidelines?.style_guide ?? null,
      }
    : null;
}

export function privacyView(v: ViewTools) {
  const { strategy, l, say, list } = v;
  // Who decides from 16: pupils of a primary school are younger; adults consent for themselves,
  // and for the children at their events, their parents do until 16.
  const reconsent = (sector: NonNullable<Strategy['organisation']>['sector']): string | null =>
    sector === 'po'
      ? null
      : sector === 'adult-education' || sector === 'other' || sector === undefined
        ? l.label('privacy.reconsent-young')
        : l.label('privacy.reconsent', { learners: l.value('learners', sector) });
  return strategy.privacy
    ? {
        policy: strategy.privacy.policy ?? null,
        consent: strategy.privacy.consent ?? null,
        consentPer:
          list(strategy.privacy.consent_per).length > 0
            ? l.label('privacy.consent-per-text', {
                what: say.list(list(strategy.privacy.consent_per).map((per) => l.label(`privacy.per-${per}`))),
              })
            : null,
        register: strategy.privacy.register ?? null,
        withdrawal: strategy.privacy.withdrawal ?? null,
        reconsent: strategy.privacy.reconsent_at_16 === true ? reconsent(strategy.organisation?.sector) : null,
        measures: list(strategy.privacy.measures),
      }
    : null;
}
