/**
 * The demo data set, generated purely and deterministically from a seed (no I/O, no clock: `now`
 * is passed in). A few hundred accounts in corporation → division → department trees, thousands
 * of people with the messy titles, departments and unicode names real CRMs hold, their relations
 * to accounts, and 60 days of activities skewed towards a handful of "in-market" accounts.
 *
 * Rows refer to each other by index (`parent`, `account`, `person`); the loader (demo.ts) gives
 * them ids and writes them.
 */
import type { PersonFields } from '../store/index.ts';
import type { CustomAttributes, JsonValue, KnownActivityType } from '../domain/index.ts';

const DAY_MS = 86_400_000;

// ---------------------------------------------------------------------------------------------
// Randomness

/** mulberry32: a tiny, fast, well-distributed 32-bit PRNG. Returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Seeded random helpers for generated data (the demo data set and the benchmark tenant). */
export class Rng {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
  /** Picks by weight; `weights[i]` belongs to `items[i]`. */
  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    let total = 0;
    for (const w of weights) total += w;
    let x = this.next() * total;
    for (let i = 0; i < items.length; i++) {
      x -= weights[i] as number;
      if (x < 0) return items[i] as T;
    }
    return items[items.length - 1] as T;
  }
  /** Log-uniform number in [min, max]: sizes of companies spread over orders of magnitude. */
  logUniform(min: number, max: number): number {
    return Math.exp(Math.log(min) + this.next() * (Math.log(max) - Math.log(min)));
  }
  /** Poisson-distributed count (Knuth for small means, normal approximation above 30). */
  poisson(mean: number): number {
    if (mean <= 0) return 0;
    if (mean > 30) {
      const u = 1 - this.next();
      const v = this.next();
      const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
      return Math.max(0, Math.round(mean + z * Math.sqrt(mean)));
    }
    const l = Math.exp(-mean);
    let k = 0;
    let p = 1;
    do {
      k++;
      p *= this.next();
    } while (p > l);
    return k - 1;
  }
  chars(alphabet: string, n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet[Math.floor(this.next() * alphabet.length)];
    return s;
  }
}

// ---------------------------------------------------------------------------------------------
// Reference data

type Locale = 'en' | 'es' | 'de' | 'fr' | 'nordic' | 'pl' | 'ja' | 'pt' | 'in' | 'nl';

interface Place {
  country: string;
  region: 'North America' | 'EMEA' | 'APAC' | 'LATAM';
  state: string | null;
  city: string;
  postal: string;
  phone: string;
  tld: string;
  locale: Locale;
  weight: number;
}

const PLACES: Place[] = [
  { country: 'United States', region: 'North America', state: 'California', city: 'San Francisco', postal: '941', phone: '+1 415', tld: 'com', locale: 'en', weight: 6 },
  { country: 'United States', region: 'North America', state: 'New York', city: 'New York', postal: '100', phone: '+1 212', tld: 'com', locale: 'en', weight: 6 },
  { country: 'United States', region: 'North America', state: 'Texas', city: 'Austin', postal: '787', phone: '+1 512', tld: 'com', locale: 'en', weight: 3 },
  { country: 'United States', region: 'North America', state: 'Illinois', city: 'Chicago', postal: '606', phone: '+1 312', tld: 'com', locale: 'en', weight: 3 },
  { country: 'United States', region: 'North America', state: 'Massachusetts', city: 'Boston', postal: '021', phone: '+1 617', tld: 'com', locale: 'en', weight: 3 },
  { country: 'United States', region: 'North America', state: 'Washington', city: 'Seattle', postal: '981', phone: '+1 206', tld: 'com', locale: 'en', weight: 2 },
  { country: 'United States', region: 'North America', state: 'Georgia', city: 'Atlanta', postal: '303', phone: '+1 404', tld: 'com', locale: 'en', weight: 2 },
  { country: 'United States', region: 'North America', state: 'North Carolina', city: 'Raleigh', postal: '276', phone: '+1 919', tld: 'com', locale: 'en', weight: 1 },
  { country: 'United States', region: 'North America', state: 'Colorado', city: 'Denver', postal: '802', phone: '+1 303', tld: 'com', locale: 'en', weight: 1 },
  { country: 'Canada', region: 'North America', state: 'Ontario', city: 'Toronto', postal: 'M5V', phone: '+1 416', tld: 'ca', locale: 'en', weight: 2 },
  { country: 'Canada', region: 'North America', state: 'Québec', city: 'Montréal', postal: 'H2X', phone: '+1 514', tld: 'ca', locale: 'fr', weight: 1 },
  { country: 'United Kingdom', region: 'EMEA', state: 'England', city: 'London', postal: 'EC2A', phone: '+44 20', tld: 'co.uk', locale: 'en', weight: 4 },
  { country: 'United Kingdom', region: 'EMEA', state: 'England', city: 'Manchester', postal: 'M1', phone: '+44 161', tld: 'co.uk', locale: 'en', weight: 1 },
  { country: 'United Kingdom', region: 'EMEA', state: 'Scotland', city: 'Edinburgh', postal: 'EH1', phone: '+44 131', tld: 'co.uk', locale: 'en', weight: 1 },
  { country: 'Germany', region: 'EMEA', state: 'Bayern', city: 'München', postal: '803', phone: '+49 89', tld: 'de', locale: 'de', weight: 2 },
  { country: 'Germany', region: 'EMEA', state: 'Berlin', city: 'Berlin', postal: '101', phone: '+49 30', tld: 'de', locale: 'de', weight: 2 },
  { country: 'Germany', region: 'EMEA', state: 'Nordrhein-Westfalen', city: 'Köln', postal: '506', phone: '+49 221', tld: 'de', locale: 'de', weight: 1 },
  { country: 'France', region: 'EMEA', state: 'Île-de-France', city: 'Paris', postal: '750', phone: '+33 1', tld: 'fr', locale: 'fr', weight: 3 },
  { country: 'France', region: 'EMEA', state: 'Auvergne-Rhône-Alpes', city: 'Lyon', postal: '690', phone: '+33 4', tld: 'fr', locale: 'fr', weight: 1 },
  { country: 'Spain', region: 'EMEA', state: 'Comunidad de Madrid', city: 'Madrid', postal: '280', phone: '+34 91', tld: 'es', locale: 'es', weight: 2 },
  { country: 'Spain', region: 'EMEA', state: 'Cataluña', city: 'Barcelona', postal: '080', phone: '+34 93', tld: 'es', locale: 'es', weight: 1 },
  { country: 'Sweden', region: 'EMEA', state: 'Stockholms län', city: 'Stockholm', postal: '111', phone: '+46 8', tld: 'se', locale: 'nordic', weight: 1 },
  { country: 'Sweden', region: 'EMEA', state: 'Västra Götaland', city: 'Göteborg', postal: '411', phone: '+46 31', tld: 'se', locale: 'nordic', weight: 1 },
  { country: 'Denmark', region: 'EMEA', state: 'Syddanmark', city: 'Ærøskøbing', postal: '597', phone: '+45 62', tld: 'dk', locale: 'nordic', weight: 1 },
  { country: 'Denmark', region: 'EMEA', state: 'Hovedstaden', city: 'København', postal: '105', phone: '+45 33', tld: 'dk', locale: 'nordic', weight: 1 },
  { country: 'Poland', region: 'EMEA', state: 'Mazowieckie', city: 'Warszawa', postal: '00-', phone: '+48 22', tld: 'pl', locale: 'pl', weight: 1 },
  { country: 'Poland', region: 'EMEA', state: 'Małopolskie', city: 'Kraków', postal: '31-', phone: '+48 12', tld: 'pl', locale: 'pl', weight: 1 },
  { country: 'Netherlands', region: 'EMEA', state: 'Noord-Holland', city: 'Amsterdam', postal: '101', phone: '+31 20', tld: 'nl', locale: 'nl', weight: 2 },
  { country: 'Japan', region: 'APAC', state: 'Tokyo', city: '東京', postal: '100-', phone: '+81 3', tld: 'co.jp', locale: 'ja', weight: 2 },
  { country: 'Japan', region: 'APAC', state: 'Osaka', city: '大阪', postal: '530-', phone: '+81 6', tld: 'co.jp', locale: 'ja', weight: 1 },
  { country: 'India', region: 'APAC', state: 'Karnataka', city: 'Bengaluru', postal: '560', phone: '+91 80', tld: 'in', locale: 'in', weight: 2 },
  { country: 'India', region: 'APAC', state: 'Maharashtra', city: 'Mumbai', postal: '400', phone: '+91 22', tld: 'in', locale: 'in', weight: 1 },
  { country: 'Australia', region: 'APAC', state: 'New South Wales', city: 'Sydney', postal: '20', phone: '+61 2', tld: 'com.au', locale: 'en', weight: 2 },
  { country: 'Australia', region: 'APAC', state: 'Victoria', city: 'Melbourne', postal: '30', phone: '+61 3', tld: 'com.au', locale: 'en', weight: 1 },
  { country: 'Singapore', region: 'APAC', state: null, city: 'Singapore', postal: '0189', phone: '+65 6', tld: 'sg', locale: 'en', weight: 1 },
  { country: 'Brazil', region: 'LATAM', state: 'São Paulo', city: 'São Paulo', postal: '01310-', phone: '+55 11', tld: 'com.br', locale: 'pt', weight: 2 },
  { country: 'Mexico', region: 'LATAM', state: 'Ciudad de México', city: 'Ciudad de México', postal: '06', phone: '+52 55', tld: 'com.mx', locale: 'es', weight: 1 },
];

