import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { completeness, engagementScore, groupRawEngagement } from '../domain/scoring/index.ts';
import { WEIGHTING_BANDS, type WeightingBand } from '../domain/roles.ts';
import type { TemplateRole } from '../store/roles-templates.ts';
import { byPersonId, groupScores, scoreModel } from './generation/index.ts';

const ROLE_IDS = ['rol_a', 'rol_b', 'rol_c', 'rol_d', 'rol_e'];
const BANDS = Object.keys(WEIGHTING_BANDS) as WeightingBand[];

const template = fc.uniqueArray(
  fc.record({ roleId: fc.constantFrom(...ROLE_IDS), weightingBand: fc.constantFrom(...BANDS), required: fc.boolean(), membersRequired: fc.integer({ min: 1, max: 4 }) }),
  { selector: (r) => r.roleId, minLength: 0, maxLength: 5 },
);
const members = fc.array(
  fc.record({
    personId: fc.stringMatching(/^per_[0-9A-Z]{6}$/),
    // A member may hold a role the template no longer has (band 0).
    roleId: fc.constantFrom(...ROLE_IDS, 'rol_gone'),
    raw: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 500, noNaN: true }), fc.integer({ min: 0, max: 300 }).map((n) => n * 0.3)),
  }),
  { maxLength: 30 },
);

describe('groupScores', () => {
  it('gives exactly the doubles of the domain scoring functions (same arithmetic, same order)', () => {
    fc.assert(
      fc.property(template, members, fc.double({ min: 1, max: 100, noNaN: true }), (defs, list, k) => {
        const roles = defs.map((d) => ({ ...d, roleName: d.roleId, autoAssign: true, condition: null })) as TemplateRole[];
        const sorted = [...list].sort(byPersonId);
        const counts = new Map<string, number>();
        for (const m of sorted) counts.set(m.roleId, (counts.get(m.roleId) ?? 0) + 1);
        const bands = new Map(roles.map((r) => [r.roleId, WEIGHTING_BANDS[r.weightingBand]]));
        const raw = groupRawEngagement(sorted, (r) => bands.get(r) ?? 0);
        expect(groupScores(scoreModel(roles), sorted, k)).toEqual({ completeness: completeness(roles, counts).score, raw, engagement: engagementScore(raw, k) });
      }),
      { numRuns: 2000 },
    );
  });
});
