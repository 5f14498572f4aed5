import { describe, expect, it } from 'vitest';
import { auditSnapshotOut } from './audit-snapshot.ts';

describe('auditSnapshotOut', () => {
  it('renders the record’s epoch-ms time fields as ISO, and nothing else', () => {
    const t = Date.parse('2026-06-01T12:00:00Z');
    expect(
      auditSnapshotOut({ id: 'acc_1', createdAt: t, updatedAt: t, publishedAt: null, revokedAt: '2026-06-01T12:00:00.000Z', version: 3, custom: { renewedAt: 5 }, flat: 7 }),
    ).toEqual({
      id: 'acc_1',
      createdAt: '2026-06-01T12:00:00.000Z',
      updatedAt: '2026-06-01T12:00:00.000Z',
      publishedAt: null,
      revokedAt: '2026-06-01T12:00:00.000Z',
      version: 3,
      custom: { renewedAt: 5 },
      flat: 7,
    });
    expect(auditSnapshotOut(null)).toBeNull();
    expect(auditSnapshotOut([1, 2])).toEqual([1, 2]);
    expect(auditSnapshotOut({ sentAt: 1.5 })).toEqual({ sentAt: 1.5 });
  });
});
