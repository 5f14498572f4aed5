import { describe, expect, it } from 'vitest';
import { normText } from '../text.ts';
import { DERIVED_FUNCTIONS, DERIVED_SENIORITIES, deriveFunction, deriveSeniority, titleTokens } from './derive.ts';

// [title, seniority, function]
const TITLES: [string, string | null, string | null][] = [
  // the classics, with punctuation, abbreviations and extra spaces
  ['VP, Marketing', 'vp', 'marketing'],
  ['Sr. Dir. IT Security', 'director', 'security'],
  ['Head of Legal (EMEA)', 'director', 'legal'],
  ['CISO', 'c-level', 'security'],
  ['Chief Revenue Officer', 'c-level', 'sales'],
  ['SVP Engineering', 'vp', 'engineering'],
  ['Mgr, IT Ops', 'manager', 'it'],
  ['  vp   ,   marketing  ', 'vp', 'marketing'],
  ['V.P. of Sales', 'vp', 'sales'],
  ['Sr.VP Sales & Marketing', 'vp', 'sales'],
  ['EVP & GM, Cloud', 'vp', 'executive'],
  ['AVP, Finance', 'vp', 'finance'],
  ['Vice President, Human Resources', 'vp', 'hr'],
  ['Vice-President Information Technology', 'vp', 'it'],
  ['Senior Vice President of Product', 'vp', 'product'],
  // C-suite
  ['CEO', 'c-level', 'executive'],
  ['C.E.O.', 'c-level', 'executive'],
  ['Co-Founder & CEO', 'c-level', 'executive'],
  ['Founder', 'c-level', 'executive'],
  ['President', 'c-level', 'executive'],
  ['Owner', 'c-level', 'executive'],
  ['Business Owner', 'c-level', 'executive'],
  ['Chairman of the Board', 'c-level', 'executive'],
  ['Vice Chairman', 'c-level', 'executive'],
  ['Managing Director', 'c-level', 'executive'],
  ['Managing Director, Sales', 'c-level', 'sales'],
  ['Chief Executive', 'c-level', 'executive'],
  ['Chief Financial Officer', 'c-level', 'finance'],
  ['CFO', 'c-level', 'finance'],
  ['Chief Operating Officer', 'c-level', 'operations'],
  ['Chief Technology Officer', 'c-level', 'engineering'],
  ['CTO', 'c-level', 'engineering'],
  ['Chief Information Officer', 'c-level', 'it'],
  ['CIO', 'c-level', 'it'],
  ['Chief Information Security Officer', 'c-level', 'security'],
  ['Chief Marketing Officer', 'c-level', 'marketing'],
  ['Chief People Officer', 'c-level', 'hr'],
  ['CHRO', 'c-level', 'hr'],
  ['Chief Legal Officer', 'c-level', 'legal'],
  ['Chief Data & Analytics Officer', 'c-level', 'data'],
  ['Chief Product Officer', 'c-level', 'product'],
  ['Chief Customer Officer', 'c-level', 'customer success'],
  ['Chief Medical Officer', 'c-level', null],
  ['Geschäftsführer', 'c-level', 'executive'],
  ['Directeur Général', 'c-level', 'executive'],
  ['Partner', 'c-level', null],
  ['Board Member', 'c-level', 'executive'],
  // people who serve executives are not executives
  ['Executive Assistant to the CEO', 'individual contributor', null],
  ['Assistant to the President', 'individual contributor', null],
  ['EA to CFO', 'individual contributor', null],
  ['Chief of Staff to the CEO', 'director', 'executive'],
  ['Director, Office of the CFO', 'director', null],
  // directors and heads
  ['Director of IT', 'director', 'it'],
  ['IT Director', 'director', 'it'],
  ['Senior Director, Product Marketing', 'director', 'marketing'],
  ['Associate Director, Clinical Data', 'director', 'data'],
  ['Assistant Director of Procurement', 'director', 'procurement'],
  ['Head of R&D', 'director', 'engineering'],
  ['Head of Talent Acquisition', 'director', 'hr'],
  ['Creative Director', 'director', 'design'],
  ['Executive Director', 'director', null],
  ['General Manager', 'director', 'executive'],
  ['Chief Architect', 'director', 'engineering'],
  ['Directeur Marketing', 'director', 'marketing'],
  ['Leiter IT', 'director', 'it'],
  ['Jefe de Compras', 'director', 'procurement'],
  ['General Counsel', 'vp', 'legal'],
  // managers
  ['Engineering Manager', 'manager', 'engineering'],
  ['Engineering Manager, Data Platform', 'manager', 'engineering'],
  ['Product Manager', 'manager', 'product'],
  ['Mktg Mgr', 'manager', 'marketing'],
  ['Sales Operations Manager', 'manager', 'sales'],
  ['Marketing Operations Manager', 'manager', 'marketing'],
  ['Customer Success Manager', 'manager', 'customer success'],
  ['Team Lead, Customer Support', 'manager', 'customer success'],
  ['IT Support Supervisor', 'manager', 'it'],
  ['Purchasing Manager', 'manager', 'procurement'],
  ['Supply Chain Manager', 'manager', 'operations'],
  ['Partner Manager', 'manager', 'sales'],
  ['Gerente de Ventas', 'manager', 'sales'],
  ['Responsable Informatique', 'manager', 'it'],
  ['Ｓｅｎｉｏｒ　Ｍａｎａｇｅｒ，　ＩＴ', 'manager', 'it'],
  // individual contributors
  ['Software Engineer', 'individual contributor', 'engineering'],
  ['Senior Software Engineer II', 'individual contributor', 'engineering'],
  ['Security Engineer', 'individual contributor', 'security'],
  ['IT Security Analyst', 'individual contributor', 'security'],
  ['Network Engineer', 'individual contributor', 'it'],
  ['Systems Administrator', 'individual contributor', 'it'],
  ['Sysadmin', 'individual contributor', 'it'],
  ['DevOps Engineer', 'individual contributor', 'engineering'],
  ['Data Engineer', 'individual contributor', 'data'],
  ['Data Scientist', 'individual contributor', 'data'],
  ['Account Executive', 'individual contributor', 'sales'],
  ['SDR', 'individual contributor', 'sales'],
  ['Sales Engineer', 'individual contributor', 'sales'],
  ['Product Owner', 'individual contributor', 'product'],
  ['Product Designer', 'individual contributor', 'design'],
  ['UX Designer', 'individual contributor', 'design'],
  ['HR Business Partner', 'individual contributor', 'hr'],
  ['Recruiter', 'individual contributor', 'hr'],
  ['Paralegal', 'individual contributor', 'legal'],
  ['Corporate Counsel', 'individual contributor', 'legal'],
  ['Compliance Analyst', 'individual contributor', 'legal'],
  ['FP&A Analyst', 'individual contributor', 'finance'],
  ['Staff Accountant', 'individual contributor', 'finance'],
  ['Controller', 'individual contributor', 'finance'],
  ['Buyer', 'individual contributor', 'procurement'],
  ['Technical Support Engineer', 'individual contributor', 'customer success'],
  ['Intern', 'individual contributor', null],
  ['Consultant', 'individual contributor', null],
  ['Ingénieur Logiciel', 'individual contributor', 'engineering'],
  ['CEO 👑', 'c-level', 'executive'],
  // no usable title
  ['', null, null],
  ['   ', null, null],
  ['-', null, null],
  ['n/a', null, null],
  ['N/A', null, null],
  ['Unknown', null, null],
  ['???', null, null],
];

