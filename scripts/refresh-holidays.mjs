// Refreshes data/holidays-nl.json, the Dutch holidays the calendar knows:
// - public holidays and 4 May from the date-holidays library (data licence CC BY 3.0), for
//   the years in PUBLIC_YEARS;
// - school holidays per region from the open data of the Dutch government (CC0), for every
//   school year it publishes, fetched from opendata.rijksoverheid.nl.
//
//   node scripts/refresh-holidays.mjs            both parts
//   node scripts/refresh-holidays.mjs --public   only the public holidays (no network)
//
// School years the government no longer returns are kept; a year it returns replaces ours.
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const DATA = fileURLToPath(new URL('../data/holidays-nl.json', import.meta.url));
export const PUBLIC_YEARS = [2020, 2040];
const API = 'https://opendata.rijksoverheid.nl/v1/sources/rijksoverheid/infotypes/schoolholidays/schoolyear';

/** date-holidays' rules for the Netherlands, by the id the calendar uses. */
export const PUBLIC_RULES = {
  '01-01': 'new-year',
  'easter -2': 'good-friday',
  easter: 'easter',
  'easter 1': 'easter-monday',
  '04-27 if sunday then previous saturday since 2014': 'kings-day',
  '05-04': 'remembrance',
  '05-05': 'liberation',
  'easter 39': 'ascension',
  'easter 49': 'whitsun',
  'easter 50': 'whit-monday',
  '12-25': 'christmas',
  '12-26': 'boxing-day',
};

/** The public holidays of the Netherlands in the given years, as [date, id], from date-holidays. */
export function publicHolidays([first, last] = PUBLIC_YEARS) {
  const Holidays = require('date-holidays');
  const holidays = new Holidays('NL');
  const days = [];
  for (let year = first; year <= last; year++) {
    for (const holiday of holidays.getHolidays(year)) {
      const id = PUBLIC_RULES[holiday.rule];
      if (id) days.push([holiday.date.slice(0, 10), id]);
    }
  }
  return days.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

const TYPES = {
  herfstvakantie: 'autumn',
  kerstvakantie: 'christmas',
  voorjaarsvakantie: 'spring',
  meivakantie: 'may',
  zomervakantie: 'summer',
};
const REGIONS = ['noord', 'midden', 'zuid'];

/**
 * One school year from the government's answer: content[0].vacations[] with a type
 * ("Herfstvakantie "), compulsorydates ("true"/"false") and regions[] of { region ("noord",
 * "midden", "zuid" or "heel Nederland"), startdate, enddate } as UTC times of local midnight.
 */
export function parseSchoolYear(answer) {
  const content = answer?.content?.[0];
  if (!content || !Array.isArray(content.vacations)) throw new Error('no content[0].vacations in the answer');
  const holidays = [];
  for (const vacation of content.vacations) {
    const id = TYPES[String(vacation.type).trim().toLowerCase()];
    if (!id) continue;
    // One week of the May holiday is set by regulation, whatever the answer says of it.
    const entry = { id, advisory: id !== 'may' && String(vacation.compulsorydates).trim() !== 'true' };
    for (const region of vacation.regions ?? []) {
      const name = String(region.region).trim().toLowerCase();
      const range = [localDate(region.startdate), localDate(region.enddate)];
      for (const target of name === 'heel nederland' ? REGIONS : [name]) if (REGIONS.includes(target)) entry[target] = range;
    }
    if (REGIONS.every((region) => entry[region])) holidays.push(entry);
  }
  return { schoolyear: String(content.schoolyear).trim(), holidays };
}

/** "2026-10-16T22:00:00.000Z" is 17 October in Amsterdam. */
function localDate(value) {
  const text = String(value).trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(text),
  );
}

async function fetchSchoolYears(current) {
  const first = new Date().getFullYear() - 1;
  const years = new Map(current.map((year) => [year.schoolyear, year]));
  for (let start = first; start <= first + 6; start++) {
    const schoolyear = `${start}-${start + 1}`;
    const response = await fetch(`${API}/${schoolyear}?output=json`).catch((error) => ({ ok: false, status: error.message }));
    if (!response.ok) {
      console.log(`${schoolyear}: not published (${response.status})`);
      continue;
    }
    years.set(schoolyear, parseSchoolYear(await response.json()));
    console.log(`${schoolyear}: fetched`);
  }
  return [...years.values()].sort((a, b) => (a.schoolyear < b.schoolyear ? -1 : 1));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const data = JSON.parse(await readFile(DATA, 'utf8'));
  data.public.days = publicHolidays();
  data.public.years = PUBLIC_YEARS;
  data.public.source = `date-holidays ${require('date-holidays/package.json').version}`;
  if (!process.argv.includes('--public')) {
    data.school.years = await fetchSchoolYears(data.school.years);
    data.school.retrieved = new Date().toISOString().slice(0, 10);
  }
  // One line per day or date range: short arrays of dates and numbers on one line.
  const text = JSON.stringify(data, null, 1).replace(/\[\s*(?:"[^"\n]*"|\d+)(?:,\s*(?:"[^"\n]*"|\d+))*\s*\]/g, (array) =>
    array.replace(/\s+/g, ''),
  );
  await writeFile(DATA, `${text}\n`);
  console.log(
    `data/holidays-nl.json: public holidays ${PUBLIC_YEARS.join('–')}, school years ${data.school.years.map((y) => y.schoolyear).join(', ')}`,
  );
}
