#!/usr/bin/env node
// Brings tld-data/ up to date with the root zone, and docs/coverage.md up to date with tld-data/.
// Usage (from the repository root):
//   node tools/root-zone/update.mjs [--iana FILE] [--psl FILE] [--date YYYY-MM-DD] [--write]
//   node tools/root-zone/update.mjs --coverage
//   node tools/root-zone/update.mjs --stubs         (an unverified file for each listed TLD that has none)
// Without --iana the IANA list comes from the newest npm package "tlds" (npm's registry is the only
// network this needs). Without --write it only reports what would change.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import url from 'node:url';

const root = path.resolve(path.dirname(url.fileURLToPath(import.meta.url)), '..', '..');
const tldData = path.join(root, 'tld-data');
const listFile = path.join(tldData, 'root-zone.txt');
const args = process.argv.slice(2);
const option = name => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const flag = name => args.includes(name);
const today = option('--date') ?? new Date().toISOString().slice(0, 10);

const toAscii = tld => tld.split('.').map(l => /^[\x00-\x7f]*$/.test(l) ? l.toLowerCase() : url.domainToASCII(l)).join('.');
const toUnicode = tld => tld.split('.').map(l => l.startsWith('xn--') ? url.domainToUnicode(l) : l).join('.');

/** The TLD names every file in tld-data claims (its tld and aliases, in ASCII), with its coverage and kind. */
function readCatalog() {
  const files = [];
  for (const name of fs.readdirSync(tldData).filter(n => n.endsWith('.json')).sort()) {
    const json = JSON.parse(fs.readFileSync(path.join(tldData, name), 'utf8'));
    if (!json.tld) continue;
    files.push({ name, names: [toAscii(json.tld), ...(json.aliases ?? []).map(toAscii)], coverage: json.coverage ?? '(none)', kind: json.kind });
  }
  return files;
}

function readList() {
  const entries = new Map();
  for (const line of fs.readFileSync(listFile, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [tld, category] = line.trim().split(/\s+/);
    entries.set(tld, category);
  }
  return entries;
}

/** IANA's list: the text file IANA publishes, or the newest npm "tlds" package. */
function ianaList() {
  const file = option('--iana');
  if (file) {
    const lines = fs.readFileSync(file, 'utf8').split('\n').filter(l => l.trim() && !l.startsWith('#'));
    return { names: lines.map(l => l.trim().toLowerCase()), label: `IANA list of top-level domains (${path.basename(file)})` };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tlds-'));
  execFileSync('npm', ['install', '--prefix', dir, '--no-save', '--silent', 'tlds@latest'], { stdio: 'inherit' });
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'node_modules', 'tlds', 'package.json'), 'utf8'));
  const names = JSON.parse(fs.readFileSync(path.join(dir, 'node_modules', 'tlds', 'index.json'), 'utf8')).map(toAscii);
  return { names, label: `IANA list of top-level domains (data.iana.org/TLD/tlds-alpha-by-domain.txt) as shipped by npm "tlds" ${pkg.version}` };
}

/** The Public Suffix List's newGTLDs section (ICANN's gTLD list): which TLDs are gTLDs, and their operators. */
function pslGtlds() {
  const file = option('--psl');
  const operators = new Map();
  if (!file) return operators;
  let inNew = false;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('// newGTLDs')) inNew = true;
    if (line.includes('===END ICANN DOMAINS===')) break;
    const m = inNew && /^\/\/ (\S+) : (.+)$/.exec(line);
    if (m) operators.set(toAscii(m[1]), m[2].trim());
  }
  return operators;
}

function categoryOf(tld, gtlds, previous) {
  if (previous) return previous;
  if (gtlds.has(tld)) return 'gtld';
  if (/^[a-z]{2}$/.test(tld)) return 'cctld';
  return tld.startsWith('xn--') ? 'cctld' : 'gtld';
}

/** A file for a TLD nothing is known about yet: it exists, so names under it get syntax and IDNA checks. */
function stub(tld, category, operator) {
  const json = {
    $schema: '../schema.json',
    tld: toUnicode(tld),
    kind: category === 'cctld' ? 'countryCode' : 'generic',
    coverage: 'unverified',
    ...(operator ? { registryOperator: operator } : {}),
    sources: [{ id: 'iana-root-db', title: `IANA Root Zone Database: .${toUnicode(tld)}`, url: `https://www.iana.org/domains/root/db/${tld}.html`, checked: today }],
    notes: 'Delegated in the root zone; its registration rules have not been researched yet.',
  };
  return JSON.stringify(json, null, 2) + '\n';
}

