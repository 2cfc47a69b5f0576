// Regenerates server/data/gazetteers/*.json (committed; the extension ships them):
//   countries.json  Arabic country names: i18n-iso-countries ('ar') ∪ Node's Intl.DisplayNames('ar')
//   cities.json     Arabic names of CLDR exemplar cities (time-zone cities: capitals and major cities),
//                   read from cldr-dates-full when installed (npm i --no-save cldr-dates-full)
//   anergazet.json  ANERgazet person / location / organisation lists from ../shared/data/anercorp/gazetteer
import * as fs from 'fs';
import * as path from 'path';
import countries from 'i18n-iso-countries';
import arabicCountries from 'i18n-iso-countries/langs/ar.json';

const repo = process.env.MIZAN_REPO ?? path.resolve(__dirname, '..', '..');
const out = path.join(repo, 'server', 'data', 'gazetteers');
const shared = path.resolve(repo, '..', 'shared', 'data', 'anercorp', 'gazetteer');

function write(name: string, data: unknown): void {
  fs.writeFileSync(path.join(out, name), JSON.stringify(data, null, 1) + '\n');
  process.stdout.write(`wrote ${name}\n`);
}

function sortedUnique(names: Iterable<string>): string[] {
  return [...new Set([...names].map((n) => n.trim()).filter((n) => n.length > 1))].sort();
}

function buildCountries(): void {
  countries.registerLocale(arabicCountries);
  const names: string[] = [];
  const display = new Intl.DisplayNames(['ar'], { type: 'region' });
  for (const [code, value] of Object.entries(countries.getNames('ar', { select: 'all' }))) {
    for (const n of Array.isArray(value) ? value : [value]) names.push(n);
    const d = display.of(code);
    if (d && d !== code) names.push(d);
  }
  write('countries.json', { source: 'i18n-iso-countries (ar) and Intl.DisplayNames (ar, region)', LOC: sortedUnique(names) });
}

function buildCities(): void {
  let file: string;
  try {
    file = require.resolve('cldr-dates-full/main/ar/timeZoneNames.json');
  } catch {
    process.stdout.write('cldr-dates-full not installed: cities.json kept as it is\n');
    return;
  }
  const zones = JSON.parse(fs.readFileSync(file, 'utf8')).main.ar.dates.timeZoneNames.zone;
  const names: string[] = [];
  const walk = (o: Record<string, unknown>) => {
    for (const v of Object.values(o)) {
      if (v && typeof v === 'object') {
        const city = (v as { exemplarCity?: string }).exemplarCity;
        if (city) names.push(city);
        else walk(v as Record<string, unknown>);
      }
    }
  };
  walk(zones);
  // The placeholder zone Etc/Unknown is not a city.
  const unknown = zones.Etc?.Unknown?.exemplarCity;
  write('cities.json', { source: 'CLDR exemplar cities (ar), cldr-dates-full, Unicode licence', LOC: sortedUnique(names.filter((n) => n !== unknown)) });
}

/** ANERgazet files: names one a line, groups separated by ==== or **** lines. */
function readAnerGazet(file: string): string[] {
  const lines = fs.readFileSync(path.join(shared, file), 'utf8').split(/\r?\n/);
  return sortedUnique(lines.filter((l) => l.trim() && !/^[=*]+$/.test(l.trim())));
}

function buildAnerGazet(): void {
  if (!fs.existsSync(shared)) {
    process.stdout.write(`${shared} not found: anergazet.json kept as it is\n`);
    return;
  }
  write('anergazet.json', {
    source: 'ANERgazet (Benajiba), distributed with ANERcorp; CC BY-SA 4.0',
    PER: readAnerGazet('AlignedPersGazetteer.txt'),
    LOC: readAnerGazet('AlignedLocGazetteer.txt'),
    ORG: readAnerGazet('AlignedOrgGazetteer.txt'),
  });
}

fs.mkdirSync(out, { recursive: true });
buildCountries();
buildCities();
buildAnerGazet();