interface Industry {
  name: string;
  sic: readonly string[];
  /** Words that make a company in this industry sound right. */
  suffixes: readonly string[];
  weight: number;
}

const INDUSTRIES: Industry[] = [
  { name: 'Software', sic: ['7372', '7371', '7373'], suffixes: ['Software', 'Systems', 'Labs', 'Technologies', 'Cloud', 'Analytics'], weight: 5 },
  { name: 'Financial Services', sic: ['6021', '6211', '6282'], suffixes: ['Bank', 'Capital', 'Financial', 'Investments', 'Partners'], weight: 4 },
  { name: 'Insurance', sic: ['6311', '6331'], suffixes: ['Insurance', 'Mutual', 'Assurance'], weight: 2 },
  { name: 'Healthcare', sic: ['8062', '8011', '8071'], suffixes: ['Health', 'Medical', 'Care', 'Clinics'], weight: 3 },
  { name: 'Pharmaceuticals', sic: ['2834', '2836'], suffixes: ['Pharma', 'Therapeutics', 'Biosciences'], weight: 2 },
  { name: 'Manufacturing', sic: ['3714', '3559', '3823'], suffixes: ['Industries', 'Manufacturing', 'Components', 'Engineering'], weight: 4 },
  { name: 'Retail', sic: ['5311', '5651', '5961'], suffixes: ['Retail', 'Stores', 'Outfitters', 'Market'], weight: 3 },
  { name: 'Telecommunications', sic: ['4813', '4812'], suffixes: ['Telecom', 'Networks', 'Communications'], weight: 2 },
  { name: 'Energy', sic: ['4911', '1311'], suffixes: ['Energy', 'Power', 'Utilities', 'Renewables'], weight: 2 },
  { name: 'Logistics', sic: ['4731', '4213'], suffixes: ['Logistics', 'Freight', 'Shipping', 'Transport'], weight: 2 },
  { name: 'Education', sic: ['8221', '8299'], suffixes: ['University', 'Learning', 'Academy'], weight: 1 },
  { name: 'Media', sic: ['7812', '2711'], suffixes: ['Media', 'Studios', 'Publishing'], weight: 1 },
  { name: 'Government', sic: ['9199'], suffixes: ['Agency', 'Authority', 'Council'], weight: 1 },
];

const ROOTS = [
  'Helix', 'Northwind', 'Bluefin', 'Cobalt', 'Granite', 'Meridian', 'Juniper', 'Sterling', 'Atlas', 'Vertex',
  'Crescent', 'Summit', 'Harbor', 'Pioneer', 'Orion', 'Beacon', 'Redwood', 'Silverline', 'Keystone', 'Lumen',
  'Quantum', 'Evergreen', 'Ironclad', 'Aurora', 'Cascade', 'Falcon', 'Horizon', 'Sapphire', 'Tidewater', 'Copperleaf',
  'Blackstone', 'Clearwater', 'Brightpath', 'Stonebridge', 'Westfield', 'Oakmont', 'Riverside', 'Highland', 'Polaris', 'Zenith',
  'Apex', 'Nimbus', 'Sequoia', 'Trident', 'Vanguard', 'Whitmore', 'Ashford', 'Kingsley', 'Lakeshore', 'Magnolia',
  'Norland', 'Pinecrest', 'Quarry', 'Rosewood', 'Sentinel', 'Thornbury', 'Unity', 'Valor', 'Wexford', 'Yellowstone',
];

/** Companies with non-ASCII names, always generated first so that every demo data set has some. */
const SHOWCASE_COMPANIES: { name: string; domain: string; country: string; city: string; industry: string }[] = [
  { name: 'Ærøskøbing Shipping ApS', domain: 'aeroskobing-shipping.dk', country: 'Denmark', city: 'Ærøskøbing', industry: 'Logistics' },
  { name: 'Müller & Söhne GmbH', domain: 'mueller-soehne.de', country: 'Germany', city: 'München', industry: 'Manufacturing' },
  { name: '山田製作所', domain: 'yamada-mfg.co.jp', country: 'Japan', city: '東京', industry: 'Manufacturing' },
  { name: 'Núñez y Asociados S.L.', domain: 'nunez-asociados.es', country: 'Spain', city: 'Madrid', industry: 'Financial Services' },
  { name: 'Wójcik Logistyka Sp. z o.o.', domain: 'wojcik-logistyka.pl', country: 'Poland', city: 'Warszawa', industry: 'Logistics' },
  { name: 'Compagnie Lumière SA', domain: 'lumiere-energie.fr', country: 'France', city: 'Paris', industry: 'Energy' },
  { name: 'Åkesson Bygg AB', domain: 'akessonbygg.se', country: 'Sweden', city: 'Göteborg', industry: 'Manufacturing' },
  { name: 'São Paulo Saúde S.A.', domain: 'spsaude.com.br', country: 'Brazil', city: 'São Paulo', industry: 'Healthcare' },
];