function update() {
  const previous = readList();
  const iana = ianaList();
  const gtlds = pslGtlds();
  const names = [...new Set(iana.names)].sort();
  const added = names.filter(t => !previous.has(t));
  const removed = [...previous.keys()].filter(t => !names.includes(t));
  const catalog = readCatalog();
  const known = new Set(catalog.flatMap(f => f.names));
  const missing = names.filter(t => !known.has(t));
  console.log(`${iana.label}: ${names.length} TLDs; ${added.length} added, ${removed.length} removed since the last check`);
  for (const t of added) console.log(`  added    ${t}`);
  for (const t of removed) console.log(`  removed  ${t}  (retire ${catalog.find(f => f.names.includes(t))?.name ?? 'its file'} by hand)`);
  for (const t of missing) console.log(`  no file  ${t}${flag('--write') ? ' -> unverified stub written' : ''}`);
  if (!flag('--write')) { console.log('(dry run: --write applies it)'); return; }
  const header = fs.readFileSync(listFile, 'utf8').split('\n').filter(l => l.startsWith('# ') && !/^# (list|checked):/.test(l));
  const lines = [
    ...header.slice(0, 2),
    `# list: ${iana.label}`,
    ...(option('--psl') ? [`# list: categories and operators from the Public Suffix List's ICANN section (${path.basename(option('--psl'))})`] : []),
    `# checked: ${today}`,
    ...header.slice(2),
    ...names.map(t => `${t} ${categoryOf(t, gtlds, previous.get(t))}`),
  ];
  fs.writeFileSync(listFile, lines.join('\n') + '\n');
  for (const t of missing) fs.writeFileSync(path.join(tldData, `${t}.json`), stub(t, categoryOf(t, gtlds, previous.get(t)), gtlds.get(t)));
  writeCoverage();
}

/** docs/coverage.md: counts by coverage level, for gTLDs, ccTLDs and second-level zones. */
function writeCoverage() {
  const list = readList();
  const levels = ['verified', 'baseline', 'unverified', 'closed'];
  const groups = { gTLDs: {}, ccTLDs: {}, 'second-level zones': {} };
  for (const file of readCatalog()) {
    for (const name of file.names) {
      const group = name.includes('.') ? 'second-level zones' : list.get(name) === 'cctld' ? 'ccTLDs' : list.has(name) ? 'gTLDs' : null;
      if (group) groups[group][file.coverage] = (groups[group][file.coverage] ?? 0) + 1;
    }
  }
  const checked = fs.readFileSync(listFile, 'utf8').split('\n').filter(l => /^# (list|checked):/.test(l)).map(l => '- ' + l.slice(2));
  const rows = Object.entries(groups).map(([g, c]) => `| ${g} | ${levels.map(l => c[l] ?? 0).join(' | ')} | ${levels.reduce((s, l) => s + (c[l] ?? 0), 0)} |`);
  const text = [
    '# Catalog coverage',
    '',
    'How well the built-in catalog knows each TLD (`coverage` in every file of `tld-data/`; the levels are',
    'explained in `docs/tld-data-format.md`). A TLD listed under an alias of another file (.pm under fr.json)',
    'counts once per name. Written by `node tools/root-zone/update.mjs --coverage`; a data test fails when',
    'these counts no longer match the files.',
    '',
    'Root zone list this catalog was checked against:',
    '',
    ...checked,
    '',
    '| | verified | baseline | unverified | closed | all |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
  fs.writeFileSync(path.join(root, 'docs', 'coverage.md'), text);
  console.log(rows.join('\n'));
}

/** An unverified file for every TLD of root-zone.txt that no file claims yet; the list itself is not changed. */
function writeStubs() {
  const known = new Set(readCatalog().flatMap(f => f.names));
  const missing = [...readList()].filter(([tld]) => !known.has(tld));
  for (const [tld, category] of missing) fs.writeFileSync(path.join(tldData, `${tld}.json`), stub(tld, category));
  console.log(`${missing.length} unverified files written: ${missing.map(([t]) => t).join(' ')}`);
  writeCoverage();
}

if (flag('--coverage')) writeCoverage(); else if (flag('--stubs')) writeStubs(); else update();
