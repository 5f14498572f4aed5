/**
 * People in words: names, and the closed sets of derived values — LinkedIn's seniorities and job
 * functions and Quorum's specialties, by the ids the API stores and compares (src/domain/titles
 * taxonomy.ts; the web app imports nothing of src, so the labels are repeated here).
 */
export const SENIORITY_LABELS: Readonly<Record<string, string>> = {
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
export const FUNCTION_LABELS: Readonly<Record<string, string>> = {
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
export const SPECIALTY_LABELS: Readonly<Record<string, string>> = {
  security: 'Security',
  data_and_analytics: 'Data and Analytics',
  ai_and_machine_learning: 'AI and Machine Learning',
  cloud_and_infrastructure: 'Cloud and Infrastructure',
  software_development: 'Software Development',
  devops_and_sre: 'DevOps and SRE',
  business_applications: 'Business Applications',
  design: 'Design',
  product_marketing: 'Product Marketing',
  demand_generation: 'Demand Generation',
  sales_development: 'Sales Development',
  partnerships: 'Partnerships',
  strategy: 'Strategy',
  risk_and_compliance: 'Risk and Compliance',
  supply_chain: 'Supply Chain',
  talent_acquisition: 'Talent Acquisition',
  general_management: 'General Management',
};
export const DERIVED_SENIORITIES = Object.keys(SENIORITY_LABELS);
export const DERIVED_FUNCTIONS = Object.keys(FUNCTION_LABELS);

/** "cxo" → "CXO", "information_technology" → "Information Technology"; unknown ids readable too. */
export function label(value: string | null | undefined): string {
  if (!value) return '—';
  const known = SENIORITY_LABELS[value] ?? FUNCTION_LABELS[value] ?? SPECIALTY_LABELS[value];
  if (known) return known;
  const words = value.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function fullName(p: { firstName: string | null; lastName: string | null; email: string }): string {
  return [p.firstName, p.lastName].filter(Boolean).join(' ') || p.email;
}

/** "1,200" or "—". */
export function formatNumber(n: number | null | undefined): string {
  return n == null ? '—' : n.toLocaleString();
}

/** "2026-01-31" as a local date, or "—". */
export function formatDay(day: string | null | undefined): string {
  if (!day) return '—';
  const d = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? day : d.toLocaleDateString(undefined, { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' });
}
