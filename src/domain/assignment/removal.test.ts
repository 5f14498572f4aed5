import { describe, expect, it } from 'vitest';
import { ruleRemovalReason } from './removal.ts';

describe('why rules remove a member', () => {
  const rel = (id: string, endedOn: string | null, accountId = 'acc_1') => ({ id, accountId, relationType: 'employee', endedOn });

  it('still related (an active relation in scope): no longer matches the conditions', () => {
    expect(ruleRemovalReason([rel('rel_a', '2026-01-01'), rel('rel_b', null)], '2026-06-01')).toMatchObject({ code: 'no_longer_matches', relation: null });
    expect(ruleRemovalReason([rel('rel_a', '2026-07-01')], '2026-06-01').code).toBe('no_longer_matches');
  });

  it('every relation ended: left the account, carrying the relation that ended last', () => {
    const r = ruleRemovalReason([rel('rel_a', '2026-01-01'), rel('rel_b', '2026-05-31', 'acc_2')], '2026-06-01');
    expect(r).toEqual({ code: 'left_account', reason: 'left the account (their relation ended)', relation: { id: 'rel_b', accountId: 'acc_2', type: 'employee', endedOn: '2026-05-31' } });
    // A relation ending today is no longer active (active means endedOn > today, as everywhere).
    expect(ruleRemovalReason([rel('rel_a', '2026-06-01')], '2026-06-01').code).toBe('left_account');
  });

  it('no relation left at all: the relation was deleted', () => {
    expect(ruleRemovalReason([], '2026-06-01')).toMatchObject({ code: 'no_longer_related', relation: null });
  });
});
