// The calendars of strategies the wizard makes, taking every suggestion it offers for when a
// channel posts: a primary school in Dutch and a university in English. Imported with ical.js,
// the posts spread over the week and the day instead of piling up at one minute.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { init } from '../../src/commands/init.js';
import { buildCalendar } from '../../src/render/calendar.js';
import { renderIcs } from '../../src/export/outputs.js';
import type { Strategy } from '../../src/model/strategy.js';
import { lintSource } from '../../src/rules/run.js';
import { captureIo } from '../helpers/io.js';
import { initOptions, ScriptedPrompter } from './scripted.js';
import type { Rule } from './scripted.js';

const PRIMARY: Rule[] = [
  [/^Naam van de school/, 'Basisschool De Klimop'],
  [/^Soort onderwijs/, 'po'],
  [/^Eerste dag van de strategie/, '2026-08-01'],
  [/^Laatste dag van de strategie/, '2027-07-31'],
  [/^In welke regio/, 'midden'],
  [/^Wie is eindverantwoordelijk/, 'Anouk Visser'],
  [/^Wie werkt er nog meer/, 'Bas Jansen'],
  [/^Hoeveel uur per week heeft Anouk/, '4'],
  [/^Hoeveel uur per week heeft Bas/, '2'],
  [/^Doel 1: wat wil je bereiken/, 'Meer ouders volgen het nieuws van school op Facebook.'],
  [/^Doel 2: wat wil je nog meer/, ''],
  [/^Doel 1: hoe meet je dat/, 'volgers op Facebook'],
  [/^Doel 1: waarin druk je dat uit/, 'volgers'],
  [/^Doel 1: waar sta je nu/, '310'],
  [/^Doel 1: waar wil je uitkomen/, '400'],
  [/^Doel 1: wanneer moet dat bereikt zijn/, '2027-07-01'],
  [/^Wie wil je bereiken/, ['Ouders en verzorgers']],
  [/^Nog andere doelgroepen/, 'ouders van nieuwe leerlingen'],
  [/^Op welke platforms/, ['facebook', 'instagram']],
  [/^Naam van het account/, 'De Klimop'],
  [/^Wie beheert het account/, ['Anouk Visser', 'Bas Jansen']],
  [/^Hoeveel berichten per week op Facebook/, '3'],
  [/^Hoeveel berichten per week op Instagram/, '2'],
  [/^Waarover post je/, 'uit de klas, activiteiten, praktische informatie, nieuwe leerlingen'],
  [
    /^Als je foto’s of video’s van (leerlingen|studenten) plaatst/,
    'Bij de inschrijving per doel, vastgelegd in ParnasSys; ouders kunnen hun toestemming altijd intrekken.',
  ],
  [/^Hoe vaak rapporteer je/, 'quarterly'],
  [/^Aan wie\?/, 'de directie'],
  [/^De basis staat/, []],
  [/^Wil je het strategiedocument|^Nu het strategiedocument/, false],
];

const UNIVERSITY: Rule[] = [
  [/^Name of the school/, 'Northbank University of Applied Sciences'],
  [/^Kind of education/, 'hbo'],
  [/^First day of the strategy/, '2026-09-01'],
  [/^Last day of the strategy/, '2027-08-31'],
  [/^Who is responsible for social media/, 'Priya Raman'],
  [/^Who else works on it/, 'Tom Hendriks, Daan Mulder'],
  [/^How many hours a week does Priya/, '12'],
  [/^How many hours a week does Tom/, '8'],
  [/^How many hours a week does Daan/, '6'],
  [/^Goal 1: what do you want to achieve/, 'More applications from prospective students through Instagram.'],
  [/^Goal 2: what else/, ''],
  [/^Goal 1: how do you measure it/, 'applications through Instagram'],
  [/^Goal 1: in what do you count it/, 'applications'],
  [/^Goal 1: where are you now/, '1,200'],
  [/^Goal 1: where do you want to get/, '1,500'],
  [/^Goal 1: by when/, '2027-05-01'],
  [/^Whom do you want to reach/, ['Prospective students', 'Employers and partners']],
  [/^Any other audiences/, 'alumni'],
  [/^Which platforms are you on/, ['instagram', 'linkedin', 'tiktok']],
  [/^Name of the account/, '@northbank'],
  [/^Whom do you reach via Instagram/, ['Prospective students']],
  [/^Whom do you reach via LinkedIn/, ['Employers and partners', 'alumni']],
  [/^Whom do you reach via TikTok/, ['Prospective students']],
  [/^How many posts a week on Instagram/, '4'],
  [/^How many posts a week on LinkedIn/, '3'],
  [/^How many posts a week on TikTok/, '3'],
  [/^What do you post about/, 'student life, research, careers, open days'],
  [/^How often do you report the results/, 'monthly'],
  [/^To whom/, 'the executive board'],
  [/^Fill in other parts now as well/, []],
  [/^Render the strategy document/, false],
];

async function wizardStrategy(language: 'nl' | 'en', script: Rule[]): Promise<Strategy> {
  const dir = mkdtempSync(join(tmpdir(), 'calendar-spread-'));
  const prompter = new ScriptedPrompter(script);
  expect(await init(initOptions(language), captureIo({ cwd: dir }), async () => prompter)).toBe(0);
  const text = readFileSync(join(dir, 'strategy.yaml'), 'utf8');
  expect(lintSource(text, { today: '2026-11-29' }).findings.filter((f) => f.severity === 'error')).toEqual([]);
  return parse(text) as Strategy;
}

/** The start of each post's event, as ical.js reads it: the weekday (0 Sunday) and the time of day. */
function starts(ics: string): { weekday: number; time: string; date: string; summary: string }[] {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  return calendar
    .getAllSubcomponents('vevent')
    .map((event) => event.getFirstPropertyValue('dtstart') as ICAL.Time)
    .map((time, i, all) => ({ time, summary: String(calendar.getAllSubcomponents('vevent')[i]!.getFirstPropertyValue('summary')), all }))
    .filter(({ time }) => !time.isDate)
    .map(({ time, summary }) => ({
      weekday: time.dayOfWeek() - 1,
      time: `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`,
      date: time.toString().slice(0, 10),
      summary,
    }));
}

describe('the calendar of a wizard-made strategy, with the suggested posting times', () => {
  it.each([
    ['a primary school', 'nl', PRIMARY],
    ['a university', 'en', UNIVERSITY],
  ] as const)(
    'of %s spreads over at least four weekdays and three times of day, one post per channel at a time',
    async (_, language, script) => {
      const strategy = await wizardStrategy(language, script);
      const ics = renderIcs(strategy, buildCalendar(strategy), language);
      const posts = starts(ics);
      expect(posts.length).toBeGreaterThan(100);
      expect(new Set(posts.map((p) => p.weekday)).size).toBeGreaterThanOrEqual(4);
      expect(new Set(posts.map((p) => p.time)).size).toBeGreaterThanOrEqual(3);
      // No channel has two events at one moment (the channel is the summary's first part).
      const moments = posts.map((p) => `${p.summary.slice(0, p.summary.indexOf(']'))} ${p.date} ${p.time}`);
      expect(new Set(moments).size).toBe(moments.length);
      // No moment of the year carries more than two posts, where it used to carry eight.
      const perMoment = new Map<string, number>();
      for (const p of posts) perMoment.set(`${p.date} ${p.time}`, (perMoment.get(`${p.date} ${p.time}`) ?? 0) + 1);
      expect(Math.max(...perMoment.values())).toBeLessThanOrEqual(2);
    },
  );
});