const DIVISION_NAMES = [
  'Europe', 'North America', 'APAC', 'Latin America', 'Financial Services', 'Digital', 'Consumer', 'Enterprise Solutions',
  'Healthcare Solutions', 'Public Sector', 'Research', 'Industrial', 'Services', 'Cloud Services', 'International',
];
const DIVISION_SUBDOMAINS: Record<string, string> = { Europe: 'eu', 'North America': 'na', APAC: 'apac', 'Latin America': 'latam', 'Financial Services': 'fs', 'Public Sector': 'gov' };
const LEGAL_SUFFIX = /,?\s+(Inc\.?|LLC|Ltd|GmbH|AG|SAS|SA|S\.A\.|S\.L\.|B\.V\.|ApS|AB|Sp\. z o\.o\.|Group|Holdings)$/;
/** The name without its legal form: "Müller & Söhne GmbH" → "Müller & Söhne". */
const brandOf = (name: string): string => name.replace(LEGAL_SUFFIX, '');
const DEPARTMENT_NAMES = [
  'IT', 'Marketing', 'Finance', 'Legal', 'Procurement', 'R&D', 'Security Operations', 'Customer Service', 'Human Resources',
  'Design', 'Data & Analytics', 'Sales Operations',
];

interface NameEntry {
  /** Display spelling. */
  name: string;
  /** ASCII spelling for e-mail addresses when the display spelling is not Latin. */
  ascii?: string;
}

const n = (list: string): NameEntry[] => list.split(',').map((s) => ({ name: s.trim() }));
const j = (list: string): NameEntry[] =>
  list.split(',').map((s) => {
    const [name, ascii] = s.trim().split('/');
    return { name: name as string, ascii: ascii as string };
  });

const NAMES: Record<Locale, { first: NameEntry[]; last: NameEntry[] }> = {
  en: {
    first: n('James, Mary, Robert, Patricia, John, Jennifer, Michael, Linda, David, Elizabeth, William, Barbara, Sarah, Emily, Daniel, Jessica, Chris, Ashley, Kevin, Laura, Brian, Megan, Jason, Rachel, Ryan, Nicole, Aaron, Wei, Mohammed, Fatima, Aisha, Omar, Grace, Liam, Olivia, Noah, Emma, Ethan, Chloe, Mei, Hannah, Tyler, Zoë, Renée, Siobhán'),
    last: n("Smith, Johnson, Williams, Brown, Jones, Garcia, Miller, Davis, Rodriguez, Martinez, Wilson, Anderson, Thomas, Taylor, Moore, Jackson, Martin, Lee, Thompson, White, Harris, Clark, Lewis, Robinson, Walker, Young, Allen, King, Wright, Scott, Nguyen, Patel, Kim, Chen, O'Brien, O'Connor, McDonald, Okafor, Haddad, Cohen, St. John, Smith-Jones"),
  },
  es: {
    first: n('José, María, Javier, Lucía, Carmen, Sofía, Alejandro, Íñigo, Ramón, Inés, Andrés, Pilar, Sergio, Marta, Raúl, Begoña, Óscar'),
    last: n('Núñez, García, Fernández, López, Martínez, Sánchez, Pérez, Gómez, Díaz, Muñoz, Álvarez, Jiménez, Peña, Ibáñez, Ortega, Castaño, García Márquez'),
  },
  de: {
    first: n('Jürgen, Günter, Anna, Lukas, Sophie, Maximilian, Jörg, Björn, Katrin, Stefan, Uwe, Birgit, Jonas, Lena, Matthias, Sören'),
    last: n('Müller, Schmidt, Schneider, Fischer, Weiß, Köhler, Groß, Schäfer, Becker, Hoffmann, Krüger, Weber, Bäcker, von Stein, Öztürk'),
  },
  fr: {
    first: n('Élodie, François, Hélène, Jérôme, Chloé, Amélie, Benoît, Gaëlle, Loïc, Anaïs, Marc-André, Céline, Stéphane, Noémie'),
    last: n("Lefèvre, Dubois, Moreau, Girard, Bérenger, Rousseau, Lemaître, Fontaine, Chevalier, Mercier, D'Amour, Côté, Gagné"),
  },
  nordic: {
    first: n('Zoë, Åsa, Björn, Märta, Lars, Sören, Ingrid, Mikkel, Søren, Freja, Astrid, Anders, Ørjan, Sigríður, Ebba'),
    last: n('Åkesson, Johansson, Lindqvist, Ødegård, Sørensen, Jørgensen, Nyström, Bergström, Kjær, Lindström, Ærenlund, Holm'),
  },
  pl: {
    first: n('Łukasz, Małgorzata, Paweł, Katarzyna, Wojciech, Agnieszka, Michał, Zofia, Grzegorz, Joanna, Bożena, Jędrzej'),
    last: n('Wójcik, Kowalczyk, Nowak, Mazur, Krawczyk, Woźniak, Kaczmarek, Zając, Król, Wróbel, Dąbrowski, Szczęsny'),
  },
  ja: {
    first: j('太郎/taro, 花子/hanako, 健太/kenta, 陽菜/hina, 翔/sho, 美咲/misaki, 大輔/daisuke, 由美/yumi, 翼/tsubasa, 愛/ai'),
    last: j('山田/yamada, 佐藤/sato, 鈴木/suzuki, 高橋/takahashi, 田中/tanaka, 渡辺/watanabe, 伊藤/ito, 中村/nakamura, 小林/kobayashi'),
  },
  pt: {
    first: n('João, Ana, Luís, Mariana, Conceição, Tomás, Gonçalo, Beatriz, Thiago, Letícia, Vinícius'),
    last: n('Conceição, Gonçalves, Araújo, Simões, Magalhães, Brandão, Silva, Souza, Lima, Azevedo'),
  },
  in: {
    first: n('Priya, Rahul, Ananya, Arjun, Deepika, Vikram, Sneha, Rohan, Aditya, Kavya, Sanjay, Lakshmi'),
    last: n('Sharma, Patel, Iyer, Reddy, Gupta, Nair, Menon, Banerjee, Krishnan, Subramanian, Rao'),
  },
  nl: {
    first: n('Sanne, Daan, Thijs, Femke, Bram, Lotte, Joris, Anouk, Sem, Fleur'),
    last: n('de Vries, van Dijk, Jansen, Bakker, van den Berg, Visser, de Jong, Smit, Mulder'),
  },
};

type Level = 'c' | 'vp' | 'dir' | 'mgr' | 'ic';
type Fn = 'it' | 'security' | 'engineering' | 'marketing' | 'sales' | 'finance' | 'legal' | 'procurement' | 'hr' | 'operations';

