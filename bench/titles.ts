/**
 * `npx tsx bench/titles.ts [count]` — how fast classifyTitle is (issue 10: ≤ 10 µs per title).
 * Not a test and not part of `npm run bench`. The titles are the labelled sets' titles varied
 * (case, seniority prefixes, companies, gender markers, locations) so that most strings differ.
 */
import { loadLabelled } from '../src/domain/titles/accuracy.testdata.ts';
import { classifyTitle } from '../src/domain/titles/index.ts';

const count = Number(process.argv[2] ?? 1_000_000);
const base = [...loadLabelled(), ...loadLabelled(new URL('../src/domain/titles/fixtures/blind-titles.tsv', import.meta.url).pathname)].map((r) => r.title);
const prefixes = ['', '', 'Senior ', 'Sr. ', 'Junior ', 'Lead ', 'Interim ', 'Deputy '];
const suffixes = ['', '', ' @ Acme', ' at Globex Corp', ' (m/w/d)', ' - EMEA', ' | Remote', ' bei Müller GmbH', ', DACH', ' (Contract)'];
const titles: string[] = [];
for (let i = 0; titles.length < Math.min(count, 200_000); i++) {
  const t = `${prefixes[i % prefixes.length]}${base[i % base.length]}${suffixes[(i >> 3) % suffixes.length]}`;
  titles.push(i % 7 === 0 ? t.toUpperCase() : i % 11 === 0 ? t.toLowerCase() : t);
}
const distinct = new Set(titles).size;

// warm-up (JIT), then the timed run
for (let i = 0; i < 20_000; i++) classifyTitle(titles[i % titles.length]!);
let checksum = 0;
const cpu = process.cpuUsage();
const start = process.hrtime.bigint();
for (let i = 0; i < count; i++) checksum += classifyTitle(titles[i % titles.length]!).functions.length;
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const used = process.cpuUsage(cpu);
const cpuSeconds = (used.user + used.system) / 1e6;
// CPU time as well as wall time: on a shared, loaded machine the wall clock includes waiting for a core.
console.log(
  `${count.toLocaleString('en')} titles (${distinct.toLocaleString('en')} distinct): wall ${seconds.toFixed(2)} s = ${Math.round(count / seconds).toLocaleString('en')} titles/s, ` +
    `${((seconds / count) * 1e6).toFixed(2)} µs/title; CPU ${cpuSeconds.toFixed(2)} s = ${((cpuSeconds / count) * 1e6).toFixed(2)} µs/title (checksum ${checksum})`,
);
