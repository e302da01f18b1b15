// Every rule, in the order of the method. `strategy rules` lists them in this order.
import audienceReached from './audience-reached.js';
import calendarBlackout from './calendar-blackout.js';
import calendarInPeriod from './calendar-in-period.js';
import calendarSlots from './calendar-slots.js';
import calendarTimezone from './calendar-timezone.js';
import cadenceDays from './cadence-days.js';
import holidayData from './holiday-data.js';
import holidayRegion from './holiday-region.js';
import capacity from './capacity.js';
import channelPurpose from './channel-purpose.js';
import communityParticipation from './community-participation.js';
import contentFitsChannel from './content-fits-channel.js';
import goalMeasured from './goal-measured.js';
import goalSmart from './goal-smart.js';
import periodOrder from './period-order.js';
import references from './references.js';
import startSmall from './start-small.js';
import suppressions from './suppressions.js';
import twoAdmins from './two-admins.js';
import webcareDefined from './webcare-defined.js';
import essentials from './essentials.js';
import completeness from './completeness.js';
import goalTarget from './goal-target.js';
import kpiFitsGoal from './kpi-fits-goal.js';
import goalKpiClear from './goal-kpi-clear.js';
import measurementDate from './measurement-date.js';
import followAudience from './follow-audience.js';
import webcarePractice from './webcare-practice.js';
import imageConsent from './image-consent.js';
import consentDetails from './consent-details.js';
import crisisReady from './crisis-ready.js';
import measurementsCurrent from './measurements-current.js';
import onCourse from './on-course.js';
import reviewDue from './review-due.js';
import backing from './backing.js';
import normalisedFile from './normalised-file.js';
import buildingBlocks from './building-blocks.js';
import roomToLearn from './room-to-learn.js';
import listening from './listening.js';
import ambassadors from './ambassadors.js';
import type { AnyRule } from './types.js';

export const RULES: readonly AnyRule[] = [
  essentials,
  buildingBlocks,
  periodOrder,
  goalSmart,
  goalTarget,
  goalMeasured,
  kpiFitsGoal,
  goalKpiClear,
  audienceReached,
  followAudience,
  channelPurpose,
  twoAdmins,
  contentFitsChannel,
  completeness,
  capacity,
  startSmall,
  webcareDefined,
  webcarePractice,
  listening,
  crisisReady,
  imageConsent,
  consentDetails,
  backing,
  roomToLearn,
  ambassadors,
  measurementDate,
  measurementsCurrent,
  onCourse,
  reviewDue,
  communityParticipation,
  calendarInPeriod,
  calendarBlackout,
  calendarTimezone,
  cadenceDays,
  calendarSlots,
  holidayRegion,
  holidayData,
  normalisedFile,
  references,
  suppressions,
] as readonly unknown[] as readonly AnyRule[];

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.id);

export function findRule(id: string): AnyRule | undefined {
  return RULES.find((rule) => rule.id === id);
}

export const DOCS_BASE = 'https://unpkg.com/strategy-as-code/docs/rules/';
export const docsUrl = (id: string): string => `${DOCS_BASE}${id}.md`;