/** People every demo data set has (before the random ones), so unicode matching is always on show. */
const SHOWCASE_PEOPLE: { first: NameEntry; last: NameEntry; title: string; fn: Fn; level: Level }[] = [
  { first: { name: 'José' }, last: { name: 'Núñez' }, title: 'CISO', fn: 'security', level: 'c' },
  { first: { name: 'Zoë' }, last: { name: 'Åkesson' }, title: 'VP, Marketing', fn: 'marketing', level: 'vp' },
  { first: { name: 'Łukasz' }, last: { name: 'Wójcik' }, title: 'Sr. Dir. IT Security', fn: 'security', level: 'dir' },
  { first: { name: '太郎', ascii: 'taro' }, last: { name: '山田', ascii: 'yamada' }, title: '情報システム部長', fn: 'it', level: 'dir' },
  { first: { name: 'Siobhán' }, last: { name: "O'Connor" }, title: 'Head of Legal (EMEA)', fn: 'legal', level: 'dir' },
  { first: { name: 'Jürgen' }, last: { name: 'Weiß' }, title: 'Chief Revenue Officer', fn: 'sales', level: 'c' },
  { first: { name: 'Søren' }, last: { name: 'Kjær' }, title: 'Mgr, IT Ops', fn: 'it', level: 'mgr' },
  { first: { name: 'Anaïs' }, last: { name: 'Lefèvre' }, title: 'Software Engineer II', fn: 'engineering', level: 'ic' },
  { first: { name: 'Íñigo' }, last: { name: 'Ibáñez' }, title: 'Director of Procurement', fn: 'procurement', level: 'dir' },
  { first: { name: 'Priya' }, last: { name: 'Subramanian' }, title: ' director,  data platform ', fn: 'it', level: 'dir' },
  { first: { name: 'Ørjan' }, last: { name: 'Ødegård' }, title: 'CIO', fn: 'it', level: 'c' },
  { first: { name: 'Małgorzata' }, last: { name: 'Dąbrowski' }, title: 'GENERAL COUNSEL', fn: 'legal', level: 'c' },
  { first: { name: 'Emily' }, last: { name: 'Chen' }, title: 'vp of engineering', fn: 'engineering', level: 'vp' },
  { first: { name: 'Noah' }, last: { name: 'Smith' }, title: 'Chief Marketing Officer', fn: 'marketing', level: 'c' },
];


const LEVEL_WEIGHTS: Record<Level, number> = { c: 4, vp: 7, dir: 13, mgr: 22, ic: 54 };
const FUNCTION_WEIGHTS: Record<Fn, number> = {
  it: 18, security: 8, engineering: 18, marketing: 14, sales: 12, finance: 7, legal: 4, procurement: 5, hr: 5, operations: 9,
};

const TITLES: Record<Fn, Record<Level, string[]>> = {
  it: {
    c: ['CIO', 'Chief Information Officer', 'Chief Digital Officer', 'CIO / CTO'],
    vp: ['VP, IT', 'VP of Information Technology', 'SVP, IT Infrastructure', 'Vice President, Enterprise Applications', 'VP IT Operations'],
    dir: ['IT Director', 'Director, IT', 'Director of IT Operations', 'Head of IT', 'Sr. Director, Infrastructure', ' director,  data platform ', 'Head of Data Platform', 'Dir. Enterprise Architecture'],
    mgr: ['Mgr, IT Ops', 'IT Manager', 'Infrastructure Manager', 'Service Desk Manager', 'Manager, Enterprise Apps', 'IT Project Manager'],
    ic: ['Systems Administrator', 'Network Engineer', 'IT Support Specialist', 'Cloud Engineer', 'Database Administrator', 'Sr. Systems Engineer', 'IT Analyst', 'Data Engineer'],
  },
  security: {
    c: ['CISO', 'Chief Information Security Officer', 'Chief Security Officer', 'CISO & DPO'],
    vp: ['VP, Information Security', 'Vice President, Cyber Security', 'VP Security Engineering'],
    dir: ['Sr. Dir. IT Security', 'Director, Information Security', 'Head of Security', 'Head of Cyber Security (EMEA)', 'Director of Security Operations'],
    mgr: ['Security Operations Manager', 'Mgr, Security Engineering', 'IAM Manager', 'GRC Manager'],
    ic: ['Security Analyst', 'SOC Analyst II', 'Security Engineer', 'Penetration Tester', 'Sr. Security Architect', 'Information Security Specialist'],
  },
  engineering: {
    c: ['CTO', 'Chief Technology Officer', 'Chief Product Officer'],
    vp: ['VP of Engineering', 'VP, Engineering', 'SVP Engineering', 'VP Product'],
    dir: ['Director of Engineering', 'Engineering Director', 'Sr. Director, Software Engineering', 'Head of Platform Engineering', 'Head of Product'],
    mgr: ['Engineering Manager', 'Software Development Manager', 'QA Manager', 'Mgr, Platform Engineering', 'Product Manager'],
    ic: ['Software Engineer II', 'Software Engineer', 'Senior Software Engineer', 'Staff Engineer', 'Principal Engineer', 'DevOps Engineer', 'SRE', 'QA Engineer', 'Frontend Developer', 'Software Engineer III'],
  },
  marketing: {
    c: ['CMO', 'Chief Marketing Officer', 'Chief Growth Officer'],
    vp: ['VP, Marketing', 'VP Marketing', 'Vice President of Marketing', 'VP Demand Generation', 'SVP, Brand & Communications'],
    dir: ['Director of Marketing', 'Head of Marketing', 'Dir. Marketing Operations', 'Director, Demand Gen', 'Head of Digital Marketing (DACH)'],
    mgr: ['Marketing Manager', 'Marketing Ops Mgr', 'Sr. Manager, Demand Gen', 'Campaign Manager', 'Product Marketing Manager', 'Content Marketing Manager'],
    ic: ['Marketing Specialist', 'Marketing Automation Specialist', 'Marketing Coordinator', 'SEO Specialist', 'Digital Marketing Analyst', 'Graphic Designer'],
  },
  sales: {
    c: ['Chief Revenue Officer', 'CRO', 'Chief Sales Officer', 'Chief Commercial Officer'],
    vp: ['VP Sales', 'VP, Sales - Americas', 'SVP, Global Sales', 'Vice President, Business Development'],
    dir: ['Director of Sales', 'Regional Sales Director', 'Head of Sales (APAC)', 'Director, Sales Operations'],
    mgr: ['Sales Manager', 'Inside Sales Manager', 'Mgr, Sales Ops', 'Account Manager'],
    ic: ['Account Executive', 'Sr. Account Executive', 'SDR', 'Sales Development Representative', 'Sales Engineer', 'Customer Success Manager'],
  },
  finance: {
    c: ['CFO', 'Chief Financial Officer'],
    vp: ['VP Finance', 'VP, Finance & Accounting', 'Vice President, FP&A'],
    dir: ['Finance Director', 'Director of FP&A', 'Controller', 'Head of Finance'],
    mgr: ['Finance Manager', 'Accounting Manager', 'Mgr, FP&A'],
    ic: ['Financial Analyst', 'Senior Accountant', 'Accounts Payable Specialist', 'Treasury Analyst'],
  },
  legal: {
    c: ['General Counsel', 'Chief Legal Officer', 'Chief Compliance Officer'],
    vp: ['VP, Legal', 'Deputy General Counsel', 'VP Legal & Compliance'],
    dir: ['Head of Legal (EMEA)', 'Director of Legal Affairs', 'Head of Legal', 'Director, Compliance', 'Associate General Counsel'],
    mgr: ['Legal Counsel', 'Senior Counsel', 'Compliance Manager', 'Contracts Manager'],
    ic: ['Paralegal', 'Legal Assistant', 'Compliance Analyst', 'Contracts Specialist'],
  },
  procurement: {
    c: ['Chief Procurement Officer', 'CPO'],
    vp: ['VP, Procurement', 'VP Strategic Sourcing', 'VP Supply Chain'],
    dir: ['Director of Procurement', 'Head of Procurement', 'Director, Strategic Sourcing', 'Head of Vendor Management'],
    mgr: ['Procurement Manager', 'Category Manager - IT', 'Sourcing Manager', 'Vendor Manager'],
    ic: ['Buyer', 'Procurement Specialist', 'Sourcing Analyst', 'Purchasing Agent'],
  },
  hr: {
    c: ['CHRO', 'Chief People Officer'],
    vp: ['VP, Human Resources', 'VP People'],
    dir: ['HR Director', 'Head of Talent Acquisition'],
    mgr: ['HR Manager', 'HR Business Partner', 'Recruiting Manager'],
    ic: ['Recruiter', 'HR Generalist', 'Talent Sourcer', 'Payroll Specialist'],
  },
  operations: {
    c: ['CEO', 'Chief Executive Officer', 'COO', 'Chief Operating Officer', 'President', 'Founder & CEO', 'Managing Director'],
    vp: ['VP Operations', 'EVP Operations', 'VP, Business Operations'],
    dir: ['Director of Operations', 'Head of Operations', 'Operations Director'],
    mgr: ['Operations Manager', 'Office Manager', 'Project Manager', 'Program Manager'],
    ic: ['Operations Analyst', 'Business Analyst', 'Executive Assistant', 'Project Coordinator', 'Intern', 'Consultant'],
  },
};