describe('deriveSeniority / deriveFunction', () => {
  it.each(TITLES)('%j → %s, %s', (title, seniority, fn) => {
    expect(deriveSeniority(title)).toBe(seniority);
    expect(deriveFunction(title)).toBe(fn);
  });

  it('treats null and undefined titles as unknown', () => {
    expect(deriveSeniority(null)).toBeNull();
    expect(deriveSeniority(undefined)).toBeNull();
    expect(deriveFunction(null, null)).toBeNull();
  });

  it.each<[string | null, string | null, string | null]>([
    ['Director', 'Information Technology', 'it'],
    ['Manager', 'Legal & Compliance', 'legal'],
    ['Analyst', 'R&D', 'engineering'],
    [null, 'Sales', 'sales'],
    ['Marketing Manager', 'IT', 'marketing'], // the title wins
    ['Consultant', 'Other', null],
  ])('falls back to the department: %j in %j → %s', (title, department, fn) => {
    expect(deriveFunction(title, department)).toBe(fn);
  });

  it('returns only the documented, already normalised values', () => {
    for (const [title] of TITLES) {
      const s = deriveSeniority(title);
      const f = deriveFunction(title);
      if (s !== null) {
        expect(DERIVED_SENIORITIES).toContain(s);
        expect(normText(s)).toBe(s);
      }
      if (f !== null) {
        expect(DERIVED_FUNCTIONS).toContain(f);
        expect(normText(f)).toBe(f);
      }
    }
  });

  it('tokenises robustly', () => {
    expect(titleTokens('Sr. Dir. IT Security')).toEqual(['senior', 'director', 'it', 'security']);
    expect(titleTokens('V.P.  of   Sales')).toEqual(['vp', 'of', 'sales']);
    expect(titleTokens('Ｈｅａｄ　ｏｆ　Ｒ＆Ｄ')).toEqual(['head', 'of', 'rd']);
    expect(titleTokens('Directeur Général Adjoint')).toEqual(['directeur', 'general', 'adjoint']);
    expect(titleTokens('Assistant to the Chief Executive Officer')).toEqual(['assistant']);
  });
});

describe('titles made of Object.prototype member names (issue 6, finding 17)', () => {
  it('derive like any other words instead of throwing', () => {
    for (const title of ['constructor', 'Chief Constructor Officer', 'hasOwnProperty valueOf', 'toString', '__proto__ Manager']) {
      expect(() => deriveSeniority(title), title).not.toThrow();
      expect(() => deriveFunction(title), title).not.toThrow();
    }
    expect(titleTokens('Senior Constructor')).toEqual(['senior', 'constructor']);
    expect(deriveSeniority('Chief Constructor Officer')).toBe('c-level');
  });
});
