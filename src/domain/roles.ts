/** The six default buying-group roles (SPEC §2). They cannot be renamed or deleted. */
export const DEFAULT_ROLES = [
  { id: 'rol_decision_maker', name: 'Decision Maker' },
  { id: 'rol_influencer', name: 'Influencer' },
  { id: 'rol_practitioner', name: 'Practitioner' },
  { id: 'rol_executive_steering_committee', name: 'Executive Steering Committee' },
  { id: 'rol_champion', name: 'Champion' },
  { id: 'rol_other', name: 'Other' },
] as const;

/** SPEC §9: roles, defaults included. */
export const MAX_ROLES = 50;
/** SPEC §9: role definitions per template. */
export const MAX_TEMPLATE_ROLES = 50;

/** Weighting bands for roles in a template (SPEC §5). */
export const WEIGHTING_BANDS = {
  trivial: 20,
  minor: 40,
  normal: 60,
  important: 80,
  vital: 100,
} as const;
export type WeightingBand = keyof typeof WEIGHTING_BANDS;