/** Titles in the local language, used for some people at companies in those countries. */
const LOCAL_TITLES: Partial<Record<Locale, { title: string; fn: Fn; level: Level }[]>> = {
  de: [
    { title: 'Leiter IT-Sicherheit', fn: 'security', level: 'dir' },
    { title: 'IT-Leiter', fn: 'it', level: 'dir' },
    { title: 'Geschäftsführer', fn: 'operations', level: 'c' },
    { title: 'Softwareentwickler', fn: 'engineering', level: 'ic' },
    { title: 'Leiterin Marketing', fn: 'marketing', level: 'dir' },
    { title: 'Einkaufsleiter', fn: 'procurement', level: 'dir' },
  ],
  fr: [
    { title: "Directeur des Systèmes d'Information", fn: 'it', level: 'c' },
    { title: 'Responsable Sécurité SI', fn: 'security', level: 'mgr' },
    { title: 'Directrice Marketing', fn: 'marketing', level: 'dir' },
    { title: 'Ingénieur Logiciel', fn: 'engineering', level: 'ic' },
    { title: 'Juriste', fn: 'legal', level: 'ic' },
    { title: 'Acheteur', fn: 'procurement', level: 'ic' },
  ],
  es: [
    { title: 'Director de Tecnología', fn: 'it', level: 'dir' },
    { title: 'Jefe de Compras', fn: 'procurement', level: 'mgr' },
    { title: 'Ingeniera de Software', fn: 'engineering', level: 'ic' },
    { title: 'Responsable de Marketing', fn: 'marketing', level: 'mgr' },
  ],
  ja: [
    { title: '情報システム部長', fn: 'it', level: 'dir' },
    { title: 'マーケティング部 課長', fn: 'marketing', level: 'mgr' },
    { title: 'ソフトウェアエンジニア', fn: 'engineering', level: 'ic' },
    { title: '代表取締役社長', fn: 'operations', level: 'c' },
  ],
};

const DEPARTMENTS: Record<Fn, string[]> = {
  it: ['IT', 'Information Technology', 'I.T.', 'Technology', 'IT Operations'],
  security: ['Information Security', 'IT Security', 'Security', 'Cybersecurity'],
  engineering: ['Engineering', 'R&D', 'Product & Engineering', 'Software Development'],
  marketing: ['Marketing', 'Demand Generation', 'Marketing Operations', 'Brand'],
  sales: ['Sales', 'Business Development', 'Revenue'],
  finance: ['Finance', 'Accounting', 'FP&A'],
  legal: ['Legal', 'Legal & Compliance', 'Compliance'],
  procurement: ['Procurement', 'Purchasing', 'Sourcing', 'Supply Chain'],
  hr: ['Human Resources', 'HR', 'People'],
  operations: ['Operations', 'Executive', 'Administration', 'Office of the CEO'],
};

const SENIORITIES: Record<Level, string[]> = {
  c: ['C-Level', 'C-level', 'Executive', 'CXO'],
  vp: ['VP', 'Vice President', 'VP-Level'],
  dir: ['Director', 'Director Level', 'Senior Management'],
  mgr: ['Manager', 'Mid-Management', 'Management'],
  ic: ['Individual Contributor', 'Staff', 'Non-Manager', 'Entry Level', 'Senior'],
};

const ACCOUNT_ROLES = ['Budget owner', 'Technical evaluator', 'Executive sponsor', 'IT admin', 'Procurement contact', 'Billing contact', 'Legal reviewer'];
const LEAD_SOURCES = ['Website', 'Webinar', 'Trade show', 'Partner referral', 'Content syndication', 'Sales prospecting', 'LinkedIn'];

const ACTIVITY_WEIGHTS: Record<KnownActivityType, number> = {
  email_opened: 34,
  page_viewed: 26,
  email_clicked: 11,
  link_clicked: 10,
  form_filled: 6,
  event_registered: 5,
  interesting_moment: 4,
  event_attended: 4,
};
const ACTIVITY_TYPES = Object.keys(ACTIVITY_WEIGHTS) as KnownActivityType[];
const ACTIVITY_TYPE_WEIGHTS = ACTIVITY_TYPES.map((t) => ACTIVITY_WEIGHTS[t]);

const CAMPAIGNS = ['Q3 Security Newsletter', 'Zero Trust Nurture', 'Product Launch: Quorum 2', 'Marketing Ops Digest', 'Customer Stories', 'Webinar Invite: Buying Groups 101', 'Renewal Reminder'];
const PAGES = ['/', '/pricing', '/product/security', '/product/marketing-automation', '/customers', '/blog/buying-groups', '/docs/getting-started', '/contact', '/compare', '/careers'];
const FORMS = ['Contact us', 'Demo request', 'Whitepaper: Zero Trust in Practice', 'ROI calculator', 'Newsletter signup', 'Free trial'];
const EVENTS = ['Zero Trust Roadshow — London', 'Marketing Ops Live (virtual)', 'CISO Roundtable Berlin', 'Customer Summit 2026', 'Webinar: Buying Groups 101', 'Partner Day São Paulo'];
const MOMENTS = ['Visited the pricing page 3 times', 'Asked for a security questionnaire', 'Downloaded the SOC 2 report', 'Replied to a sales e-mail', 'Requested a proof of concept', 'Compared us with a competitor'];

