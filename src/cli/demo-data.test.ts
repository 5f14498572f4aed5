import { describe, expect, it } from 'vitest';
import { ACTIVITY_TYPES } from '../domain/activities.ts';
import { normText } from '../domain/text.ts';
import { ACTIVITY_WINDOW_DAYS, asciiFold, generateDemoData, mulberry32, type DemoData } from './demo-data.ts';

const NOW = Date.parse('2026-06-01T12:00:00Z');
const DAY = 86_400_000;
const full: DemoData = generateDemoData({ seed: 42, now: NOW });

describe('demo data generator', () => {
  it('mulberry32 is deterministic and uniform enough', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const xs = Array.from({ length: 10_000 }, () => a());
    expect(xs.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const again = generateDemoData({ seed: 42, now: NOW });
    expect(again).toEqual(full);
    const other = generateDemoData({ seed: 43, now: NOW, accounts: 20, people: 100 });
    const small = generateDemoData({ seed: 42, now: NOW, accounts: 20, people: 100 });
    expect(other.people.map((p) => p.email)).not.toEqual(small.people.map((p) => p.email));
  });

  it('has the requested numbers of accounts and people, with relations and activities', () => {
    expect(full.accounts).toHaveLength(200);
    expect(full.people).toHaveLength(5000);
    expect(full.relations.length).toBeGreaterThanOrEqual(5000);
    expect(full.activities.length).toBeGreaterThan(10_000);
    const tiny = generateDemoData({ seed: 1, now: NOW, accounts: 3, people: 7 });
    expect(tiny.accounts).toHaveLength(3);
    expect(tiny.people).toHaveLength(7);
  });

  it('builds account trees at most three levels deep, parents first', () => {
    const depth = (i: number): number => {
      const parent = full.accounts[i]?.parent;
      return parent == null ? 1 : 1 + depth(parent);
    };
    full.accounts.forEach((a, i) => {
      if (a.parent != null) expect(a.parent).toBeLessThan(i);
      expect(depth(i)).toBe(a.level);
      expect(a.level).toBeLessThanOrEqual(3);
    });
    const levels = new Set(full.accounts.map((a) => a.level));
    expect([...levels].sort()).toEqual([1, 2, 3]);
    // Account names are unique (they are how people find accounts).
    expect(new Set(full.accounts.map((a) => normText(a.name))).size).toBe(full.accounts.length);
    for (const a of full.accounts) {
      expect(a.name.length).toBeLessThanOrEqual(255);
      expect(a.custom.tier).toMatch(/^Tier [123]$/);
      expect(typeof a.custom.icpFit).toBe('number');
    }
  });

  it('gives every person a unique e-mail, regardless of case', () => {
    const emails = full.people.map((p) => normText(p.email));
    expect(new Set(emails).size).toBe(emails.length);
    expect(emails.every((e) => /^[a-z0-9._]+@[a-z0-9.-]+\.[a-z]+$/.test(e))).toBe(true);
    // …and some are stored with capitals, as CRMs do.
    expect(full.people.some((p) => p.email !== p.email.toLowerCase())).toBe(true);
  });

  it('has messy titles and unicode names', () => {
    const titles = new Set(full.people.map((p) => p.jobTitle));
    for (const t of ['CISO', 'VP, Marketing', 'Sr. Dir. IT Security', 'Head of Legal (EMEA)', 'Chief Revenue Officer', 'Mgr, IT Ops', 'Software Engineer II', 'Director of Procurement', ' director,  data platform ']) {
      expect(titles, t).toContain(t);
    }
    const all = full.people.flatMap((p) => (p.jobTitle ? [p.jobTitle] : []));
    // Shouted titles (not just acronyms like "CISO"), lower-case ones, and stray spaces.
    expect(all.filter((t) => t === t.toUpperCase() && /^[A-Z].* [A-Z]{3,}/.test(t.trim())).length).toBeGreaterThan(10);
    expect(all.filter((t) => t === t.toLowerCase() && /[a-z]/.test(t)).length).toBeGreaterThan(10);
    expect(all.filter((t) => t !== t.trim()).length).toBeGreaterThan(10);
    expect(full.people.some((p) => p.jobTitle === null)).toBe(true);

    const names = new Set(full.people.map((p) => `${p.firstName} ${p.lastName}`));
    for (const n of ['José Núñez', 'Zoë Åkesson', 'Łukasz Wójcik', '太郎 山田']) expect(names, n).toContain(n);
    expect(full.accounts.some((a) => a.city === 'Ærøskøbing')).toBe(true);
    expect(full.accounts.some((a) => /[^\x20-\x7e]/.test(a.name))).toBe(true);
    expect(asciiFold('Łukasz Wójcik Ærø Weiß')).toBe('lukaszwojcikaeroweiss');
  });

  it('relates people mostly as employees, with contractors, leavers and people at two accounts', () => {
    const keys = full.relations.map((r) => `${r.account}/${r.person}`);
    expect(new Set(keys).size).toBe(keys.length);
    const byType = (t: string) => full.relations.filter((r) => r.relationType === t).length;
    expect(byType('employee')).toBeGreaterThan(full.relations.length * 0.8);
    expect(byType('contractor')).toBeGreaterThan(0);
    const ended = full.relations.filter((r) => r.endedOn != null);
    expect(ended.length).toBeGreaterThan(50);
    expect(ended.every((r) => r.endedOn! <= new Date(NOW).toISOString().slice(0, 10))).toBe(true);
    expect(ended.every((r) => r.startedOn == null || r.startedOn <= r.endedOn!)).toBe(true);
    const perPerson = new Map<number, number>();
    for (const r of full.relations) perPerson.set(r.person, (perPerson.get(r.person) ?? 0) + 1);
    expect(perPerson.size).toBe(full.people.length);
    expect([...perPerson.values()].filter((n) => n === 2).length).toBeGreaterThan(20);
  });

  it('puts activities in the last 60 days, with a realistic skew', () => {
    const from = NOW - ACTIVITY_WINDOW_DAYS * DAY;
    expect(full.activities.every((a) => a.occurredAt >= from && a.occurredAt <= NOW)).toBe(true);
    expect(full.activities.every((a) => (ACTIVITY_TYPES as readonly string[]).includes(a.type))).toBe(true);
    const types = new Map<string, number>();
    for (const a of full.activities) types.set(a.type, (types.get(a.type) ?? 0) + 1);
    expect(types.size).toBe(ACTIVITY_TYPES.length);
    expect(types.get('email_opened')!).toBeGreaterThan(types.get('event_attended')!);
    // Skew: the most active 10% of people do more than half of everything; many do nothing.
    const perPerson = new Map<number, number>();
    for (const a of full.activities) perPerson.set(a.person, (perPerson.get(a.person) ?? 0) + 1);
    const counts = [...perPerson.values()].sort((x, y) => y - x);
    const top = counts.slice(0, Math.floor(full.people.length / 10)).reduce((s, n) => s + n, 0);
    expect(top).toBeGreaterThan(full.activities.length / 2);
    expect(perPerson.size).toBeLessThan(full.people.length * 0.8);
    // Sorted by time (the loader gives ids in this order).
    expect(full.activities.every((a, i) => i === 0 || a.occurredAt >= full.activities[i - 1]!.occurredAt)).toBe(true);
  });

  it('does not record activity after a person left and went nowhere we know', () => {
    const relations = new Map<number, { endedOn: string | null }[]>();
    for (const r of full.relations) relations.set(r.person, [...(relations.get(r.person) ?? []), r]);
    for (const a of full.activities) {
      const rs = relations.get(a.person)!;
      if (rs.every((r) => r.endedOn != null)) {
        const lastDay = rs.map((r) => r.endedOn!).sort().at(-1)!;
        expect(a.occurredAt).toBeLessThanOrEqual(Date.parse(`${lastDay}T00:00:00Z`));
      }
    }
  });
});
