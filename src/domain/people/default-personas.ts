/**
 * The default personas (issue 10) every tenant starts with, seeded once by migration 0016 and
 * editable (or deletable) afterwards like any persona: a ladder over the derived seniority, with
 * title keywords (many languages, as people type them) where the seniority alone cannot tell —
 * EVPs are VPs by seniority; analysts, developers and consultants are individual contributors.
 *
 * - CXO/EVP: CXO, owner or partner seniority, or a VP whose title says executive/EVP.
 * - SVP/VP: the other VPs.  Director, Manager: that seniority.
 * - Individual contributor: senior or entry (no management); Analyst, Developer and Consultant
 *   are the individual contributors whose title (or specialty / function) says so; Professional
 *   staff are the other individual contributors.
 * - Other: none of the above (trainees, interns, unpaid, titles the classifier could not read).
 */
import type { Condition } from '../conditions/ast.ts';

export interface DefaultPersona {
  id: string;
  name: string;
  description: string;
  condition: Condition;
}

const seniority = (value: string[]): Condition => ({ field: 'derivedSeniority', op: 'is_one_of', value });
const title = (value: string[]): Condition => ({ field: 'jobTitle', op: 'contains', value });
const persona = (id: string): Condition => ({ persona: id });

export const DEFAULT_PERSONA_IDS = {
  cxo: 'psn_default_cxo_evp',
  vp: 'psn_default_svp_vp',
  director: 'psn_default_director',
  manager: 'psn_default_manager',
  ic: 'psn_default_individual_contributor',
  analyst: 'psn_default_analyst',
  developer: 'psn_default_developer',
  consultant: 'psn_default_consultant',
  professional: 'psn_default_professional_staff',
  other: 'psn_default_other',
} as const;
const P = DEFAULT_PERSONA_IDS;

const EVP_WORDS = ['evp', 'executive vice', 'executive vp', 'exec vp', 'executive director', 'geschäftsleitung', 'directeur exécutif', 'vicepresidente ejecutivo'];
const ANALYST_WORDS = ['analyst', 'analyste', 'analist', 'analytiker', 'analista', 'analytics'];
const DEVELOPER_WORDS = ['developer', 'entwickler', 'ontwikkelaar', 'utvecklare', 'udvikler', 'utvikler', 'développeur', 'developpeur', 'desarrollador', 'sviluppatore', 'desenvolvedor', 'geliştirici', 'programmer', 'programmierer', 'software engineer', 'softwareingenieur'];
const CONSULTANT_WORDS = ['consultant', 'berater', 'adviseur', 'konsult', 'konsulent', 'consultor', 'consulente', 'danışman', 'advisor', 'adviser'];

export const DEFAULT_PERSONAS: readonly DefaultPersona[] = [
  {
    id: P.cxo,
    name: 'CXO/EVP',
    description: 'The top: chief officers, owners, partners, and executive vice presidents.',
    condition: { any: [seniority(['cxo', 'owner', 'partner']), { all: [seniority(['vp']), title(EVP_WORDS)] }] },
  },
  { id: P.vp, name: 'SVP/VP', description: 'Vice presidents below the executive level (SVP, VP, AVP).', condition: { all: [seniority(['vp']), { not: persona(P.cxo) }] } },
  { id: P.director, name: 'Director', description: 'Directors and heads of a function.', condition: seniority(['director']) },
  { id: P.manager, name: 'Manager', description: 'Managers and team leads.', condition: seniority(['manager']) },
  { id: P.ic, name: 'Individual contributor', description: 'Senior and entry-level people who manage no one.', condition: seniority(['senior', 'entry']) },
  {
    id: P.analyst,
    name: 'Analyst',
    description: 'Individual contributors whose title says analyst.',
    condition: { all: [persona(P.ic), title(ANALYST_WORDS)] },
  },
  {
    id: P.developer,
    name: 'Developer',
    description: 'Individual contributors who write software (developer, software engineer, Entwickler, …).',
    condition: { all: [persona(P.ic), { any: [title(DEVELOPER_WORDS), { field: 'derivedSpecialties', op: 'is', value: 'software_development' }] }] },
  },
  {
    id: P.consultant,
    name: 'Consultant',
    description: 'Individual contributors who advise (consultant, Berater, adviseur, …) or work in consulting.',
    condition: { all: [persona(P.ic), { any: [title(CONSULTANT_WORDS), { field: 'derivedFunction', op: 'is', value: 'consulting' }] }] },
  },
  {
    id: P.professional,
    name: 'Professional staff',
    description: 'The other individual contributors: specialists, engineers, accountants, coordinators, …',
    condition: { all: [persona(P.ic), { not: { any: [persona(P.analyst), persona(P.developer), persona(P.consultant)] } }] },
  },
  {
    id: P.other,
    name: 'Other',
    description: 'Everyone else: trainees, interns, unpaid roles, and titles the classifier could not read.',
    condition: { not: { any: [persona(P.cxo), persona(P.vp), persona(P.director), persona(P.manager), persona(P.ic)] } },
  },
];