// ---------------------------------------------------------------------------------------------
// Output

export interface DemoAccount {
  /** Index of the parent account in `accounts` (always before this one), or null for a corporation. */
  parent: number | null;
  /** 1 corporation, 2 division, 3 department. */
  level: 1 | 2 | 3;
  name: string;
  domain: string | null;
  industry: string | null;
  employees: number | null;
  annualRevenue: number | null;
  country: string | null;
  region: string | null;
  state: string | null;
  city: string | null;
  sicCode: string | null;
  externalId: string | null;
  custom: CustomAttributes;
  createdAt: number;
}

/** A person of the data set: the store's person fields plus when they were created. */
export interface DemoPerson extends PersonFields {
  createdAt: number;
}

export interface DemoRelation {
  account: number;
  person: number;
  relationType: 'employee' | 'contractor';
  roles: string[];
  startedOn: string | null;
  endedOn: string | null;
}

export interface DemoActivity {
  person: number;
  account: number | null;
  type: KnownActivityType;
  occurredAt: number;
  metadata: Record<string, JsonValue>;
}

export interface DemoData {
  accounts: DemoAccount[];
  people: DemoPerson[];
  relations: DemoRelation[];
  activities: DemoActivity[];
}

export interface DemoDataOptions {
  seed?: number;
  accounts?: number;
  people?: number;
  /** Epoch ms the data set is generated "at": activities fall in the 60 days before it. */
  now: number;
}

export const DEMO_DEFAULTS = { seed: 42, accounts: 200, people: 5000 } as const;
export const ACTIVITY_WINDOW_DAYS = 60;

// ---------------------------------------------------------------------------------------------
// Generation

