/** A condition in a few words, for lists ("derivedSeniority is one of cxo, vp and 1 more"). */
import { OP_LABELS } from './model.ts';
import type { Condition } from './types.ts';

function operand(v: unknown): string {
  if (v === undefined) return '';
  if (Array.isArray(v)) return ` ${v.map(String).join(', ')}`;
  return ` ${String(v)}`;
}

/** `derivedSeniority` → "derived seniority"; custom attributes by their key. */
function fieldWords(field: string): string {
  return field.startsWith('custom.') ? field.slice(7) : field.replace(/([A-Z])/g, ' $1').toLowerCase();
}

function leaf(c: Condition): string {
  if ('field' in c) return `${fieldWords(c.field)} ${OP_LABELS[c.op] ?? c.op}${operand(c.value)}`;
  if ('activity' in c) return `did ${[c.activity.type].flat().join(' or ')} ≥ ${c.activity.atLeast}× in ${c.activity.inLastDays} days`;
  if ('persona' in c) return 'matches a persona';
  if ('memberOfList' in c) return 'in a list';
  if ('roleInAccount' in c) return `role in account ${OP_LABELS[c.roleInAccount.op]}${operand(c.roleInAccount.value)}`;
  if ('descendantOf' in c) return 'below an account';
  if ('people' in c) return `≥ ${c.people.atLeast} related people${c.people.where ? ' matching' : ''}`;
  if ('buyingGroup' in c) return 'has a buying group';
  return '…';
}

/** Counts the leaves, names the first few. */
export function summarizeCondition(c: Condition | null | undefined, max = 2): string {
  if (!c) return '—';
  const leaves: string[] = [];
  const visit = (x: Condition, neg: boolean): void => {
    if ('all' in x) x.all.forEach((y) => visit(y, neg));
    else if ('any' in x) x.any.forEach((y) => visit(y, neg));
    else if ('not' in x) visit(x.not, !neg);
    else leaves.push((neg ? 'not ' : '') + leaf(x));
  };
  visit(c, false);
  if (leaves.length === 0) return 'all' in c ? 'always holds (empty all)' : 'never holds (empty any)';
  const joiner = 'any' in c ? ' or ' : ' and ';
  const shown = leaves.slice(0, max).join(joiner);
  return leaves.length > max ? `${shown} and ${leaves.length - max} more` : shown;
}
