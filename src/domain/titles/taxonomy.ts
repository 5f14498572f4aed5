/**
 * The taxonomy job titles are classified into: LinkedIn's ten seniorities and 26 job functions
 * (stable ids, never renamed: they will be stored and compared by conditions), plus the finer
 * specialties buying groups ask for ("security", "data and analytics", …) that LinkedIn folds into
 * a broad function.
 */

/** Lowest to highest: the index is the rank used when a compound title takes its highest part. */
export const SENIORITIES = ['unpaid', 'training', 'entry', 'senior', 'manager', 'director', 'vp', 'cxo', 'partner', 'owner'] as const;
export type SeniorityId = (typeof SENIORITIES)[number];

export const SENIORITY_LABELS: Readonly<Record<SeniorityId, string>> = {
  unpaid: 'Unpaid',
  training: 'Training',
  entry: 'Entry',
  senior: 'Senior',
  manager: 'Manager',
  director: 'Director',
  vp: 'VP',
  cxo: 'CXO',
  partner: 'Partner',
  owner: 'Owner',
};

export const FUNCTIONS = [
  'accounting',
  'administrative',
  'arts_and_design',
  'business_development',
  'community_and_social_services',
  'consulting',
  'education',
  'engineering',
  'entrepreneurship',
  'finance',
  'healthcare_services',
  'human_resources',
  'information_technology',
  'legal',
  'marketing',
  'media_and_communication',
  'military_and_protective_services',
  'operations',
  'product_management',
  'program_and_project_management',
  'purchasing',
  'quality_assurance',
  'real_estate',
  'research',
  'sales',
  'customer_success_and_support',
] as const;
export type FunctionId = (typeof FUNCTIONS)[number];

export const FUNCTION_LABELS: Readonly<Record<FunctionId, string>> = {
  accounting: 'Accounting',
  administrative: 'Administrative',
  arts_and_design: 'Arts and Design',
  business_development: 'Business Development',
  community_and_social_services: 'Community and Social Services',
  consulting: 'Consulting',
  education: 'Education',
  engineering: 'Engineering',
  entrepreneurship: 'Entrepreneurship',
  finance: 'Finance',
  healthcare_services: 'Healthcare Services',
  human_resources: 'Human Resources',
  information_technology: 'Information Technology',
  legal: 'Legal',
  marketing: 'Marketing',
  media_and_communication: 'Media and Communication',
  military_and_protective_services: 'Military and Protective Services',
  operations: 'Operations',
  product_management: 'Product Management',
  program_and_project_management: 'Program and Project Management',
  purchasing: 'Purchasing',
  quality_assurance: 'Quality Assurance',
  real_estate: 'Real Estate',
  research: 'Research',
  sales: 'Sales',
  customer_success_and_support: 'Customer Success and Support',
};

/** Finer areas inside (or across) the functions that buying-group roles are defined by. */
export const SPECIALTIES = [
  'security',
  'data_and_analytics',
  'ai_and_machine_learning',
  'cloud_and_infrastructure',
  'software_development',
  'devops_and_sre',
  'business_applications',
  'design',
  'product_marketing',
  'demand_generation',
  'sales_development',
  'partnerships',
  'strategy',
  'risk_and_compliance',
  'supply_chain',
  'talent_acquisition',
  'general_management',
] as const;
export type SpecialtyId = (typeof SPECIALTIES)[number];

export const SENIORITY_RANK: Readonly<Record<SeniorityId, number>> = Object.fromEntries(SENIORITIES.map((s, i) => [s, i])) as Record<SeniorityId, number>;
export const isSeniority = (s: string): s is SeniorityId => (SENIORITIES as readonly string[]).includes(s);
export const isFunction = (s: string): s is FunctionId => (FUNCTIONS as readonly string[]).includes(s);
export const isSpecialty = (s: string): s is SpecialtyId => (SPECIALTIES as readonly string[]).includes(s);
