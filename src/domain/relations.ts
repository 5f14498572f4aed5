/** How a person relates to an account (SPEC §2): the closed set of relation types. */
export const RELATION_TYPES = ['employee', 'contractor'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];
