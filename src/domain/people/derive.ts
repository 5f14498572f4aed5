/**
 * Derived seniority and function from messy job titles (placeholder until the full table-driven
 * version lands; same signatures). Values are returned normalised (lower-case).
 */
import { normText } from '../text.ts';

export type DerivedSeniority = 'c-level' | 'vp' | 'director' | 'manager' | 'individual contributor';

export function deriveSeniority(title: string | null | undefined): DerivedSeniority | null {
  if (!title) return null;
  const t = ` ${normText(title).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  if (t.trim() === '') return null;
  if (/ (chief|ceo|cfo|cio|cto|ciso|cmo|coo|cro|president|founder) /.test(t)) return 'c-level';
  if (/ (vp|svp|evp|vice president) /.test(t)) return 'vp';
  if (/ (director|dir|head) /.test(t)) return 'director';
  if (/ (manager|mgr|lead|supervisor) /.test(t)) return 'manager';
  return 'individual contributor';
}

const FUNCTIONS: [string, RegExp][] = [
  ['security', / (security|ciso|infosec|cyber) /],
  ['it', / (it|cio|information technology|infrastructure|systems|network) /],
  ['engineering', / (engineering|engineer|cto|developer|software|devops) /],
  ['marketing', / (marketing|cmo|brand|demand|growth) /],
  ['sales', / (sales|cro|revenue|account executive|business development) /],
  ['finance', / (finance|cfo|accounting|controller|treasury) /],
  ['legal', / (legal|counsel|attorney|compliance) /],
  ['hr', / (hr|human resources|people|talent|recruiting) /],
  ['procurement', / (procurement|purchasing|sourcing) /],
  ['operations', / (operations|ops|coo|supply chain) /],
  ['product', / (product) /],
  ['design', / (design|ux) /],
  ['executive', / (ceo|president|founder|chief executive) /],
];

export function deriveFunction(title: string | null | undefined, department?: string | null): string | null {
  for (const source of [title, department]) {
    if (!source) continue;
    const t = ` ${normText(source).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
    for (const [name, re] of FUNCTIONS) if (re.test(t)) return name;
  }
  return null;
}