const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** ASCII spelling for e-mail local parts and domains: José Núñez → jose nunez, Łukasz → lukasz. */
export function asciiFold(s: string): string {
  return s
    .replace(/[Łł]/g, 'l')
    .replace(/[Øø]/g, 'o')
    .replace(/[Ææ]/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[Đđ]/g, 'd')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** Real CRM titles: shouting, lower case, stray spaces, odd commas, abbreviations. `next` returns [0, 1). */
export function messyTitle(next: () => number, title: string): string {
  const r = next();
  if (r < 0.04) return title.toUpperCase();
  if (r < 0.08) return title.toLowerCase();
  if (r < 0.11) return `  ${title.replace(', ', ',  ')} `;
  if (r < 0.13) return title.replace(', ', ' , ');
  if (r < 0.15) return title.replace('Senior ', 'Sr ').replace('Sr. ', 'Senior ').replace('Director', 'Dir.');
  return title;
}

interface Corp {
  index: number;
  domain: string;
  place: Place;
  heat: number;
}

export function generateDemoData(options: DemoDataOptions): DemoData {
  const seed = options.seed ?? DEMO_DEFAULTS.seed;
  const accountCount = options.accounts ?? DEMO_DEFAULTS.accounts;
  const peopleCount = options.people ?? DEMO_DEFAULTS.people;
  const now = options.now;
  const rng = new Rng(seed);

  const placeWeights = PLACES.map((p) => p.weight);
  const industryWeights = INDUSTRIES.map((i) => i.weight);
  const pickPlace = () => rng.weighted(PLACES, placeWeights);
  const placeIn = (region: Place['region']) => {
    const inRegion = PLACES.filter((p) => p.region === region);
    return rng.weighted(inRegion, inRegion.map((p) => p.weight));
  };

  // ---- accounts ------------------------------------------------------------------------------
  const accounts: DemoAccount[] = [];
  /** The corporation each account belongs to (for e-mail domains, heat and locale). */
  const corpOf: Corp[] = [];
  const usedNames = new Set<string>();
  const usedDomains = new Set<string>();
  const accountSpanMs = 3 * 365 * DAY_MS;
  const accountCreatedAt = (i: number) => now - accountSpanMs + Math.floor(((i + rng.next()) * accountSpanMs * 0.9) / Math.max(1, accountCount));
  const sfId = (prefix: string) => prefix + rng.chars('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 15);

  const customFor = (employees: number): CustomAttributes => {
    const tier = employees >= 10_000 ? 'Tier 1' : employees >= 1_000 ? 'Tier 2' : 'Tier 3';
    const custom: CustomAttributes = { tier, icpFit: Math.round(Math.min(100, Math.max(0, 35 + rng.next() * 50 + (tier === 'Tier 1' ? 15 : 0)))) };
    if (rng.chance(0.3)) {
      custom.customer = true;
      custom.renewalDate = day(now + rng.int(15, 400) * DAY_MS);
    } else {
      custom.customer = false;
    }
    if (rng.chance(0.2)) custom.accountOwner = rng.pick(['Dana Whitfield', 'Marco Rossi', 'Keiko Abe', 'Liam Byrne', 'Ines Duarte']);
    return custom;
  };

  let showcase = 0;
  while (accounts.length < accountCount) {
    // Corporation.
    let name: string;
    let domain: string;
    let place: Place;
    let industry: Industry;
    const special = SHOWCASE_COMPANIES[showcase];
    if (special) {
      showcase++;
      name = special.name;
      domain = special.domain;
      place = PLACES.find((p) => p.country === special.country && p.city === special.city) as Place;
      industry = INDUSTRIES.find((i) => i.name === special.industry) as Industry;
    } else {
      industry = rng.weighted(INDUSTRIES, industryWeights);
      place = pickPlace();
      let attempt = 0;
      do {
        const root = rng.pick(ROOTS);
        const second = attempt > 3 ? ` ${rng.pick(ROOTS)}` : '';
        const suffix = rng.pick(industry.suffixes);
        const legal = rng.chance(0.35) ? rng.pick(place.locale === 'de' ? [' GmbH', ' AG'] : place.locale === 'fr' ? [' SA', ' SAS'] : place.locale === 'nl' ? [' B.V.'] : [', Inc.', ' Inc', ' LLC', ' Ltd', ' Group', ' Holdings']) : '';
        name = `${root}${second} ${suffix}${legal}`;
        attempt++;
      } while (usedNames.has(name));
      domain = `${asciiFold(brandOf(name))}.${place.tld}`;
      while (usedDomains.has(domain)) domain = `${rng.int(2, 99)}${domain}`;
    }
    usedNames.add(name);
    usedDomains.add(domain);
    const heatRoll = rng.next();
    // A few accounts are "in market" and generate most of the engagement.
    const heat = heatRoll < 0.15 ? 4 + rng.next() * 4 : heatRoll < 0.5 ? 0.8 + rng.next() * 1.2 : 0.1 + rng.next() * 0.4;
    const corpEmployees = Math.round(rng.logUniform(200, 150_000));
    const corpIndex = accounts.length;
    const corp: Corp = { index: corpIndex, domain, place, heat };
    const revenuePerHead = industry.name === 'Government' || industry.name === 'Education' ? null : rng.int(120, 450) * 1000;
    accounts.push({
      parent: null,
      level: 1,
      name,
      domain,
      industry: industry.name,
      employees: corpEmployees,
      annualRevenue: revenuePerHead == null ? null : Math.round((corpEmployees * revenuePerHead) / 1e5) * 1e5,
      country: place.country,
      region: place.region,
      state: place.state,
      city: place.city,
      sicCode: rng.pick(industry.sic),
      externalId: rng.chance(0.85) ? sfId('001') : null,
      custom: customFor(corpEmployees),
      createdAt: accountCreatedAt(corpIndex),
    });
    corpOf.push(corp);

    // Divisions: small companies have none, large ones up to five.
    const divisionCount = corpEmployees < 2_000 ? (rng.chance(0.2) ? 1 : 0) : rng.weighted([0, 1, 2, 3, 4, 5], [3, 2, 3, 2, 1, 1]);
    const divisionNames = [...DIVISION_NAMES];
    for (let d = 0; d < divisionCount && accounts.length < accountCount; d++) {
      const divName = divisionNames.splice(rng.int(0, divisionNames.length - 1), 1)[0] as string;
      const divRegion: Place['region'] | null =
        divName === 'Europe' ? 'EMEA' : divName === 'North America' ? 'North America' : divName === 'APAC' ? 'APAC' : divName === 'Latin America' ? 'LATAM' : null;
      const divPlace = divRegion ? placeIn(divRegion) : rng.chance(0.7) ? place : pickPlace();
      const divEmployees = Math.max(20, Math.round(corpEmployees * (0.05 + rng.next() * 0.3)));
      const divIndex = accounts.length;
      accounts.push({
        parent: corpIndex,
        level: 2,
        name: `${brandOf(name)} ${divName}`,
        domain: rng.chance(0.4) ? `${DIVISION_SUBDOMAINS[divName] ?? asciiFold(divName.split(' ')[0] as string)}.${domain}` : null,
        industry: rng.chance(0.9) ? industry.name : rng.weighted(INDUSTRIES, industryWeights).name,
        employees: rng.chance(0.92) ? divEmployees : null,
        annualRevenue: revenuePerHead == null || rng.chance(0.3) ? null : Math.round((divEmployees * revenuePerHead) / 1e5) * 1e5,
        country: divPlace.country,
        region: divPlace.region,
        state: divPlace.state,
        city: divPlace.city,
        sicCode: rng.chance(0.7) ? rng.pick(industry.sic) : null,
        externalId: rng.chance(0.7) ? sfId('001') : null,
        custom: customFor(divEmployees),
        createdAt: accountCreatedAt(divIndex),
      });
      corpOf.push(corp);

      const departmentCount = rng.weighted([0, 1, 2, 3], [4, 3, 2, 1]);
      const departmentNames = [...DEPARTMENT_NAMES];
      for (let k = 0; k < departmentCount && accounts.length < accountCount; k++) {
        const deptName = departmentNames.splice(rng.int(0, departmentNames.length - 1), 1)[0] as string;
        const deptEmployees = Math.max(5, Math.round(divEmployees * (0.02 + rng.next() * 0.15)));
        const deptIndex = accounts.length;
        accounts.push({
          parent: divIndex,
          level: 3,
          name: `${accounts[divIndex]?.name} – ${deptName}`,
          domain: null,
          industry: industry.name,
          employees: rng.chance(0.8) ? deptEmployees : null,
          annualRevenue: null,
          country: divPlace.country,
          region: divPlace.region,
          state: divPlace.state,
          city: divPlace.city,
          sicCode: null,
          externalId: rng.chance(0.5) ? sfId('001') : null,
          custom: { tier: 'Tier 3', icpFit: Math.round(30 + rng.next() * 60), customer: false, costCenter: `CC-${rng.int(1000, 9999)}` },
          createdAt: accountCreatedAt(deptIndex),
        });
        corpOf.push(corp);
      }
    }
  }

  // ---- people --------------------------------------------------------------------------------
  // People land on accounts in proportion to log(size): big accounts have more known contacts.
  const accountWeights = accounts.map((a) => Math.log10((a.employees ?? 50) + 10) ** 2);
  const accountIndexes = accounts.map((_, i) => i);
  const people: DemoPerson[] = [];
  const relations: DemoRelation[] = [];
  const usedEmails = new Set<string>();
  const personAccount: number[] = [];
  /** Activity propensity per person (0 = never engages). */
  const propensity: number[] = [];
  /** Day the person left their (only) account, when they left and went nowhere we know of. */
  const leftOn: (string | null)[] = [];
  const personSpanMs = 2 * 365 * DAY_MS;
  const levels = Object.keys(LEVEL_WEIGHTS) as Level[];
  const levelWeights = levels.map((l) => LEVEL_WEIGHTS[l]);
  const fns = Object.keys(FUNCTION_WEIGHTS) as Fn[];
  const fnWeights = fns.map((f) => FUNCTION_WEIGHTS[f]);
  const pad = (v: number, w: number) => String(v).padStart(w, '0');

  for (let p = 0; p < peopleCount; p++) {
    const accountIndex = rng.weighted(accountIndexes, accountWeights);
    const account = accounts[accountIndex] as DemoAccount;
    const corp = corpOf[accountIndex] as Corp;
    const place = PLACES.find((pl) => pl.country === account.country && pl.city === account.city) ?? corp.place;
    // Mostly local names, with the mix any international company has.
    const locale: Locale = rng.chance(0.75) ? place.locale : rng.pick(Object.keys(NAMES) as Locale[]);
    const show = SHOWCASE_PEOPLE[p];
    const first = show ? show.first : rng.pick(NAMES[locale].first);
    const last = show ? show.last : rng.pick(NAMES[locale].last);

    let title: string;
    let fn: Fn;
    let level: Level;
    const local = LOCAL_TITLES[locale];
    if (show) {
      title = show.title;
      fn = show.fn;
      level = show.level;
    } else if (local && rng.chance(0.2)) {
      const t = rng.pick(local);
      title = t.title;
      fn = t.fn;
      level = t.level;
    } else {
      fn = rng.weighted(fns, fnWeights);
      level = rng.weighted(levels, levelWeights);
      title = messyTitle(rng.next, rng.pick(TITLES[fn][level]));
    }

    // E-mail: the corporation's domain, in the usual corporate formats; unique regardless of case.
    const f = first.ascii ?? asciiFold(first.name);
    const l = last.ascii ?? asciiFold(last.name);
    const format = rng.weighted(['first.last', 'flast', 'first_last', 'firstl'], [60, 22, 6, 12]);
    const base = format === 'first.last' ? `${f}.${l}` : format === 'flast' ? `${f[0]}${l}` : format === 'first_last' ? `${f}_${l}` : `${f}${l[0]}`;
    let local_ = base;
    for (let k = 2; usedEmails.has(`${local_}@${corp.domain}`); k++) local_ = `${base}${k}`;
    usedEmails.add(`${local_}@${corp.domain}`);
    let email = `${local_}@${corp.domain}`;
    if (rng.chance(0.03)) email = `${local_.charAt(0).toUpperCase()}${local_.slice(1)}@${corp.domain.toUpperCase()}`;

    const sameAsAccount = rng.chance(0.8);
    const personPlace = sameAsAccount ? place : rng.chance(0.6) ? placeIn(place.region) : pickPlace();
    const createdAt = now - personSpanMs + Math.floor(((p + rng.next()) * personSpanMs * 0.95) / Math.max(1, peopleCount));
    const custom: CustomAttributes = { leadSource: rng.pick(LEAD_SOURCES) };
    if (rng.chance(0.25)) custom.mql = rng.chance(0.5);
    if (rng.chance(0.1)) custom.preferredLanguage = rng.pick(['en', 'de', 'fr', 'es', 'ja', 'pt-BR']);

    people.push({
      email,
      firstName: rng.chance(0.01) ? null : first.name,
      lastName: last.name,
      jobTitle: rng.chance(0.03) ? null : title,
      department: rng.chance(0.15) ? null : rng.pick(DEPARTMENTS[fn]),
      seniority: rng.chance(0.25) ? null : rng.pick(SENIORITIES[level]),
      phone: rng.chance(0.2) ? null : `${personPlace.phone} ${pad(rng.int(100, 999), 3)} ${pad(rng.int(0, 9999), 4)}`,
      country: rng.chance(0.05) ? null : personPlace.country,
      state: personPlace.state,
      city: personPlace.city,
      postalCode: rng.chance(0.3) ? null : `${personPlace.postal}${pad(rng.int(0, 99), 2)}`,
      externalId: rng.chance(0.7) ? sfId('003') : null,
      emailInvalid: rng.chance(0.01),
      emailSuspended: rng.chance(0.005),
      unsubscribed: rng.chance(0.04),
      custom,
      explicitSeniority: null,
      explicitFunction: null,
      createdAt,
    });

    // Relations: mostly employees, some contractors; some have left; a few work at two accounts.
    const startedOn = rng.chance(0.7) ? day(now - rng.int(60, 4000) * DAY_MS) : null;
    const roles = rng.chance(0.08) ? [rng.pick(ACCOUNT_ROLES)] : [];
    const relationType = rng.chance(0.9) ? 'employee' : 'contractor';
    const left = rng.chance(0.06);
    const endedOn = left ? day(now - rng.int(1, 540) * DAY_MS) : null;
    relations.push({ account: accountIndex, person: p, relationType, roles, startedOn, endedOn: endedOn && startedOn && endedOn < startedOn ? startedOn : endedOn });
    let current = accountIndex;
    let leftFor: string | null = endedOn;
    const second = left ? rng.chance(0.35) : rng.chance(0.02);
    if (second) {
      let other = rng.weighted(accountIndexes, accountWeights);
      if (other === accountIndex) other = (accountIndex + 1 + rng.int(0, accounts.length - 2)) % accounts.length;
      if (other !== accountIndex) {
        relations.push({
          account: other,
          person: p,
          relationType: left ? 'employee' : 'contractor',
          roles: [],
          startedOn: endedOn ?? (rng.chance(0.5) ? day(now - rng.int(30, 700) * DAY_MS) : null),
          endedOn: null,
        });
        if (left) {
          current = other;
          leftFor = null;
        }
      }
    }
    personAccount.push(current);
    leftOn.push(leftFor);
    // Heavy-tailed engagement: a third never engage, a few engage a lot.
    const roll = rng.next();
    propensity.push(roll < 0.35 ? 0 : roll < 0.9 ? 0.3 + rng.next() * 1.2 : 2 + rng.next() * 6);
  }

  // ---- activities ----------------------------------------------------------------------------
  const activities: DemoActivity[] = [];
  const windowMs = ACTIVITY_WINDOW_DAYS * DAY_MS;
  const metadataFor = (type: KnownActivityType): Record<string, JsonValue> => {
    switch (type) {
      case 'email_opened':
        return { campaign: rng.pick(CAMPAIGNS) };
      case 'email_clicked':
        return { campaign: rng.pick(CAMPAIGNS), url: rng.pick(PAGES) };
      case 'link_clicked':
      case 'page_viewed':
        return { url: rng.pick(PAGES) };
      case 'form_filled':
        return { form: rng.pick(FORMS) };
      case 'event_registered':
      case 'event_attended':
        return { event: rng.pick(EVENTS) };
      case 'interesting_moment':
        return { description: rng.pick(MOMENTS) };
    }
  };
  for (let p = 0; p < peopleCount; p++) {
    const accountIndex = personAccount[p] as number;
    const heat = (corpOf[accountIndex] as Corp).heat;
    const mean = 4 * heat * (propensity[p] as number);
    const count = Math.min(150, rng.poisson(mean));
    const ended = leftOn[p];
    const endMs = ended ? Date.parse(`${ended}T00:00:00Z`) : now;
    if (endMs <= now - windowMs) continue;
    // Hot accounts are heating up: their activity leans towards recent days.
    const recency = heat > 3 ? 1.8 : 1;
    for (let k = 0; k < count; k++) {
      const ago = Math.floor(windowMs * rng.next() ** recency);
      const at = now - ago;
      if (at > endMs) continue;
      // Business hours, give or take: pull the time of day towards 9:00–18:00 UTC.
      const dayStart = at - (at % DAY_MS);
      const occurredAt = Math.max(now - windowMs, Math.min(now, endMs, dayStart + Math.floor((7 + rng.next() * 11) * 3_600_000)));
      const type = rng.weighted(ACTIVITY_TYPES, ACTIVITY_TYPE_WEIGHTS);
      const metadata = metadataFor(type);
      activities.push({ person: p, account: accountIndex, type, occurredAt, metadata });
      // Registrations are often followed by attendance a few days later.
      if (type === 'event_registered' && rng.chance(0.5)) {
        const attendedAt = occurredAt + rng.int(1, 10) * DAY_MS;
        if (attendedAt <= Math.min(now, endMs)) activities.push({ person: p, account: accountIndex, type: 'event_attended', occurredAt: attendedAt, metadata });
      }
    }
  }
  activities.sort((a, b) => a.occurredAt - b.occurredAt || a.person - b.person);

  return { accounts, people, relations, activities };
}

// ---------------------------------------------------------------------------------------------
// Reference data for other generators (the benchmark's million-person tenant, bench/data.ts)

export type DemoFunction = Fn;
export type DemoLevel = Level;

export const DEMO_REFERENCE = {
  industries: INDUSTRIES,
  roots: ROOTS,
  divisionNames: DIVISION_NAMES,
  departmentNames: DEPARTMENT_NAMES,
  places: PLACES,
  names: NAMES,
  titles: TITLES,
  localTitles: LOCAL_TITLES,
  departments: DEPARTMENTS,
  seniorities: SENIORITIES,
  levelWeights: LEVEL_WEIGHTS,
  functionWeights: FUNCTION_WEIGHTS,
  accountRoles: ACCOUNT_ROLES,
  leadSources: LEAD_SOURCES,
} as const;
