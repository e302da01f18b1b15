// Which formats each platform carries: the method's "Instagram is for photos, YouTube for
// video", spelled out. `other` (platform or format) always fits.
import type { Format, Platform } from '../model/strategy.js';

export const PLATFORM_FORMATS: Record<Exclude<Platform, 'other'>, readonly Format[]> = {
  instagram: ['photo', 'video', 'short-video', 'story', 'carousel', 'live', 'poll'],
  facebook: ['photo', 'video', 'short-video', 'text', 'story', 'poll', 'live', 'link', 'event', 'carousel'],
  linkedin: ['photo', 'video', 'text', 'poll', 'live', 'link', 'event', 'carousel', 'blog'],
  x: ['photo', 'video', 'short-video', 'text', 'poll', 'live', 'link'],
  tiktok: ['short-video', 'video', 'photo', 'carousel', 'story', 'live'],
  youtube: ['video', 'short-video', 'live', 'podcast', 'poll'],
  snapchat: ['photo', 'short-video', 'story'],
  whatsapp: ['text', 'photo', 'video', 'poll', 'link', 'story'],
  threads: ['text', 'photo', 'video', 'poll', 'link', 'carousel'],
  bluesky: ['text', 'photo', 'video', 'link'],
  mastodon: ['text', 'photo', 'video', 'poll', 'link'],
  pinterest: ['photo', 'video', 'short-video', 'carousel', 'link'],
  'viva-engage': ['text', 'photo', 'video', 'poll', 'event', 'link', 'live', 'blog'],
  teams: ['text', 'photo', 'video', 'poll', 'event', 'link', 'live'],
  website: ['blog', 'text', 'photo', 'video', 'podcast', 'link', 'event'],
  // A school's app for parents (Parro, Social Schools): news, photos of the day, events, polls.
  'parents-app': ['text', 'photo', 'video', 'event', 'poll', 'link'],
};

export function formatsOf(platform: Platform): readonly Format[] | undefined {
  return platform === 'other' ? undefined : PLATFORM_FORMATS[platform];
}

export function fits(platform: Platform, format: Format): boolean {
  const carried = formatsOf(platform);
  return format === 'other' || carried === undefined || carried.includes(format);
}
