import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyTitle } from './classify.ts';
import { CONFLICTS, PHRASES, SOURCES, parseEffects } from './lexicon/index.ts';
import { MAX_TITLE_CHARS, fold, tokenise } from './normalise.ts';
import { FUNCTIONS, SENIORITIES, SPECIALTIES } from './taxonomy.ts';

const c = (t: string) => classifyTitle(t);
const sen = (t: string) => classifyTitle(t).seniority;
const fn = (t: string) => classifyTitle(t).functions[0];
const fns = (t: string) => classifyTitle(t).functions;

describe('taxonomy', () => {
  it("has LinkedIn's ten seniorities in rank order and 26 functions, with stable ids", () => {
    expect(SENIORITIES).toEqual(['unpaid', 'training', 'entry', 'senior', 'manager', 'director', 'vp', 'cxo', 'partner', 'owner']);
    expect(FUNCTIONS).toHaveLength(26);
    expect(FUNCTIONS).toContain('business_development');
    expect(FUNCTIONS).toContain('customer_success_and_support');
    expect(new Set(SPECIALTIES).size).toBe(SPECIALTIES.length);
  });
});

describe('lexicons', () => {
  it('parse, and no phrase is given two different seniorities', () => {
    expect(CONFLICTS).toEqual([]);
    expect(PHRASES.size).toBeGreaterThan(1000);
    expect(Object.keys(SOURCES)).toEqual(['common', 'en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'nordic', 'tr']);
  });

  it('reject a typo in an effect', () => {
    expect(() => parseEffects('x', 's:manger')).toThrow(/unknown effect/);
    expect(() => parseEffects('x', 'f:sale')).toThrow(/unknown effect/);
  });

  it('have no key that only an Object.prototype member would match', () => {
    for (const t of ['constructor', '__proto__', 'toString', 'valueOf', 'prototype']) expect(c(t), t).toMatchObject({ seniority: null, functions: [] });
  });
});

describe('normalisation', () => {
  it('folds Unicode: NFKC, case, accents, ß, ø, æ, Turkish dotted and dotless i', () => {
    expect(fold('ＣＥＯ')).toBe('ceo');
    expect(fold('GESCHÄFTSFÜHRER')).toBe('geschaftsfuhrer');
    expect(fold('Straße Økonomi Æble')).toBe('strasse okonomi aeble');
    expect(fold('İNSAN KAYNAKLARI MÜDÜRÜ')).toBe('insan kaynaklari muduru');
    expect(fold('Satış Müdürü')).toBe('satis muduru');
    expect(c('ＣＥＯ').seniority).toBe('cxo');
    for (const t of ['Geschäftsführer', 'GESCHÄFTSFÜHRER', 'Geschaftsfuhrer', 'Geschaeftsfuehrer']) expect(sen(t)).toBe('cxo');
    expect(c('İNSAN KAYNAKLARI MÜDÜRÜ')).toMatchObject({ seniority: 'manager', functions: ['human_resources'] });
  });

  it('expands abbreviations: sr, jr, vp, svp, evp, avp, dir, mgr, eng, V.P., Head of, CxO acronyms', () => {
    expect(c('Sr. Software Eng.')).toMatchObject({ seniority: 'senior', functions: ['engineering'] });
    expect(sen('Jr Developer')).toBe('entry');
    for (const t of ['VP Sales', 'V.P. Sales', 'SVP Sales', 'EVP, Sales', 'AVP Sales', 'Vice President Sales']) expect(c(t)).toMatchObject({ seniority: 'vp', functions: ['sales'] });
    expect(c('Dir. Marketing')).toMatchObject({ seniority: 'director', functions: ['marketing'] });
    expect(c('Mgr, Procurement')).toMatchObject({ seniority: 'manager', functions: ['purchasing'] });
    expect(c('Eng Manager')).toMatchObject({ seniority: 'manager', functions: ['engineering'] });
    expect(c('Head of Legal')).toMatchObject({ seniority: 'director', functions: ['legal'] });
    const cxo: [string, string][] = [['CEO', 'operations'], ['CFO', 'finance'], ['CTO', 'engineering'], ['CIO', 'information_technology'], ['CMO', 'marketing'], ['CRO', 'sales'], ['CHRO', 'human_resources'], ['CISO', 'information_technology'], ['COO', 'operations'], ['CPO', 'product_management'], ['CLO', 'legal']];
    for (const [t, f] of cxo) expect(c(t)).toMatchObject({ seniority: 'cxo', functions: [f] });
    expect(c('C.E.O.').seniority).toBe('cxo');
    expect(tokenise('R&D Manager').tokens).toEqual(['rd', 'manager']);
    expect(fn('FP&A Analyst')).toBe('finance');
  });

  it('splits compound titles on | / , & and/und/et: the highest seniority, the union of functions', () => {
    expect(c('Head of IT | Cloud & Security')).toMatchObject({ seniority: 'director', functions: ['information_technology'] });
    expect(c('Head of IT | Cloud & Security').specialties).toEqual(expect.arrayContaining(['cloud_and_infrastructure', 'security']));
    expect(c('VP, Sales & Marketing EMEA')).toMatchObject({ seniority: 'vp', functions: ['sales', 'marketing'] });
    expect(c('Founder / Designer')).toMatchObject({ seniority: 'owner', functions: ['entrepreneurship', 'arts_and_design'] });
    expect(c('Leiter Einkauf und Logistik')).toMatchObject({ seniority: 'director', functions: ['purchasing', 'operations'] });
    expect(c('Directeur Marketing et Communication')).toMatchObject({ seniority: 'director', functions: ['marketing', 'media_and_communication'] });
    expect(c('Engineer, Team Lead')).toMatchObject({ seniority: 'manager', functions: ['engineering'] });
    // a phrase may span "&": Learning & Development is HR, not engineering
    expect(fn('Learning & Development Manager')).toBe('human_resources');
    // parts joined by "&" before the seniority share its head
    expect(fns('Sales & Marketing Director')).toEqual(['sales', 'marketing']);
  });

  it('removes noise: the company after @/at/bei/chez, locations, (remote), (m/w/d)', () => {
    expect(c('Backend Engineer @ Stripe').normalised).toBe('backend engineer');
    expect(c('VP of Engineering at Acme Corp')).toMatchObject({ normalised: 'vp engineering', seniority: 'vp' });
    expect(c('Teamleiter Softwareentwicklung bei SAP').normalised).toBe('teamleiter softwareentwicklung');
    expect(c('Chef de projet marketing chez LOréal').normalised).toBe('chef projet marketing');
    expect(c('Vertriebsleiterin (m/w/d)').normalised).toBe('vertriebsleiterin');
    expect(c('Data Scientist (w/m/d)').normalised).toBe('data scientist');
    expect(c('Key Account Manager m/w/d').normalised).toBe('key account manager');
    // places and contract forms are understood words without effect: they cost no confidence
    expect(c('Full Stack Developer (Remote)')).toMatchObject({ seniority: 'entry', functions: ['engineering'], confidence: c('Full Stack Developer').confidence });
    expect(c('Account Executive - DACH')).toMatchObject({ seniority: 'entry', functions: ['sales'], confidence: 1 });
    // "at" only cuts after a word: a title does not vanish
    expect(c('at').normalised).toBe('at');
  });

  it('splits German, Dutch and Swedish compounds into their parts (…leiter, …direktor, …entwickler, …berater, …chef)', () => {
    expect(c('Vertriebsleiter')).toMatchObject({ seniority: 'director', functions: ['sales'] });
    expect(c('Vertriebsdirektor')).toMatchObject({ seniority: 'director', functions: ['sales'] });
    expect(c('Softwareentwickler')).toMatchObject({ seniority: 'entry', functions: ['engineering'] });
    expect(c('Unternehmensberater')).toMatchObject({ seniority: 'entry', functions: ['consulting'] });
    expect(c('SAP-Berater').functions).toEqual(['information_technology', 'consulting']);
    expect(c('Försäljningschef')).toMatchObject({ seniority: 'manager', functions: ['sales'] });
    expect(c('Softwareontwikkelaar')).toMatchObject({ seniority: 'entry', functions: ['engineering'] });
    expect(c('Salgsdirektør')).toMatchObject({ seniority: 'director', functions: ['sales'] });
    expect(c('Gebietsverkaufsleiter').seniority).toBe('manager');
    expect(c('Einkaufsleiter').evidence).toContainEqual({ rule: 'compound', effect: 'einkauf+leiter', weight: 0 });
    // a short accidental ending is not a head
    expect(c('Xyzleit').seniority).toBeNull();
  });

  it('reads gendered forms through the base form (Leiterin, directrice, abogada, Softwareentwicklerin)', () => {
    expect(c('Leiterin Marketing')).toMatchObject({ seniority: 'director', functions: ['marketing'] });
    expect(c('Directrice commerciale')).toMatchObject({ seniority: 'director', functions: ['sales'] });
    expect(c('Abogada')).toMatchObject({ seniority: 'entry', functions: ['legal'] });
    expect(c('Jefa de ventas')).toMatchObject({ seniority: 'manager', functions: ['sales'] });
    expect(c('Softwareentwicklerin')).toMatchObject({ seniority: 'entry', functions: ['engineering'] });
    expect(c('Direttrice del personale')).toMatchObject({ seniority: 'director', functions: ['human_resources'] });
  });

  it('covers the eleven languages', () => {
    const cases: [string, string, string][] = [
      ['Responsable commercial grands comptes', 'manager', 'sales'],
      ['Jefe de compras', 'manager', 'purchasing'],
      ['Projectleider ICT', 'manager', 'program_and_project_management'],
      ['Satış Müdürü', 'manager', 'sales'],
      ['Daglig leder', 'cxo', 'operations'],
      ['Direttore Generale', 'cxo', 'operations'],
      ['Gerente de Compras', 'manager', 'purchasing'],
      ['Salgschef', 'manager', 'sales'],
      ['Administrerende direktør', 'cxo', 'operations'],
      ['Verkställande direktör', 'cxo', 'operations'],
      ['Geschäftsführer', 'cxo', 'operations'],
    ];
    for (const [t, s, f] of cases) expect({ seniority: sen(t), primary: fn(t) }, t).toEqual({ seniority: s, primary: f });
  });

  it('applies the default seniorities: Entry for a role with no seniority word, Training, Unpaid', () => {
    expect(sen('Engineer')).toBe('entry');
    expect(sen('Analyst')).toBe('entry');
    expect(sen('Senior Engineer')).toBe('senior');
    expect(sen('Lead Developer')).toBe('senior');
    expect(sen('Software Architect')).toBe('senior');
    for (const t of ['Intern', 'Praktikant', 'Stagiaire', 'Werkstudentin', 'Becario', 'Stajyer', 'Trainee Einkauf']) expect(sen(t), t).toBe('training');
    for (const t of ['Volunteer', 'Ehrenamtliche Mitarbeiterin', 'Bénévole', 'Unpaid Intern, Marketing']) expect(sen(t), t).toBe('unpaid');
    expect(sen('Volunteer Coordinator')).toBe('entry');
    expect(c('')).toMatchObject({ seniority: null, functions: [], confidence: 0 });
    expect(c('xyz qwerty')).toMatchObject({ seniority: null, functions: [], confidence: 0 });
  });

  it('gives confidence from the evidence: a strong keyword > a fallback > nothing', () => {
    const strong = c('Senior Software Engineer').confidence;
    const fallback = c('Teamleiter').confidence;
    const unknownWords = c('Senior Software Engineer Zorblax Quux').confidence;
    expect(strong).toBeGreaterThan(fallback);
    expect(strong).toBeGreaterThan(unknownWords);
    expect(c('Teamleiter').evidence).toContainEqual({ rule: 'fallback-function', effect: 'function:operations (from teamleiter)', weight: 0.5 });
    expect(c('Engineer').evidence).toContainEqual({ rule: 'default-seniority', effect: 'seniority:entry', weight: 1 });
    expect(c('Head of Sales').evidence).toEqual(expect.arrayContaining([{ token: 'head', effect: 'seniority:director', weight: 3 }, { token: 'sales', effect: 'function:sales', weight: 3 }]));
  });
});

describe('traps', () => {
  it('Account Executive is Sales, Entry/Senior — not CXO', () => {
    expect(c('Account Executive')).toMatchObject({ seniority: 'entry', functions: ['sales'] });
    expect(c('Senior Account Executive')).toMatchObject({ seniority: 'senior', functions: ['sales'] });
    expect(c('Ejecutivo de cuentas')).toMatchObject({ seniority: 'entry', functions: ['sales'] });
    expect(c('Marketing Executive').seniority).toBe('entry');
  });

  it('Executive Assistant / Assistant to the CEO is Administrative, not CXO', () => {
    for (const t of ['Executive Assistant', 'Executive Assistant to the CEO', 'Assistant to the CEO', 'EA to CFO', 'Personal Assistant to the Managing Director', 'Assistenz der Geschäftsführung', 'Yönetici Asistanı', 'Vorstandsassistentin', 'Office of the CEO']) {
      expect({ seniority: sen(t), primary: fn(t) }, t).toEqual({ seniority: 'entry', primary: 'administrative' });
    }
    expect(c('Assistant to the CEO').evidence).toContainEqual({ rule: 'served-executive', effect: 'ignored ceo', weight: 0 });
    // the executives served may be several, joined by "&"
    expect(c('Executive Assistant to CEO & Founder')).toMatchObject({ seniority: 'entry', functions: ['administrative'] });
    expect(c('Assistant & Founder').seniority).toBe('owner');
    // but an assistant manager is a manager
    expect(sen('Assistant Store Manager')).toBe('manager');
  });

  it('Chief of Staff is a director in operations, also when serving the CEO', () => {
    expect(c('Chief of Staff')).toMatchObject({ seniority: 'director', functions: ['operations'] });
    expect(c('Chief of Staff to the CEO')).toMatchObject({ seniority: 'director', functions: ['operations'] });
  });

  it('Publicity Manager is media and communication, never a city manager', () => {
    expect(c('Publicity Manager')).toMatchObject({ seniority: 'manager', functions: ['media_and_communication'] });
    expect(fn('City Manager')).toBe('operations');
  });

  it('Director of Photography is a crew role in arts and design', () => {
    expect(c('Director of Photography')).toMatchObject({ seniority: 'senior', functions: ['arts_and_design'] });
    expect(c('Directeur de la photographie')).toMatchObject({ seniority: 'senior', functions: ['arts_and_design'] });
    expect(c('Director of Engineering').seniority).toBe('director');
  });

  it('Product Owner is product management, not an owner', () => {
    expect(c('Product Owner')).toMatchObject({ seniority: 'entry', functions: ['product_management'] });
    expect(c('Senior Product Owner').seniority).toBe('senior');
    expect(c('Business Owner').seniority).toBe('owner');
  });

  it('Partner: a rank at a law or consulting firm, not in partner manager or business partner', () => {
    expect(c('Partner, Corporate Law')).toMatchObject({ seniority: 'partner', functions: ['legal'] });
    expect(c('Partner bei KPMG')).toMatchObject({ seniority: 'partner', functions: ['consulting'] });
    expect(c('Managing Partner').seniority).toBe('partner');
    expect(c('Partner Manager')).toMatchObject({ seniority: 'manager', functions: ['business_development'] });
    expect(c('HR Business Partner')).toMatchObject({ seniority: 'entry', functions: ['human_resources'] });
    expect(c('Partner Marketing Manager')).toMatchObject({ seniority: 'manager', functions: ['marketing'] });
  });

  it('Owner, Inhaber, Geschäftsführer, Prokurist', () => {
    expect(c('Owner')).toMatchObject({ seniority: 'owner', functions: ['entrepreneurship'] });
    expect(c('Inhaber')).toMatchObject({ seniority: 'owner', functions: ['entrepreneurship'] });
    expect(c('Inhaber & Geschäftsführer')).toMatchObject({ seniority: 'owner', functions: ['entrepreneurship', 'operations'] });
    expect(c('Geschäftsführer')).toMatchObject({ seniority: 'cxo', functions: ['operations'] });
    expect(c('Geschäftsführender Gesellschafter').seniority).toBe('owner');
    expect(c('Kaufmännischer Geschäftsführer')).toMatchObject({ seniority: 'cxo', functions: ['finance', 'operations'] });
    expect(c('Prokurist')).toMatchObject({ seniority: 'director', functions: ['operations'] });
    // Prokura is a power, not a function: the rest of the title names the function
    expect(c('Prokurist und Vertriebsleiter')).toMatchObject({ seniority: 'director', functions: ['sales'] });
  });

  it('Chief Strategy Officer vs CSO (security), decided by the rest of the title', () => {
    expect(c('Chief Strategy Officer')).toMatchObject({ seniority: 'cxo', functions: ['business_development'] });
    expect(c('CSO')).toMatchObject({ seniority: 'cxo', functions: ['information_technology'], specialties: ['security'] });
    expect(c('CSO, Information Security').functions[0]).toBe('information_technology');
    expect(c('CSO | Strategy & Corporate Development').functions[0]).toBe('business_development');
    expect(c('CSO (Chief Sales Officer)').functions[0]).toBe('sales');
    expect(c('Chief Security Officer')).toMatchObject({ seniority: 'cxo', functions: ['information_technology'] });
  });

  it('Security Guard is protective services, an Information Security Officer is IT', () => {
    expect(fn('Security Guard')).toBe('military_and_protective_services');
    expect(fn('Information Security Officer')).toBe('information_technology');
  });

  it('founders outrank the C-suite title beside them', () => {
    expect(c('CTO & Co-Founder')).toMatchObject({ seniority: 'owner', functions: ['entrepreneurship', 'engineering'] });
    expect(c('Founder & CEO')).toMatchObject({ seniority: 'owner', functions: ['entrepreneurship', 'operations'] });
  });
});

describe('properties', () => {
  const valid = (r: ReturnType<typeof classifyTitle>): void => {
    expect(r.seniority === null || SENIORITIES.includes(r.seniority)).toBe(true);
    for (const f of r.functions) expect(FUNCTIONS).toContain(f);
    expect(new Set(r.functions).size).toBe(r.functions.length);
    for (const s of r.specialties) expect(SPECIALTIES).toContain(s);
    expect(r.confidence).toBeGreaterThanOrEqual(0);
    expect(r.confidence).toBeLessThanOrEqual(1);
  };

  it('never throws, stays in the taxonomy and is deterministic on random strings', () => {
    const words = fc.constantFrom('senior', 'leiter', 'vertriebs', 'chief', 'officer', 'of', 'the', 'to', 'ceo', '&', '|', '/', '(', ')', 'm/w/d', '@', 'at', 'partner', 'owner', 'assistant', 'İ', 'ß', 'ø', '-', ',', 'und', 'chef', 'de', 'projet');
    const titles = fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 80 }), fc.array(words, { maxLength: 25 }).map((w) => w.join(' ')), fc.array(words, { maxLength: 25 }).map((w) => w.join('')));
    fc.assert(
      fc.property(titles, (t) => {
        const a = classifyTitle(t);
        valid(a);
        expect(classifyTitle(t)).toEqual(a);
      }),
      { numRuns: 3000 },
    );
  });

  it('takes bounded time on very long strings', () => {
    let elapsed = 0;
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 8 }), fc.integer({ min: 1000, max: 200_000 }), (chunk, repeat) => {
        const long = chunk.repeat(Math.ceil(repeat / chunk.length));
        const start = performance.now();
        valid(classifyTitle(long));
        elapsed += performance.now() - start;
      }),
      { numRuns: 100 },
    );
    // only the first MAX_TITLE_CHARS characters are read: 100 huge strings take what 100 titles take
    expect(elapsed).toBeLessThan(500);
    const start = performance.now();
    classifyTitle('Vertriebsleiterin'.repeat(100_000));
    classifyTitle('chief '.repeat(100_000));
    classifyTitle('a&'.repeat(500_000));
    expect(performance.now() - start).toBeLessThan(200);
    expect(tokenise('x '.repeat(10_000)).tokens.length).toBeLessThanOrEqual(MAX_TITLE_CHARS);
  });
});
