/** The editors of leaf conditions, one per kind of leaf in ast.ts. */
import type { ReactNode } from 'react';
import { ActionIcon, Button, Group, Menu, MultiSelect, NumberInput, SegmentedControl, Select, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useBuilder } from './context.ts';
import { useConditionFields, type CatalogueField } from './data.ts';
import { DEFAULT_OP, OPS_BY_TYPE, asList, oneOrMany, withOp } from './model.ts';
import { OperandInput, OperatorSelect, ScoreTestEditor, StringTestEditor } from './operands.tsx';
import { AccountPicker } from './AccountPicker.tsx';
import {
  RELATION_TYPES,
  type ActivityCondition,
  type BuyingGroupTest,
  type Condition,
  type FieldCondition,
  type Op,
  type PeopleCondition,
  type RelationType,
  type RoleInAccountCondition,
  type Subject,
  type ValueType,
} from './types.ts';

const CUSTOM = 'custom.';
const OTHER_CUSTOM = '__other_custom__';
const GROUP_LABELS: Record<string, string> = { person: 'Person', derived: 'Derived from title and activity', account: 'Account', custom: 'Custom attributes (found in the data)' };
const TYPE_LABELS: Record<ValueType, string> = { string: 'Text', number: 'Number', date: 'Date', boolean: 'Yes/no' };

/** Resolves a leaf's field against the catalogue: its type and closed set (custom: the leaf's `type`, default text). */
function resolve(c: FieldCondition, fields: CatalogueField[]): { type: ValueType; values?: readonly string[] | undefined; label: string; custom: boolean } {
  if (c.field.startsWith(CUSTOM)) return { type: c.type ?? 'string', label: c.field.slice(CUSTOM.length) || 'custom attribute', custom: true };
  const f = fields.find((x) => x.path === c.field);
  return { type: f?.type ?? 'string', values: f?.values, label: (f?.label ?? c.field).toLowerCase(), custom: false };
}

export function FieldLeaf({ node, path, subject, onChange }: { node: FieldCondition; path: string; subject: Subject; onChange: (c: Condition) => void }) {
  const { readOnly, errorsAt } = useLeaf(path);
  const catalogue = useConditionFields(subject);
  const fields = catalogue.data?.fields ?? [];
  const r = resolve(node, fields);
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const f of fields) {
    const g = GROUP_LABELS[f.group] ?? f.group;
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g)?.push({ value: f.path, label: f.group === 'custom' ? `${f.label} (${TYPE_LABELS[f.type].toLowerCase()})` : f.label });
  }
  const known = fields.some((f) => f.path === node.field);
  const data = [
    ...(!known ? [{ group: 'This condition', items: [{ value: node.field, label: node.field.startsWith(CUSTOM) ? `${node.field.slice(CUSTOM.length)} (custom)` : node.field }] }] : []),
    ...[...groups.entries()].map(([group, items]) => ({ group, items })),
    { group: 'Other', items: [{ value: OTHER_CUSTOM, label: 'Another custom attribute…' }] },
  ];
  const pickField = (v: string | null) => {
    if (!v || v === node.field) return;
    const picked = fields.find((f) => f.path === v);
    const field = v === OTHER_CUSTOM ? `${CUSTOM}attribute` : v;
    const type: ValueType = picked?.type ?? 'string';
    const isCustom = field.startsWith(CUSTOM);
    const next: FieldCondition = { field, op: node.op };
    if (isCustom && type !== 'string') next.type = type;
    if (type === r.type && OPS_BY_TYPE[type].includes(node.op)) {
      if (node.value !== undefined) next.value = node.value;
      onChange(next);
    } else onChange(withOp({ ...next, op: DEFAULT_OP[type] }, type, DEFAULT_OP[type]));
  };
  const setType = (t: ValueType) => {
    const { type: _t, ...rest } = node;
    const next: FieldCondition = { ...rest, type: t };
    onChange(OPS_BY_TYPE[t].includes(node.op) && t === r.type ? next : withOp({ ...next, value: undefined }, t, DEFAULT_OP[t]));
  };
  const setValue = (v: FieldCondition['value']) => {
    const { value: _v, ...rest } = node;
    onChange(v === undefined ? rest : { ...rest, value: v });
  };
  return (
    <Group gap="xs" wrap="wrap" align="flex-start">
      <Select size="xs" aria-label="Attribute" data={data} value={node.field} onChange={pickField} allowDeselect={false} searchable readOnly={readOnly} error={errorsAt('/field')} w={220} maxDropdownHeight={320} />
      {r.custom && (
        <>
          <TextInput
            size="xs"
            aria-label="Custom attribute key"
            value={node.field.slice(CUSTOM.length)}
            onChange={(e) => onChange({ ...node, field: CUSTOM + e.currentTarget.value })}
            readOnly={readOnly}
            w={140}
          />
          <Select
            size="xs"
            aria-label="Read the custom attribute as"
            data={(['string', 'number', 'date', 'boolean'] as const).map((t) => ({ value: t, label: TYPE_LABELS[t] }))}
            value={node.type ?? 'string'}
            onChange={(v) => v && v !== (node.type ?? 'string') && setType(v as ValueType)}
            allowDeselect={false}
            readOnly={readOnly}
            error={errorsAt('/type')}
            w={100}
          />
        </>
      )}
      {r.type === 'boolean' ? (
        <SegmentedControl
          size="xs"
          aria-label={`${r.label}: true or false`}
          readOnly={readOnly}
          value={node.op}
          onChange={(v) => onChange(withOp(node, 'boolean', v as Op))}
          data={[
            { value: 'is_true', label: 'is true' },
            { value: 'is_false', label: 'is false' },
            ...(node.op === 'is_true' || node.op === 'is_false' ? [] : [{ value: node.op, label: node.op }]),
          ]}
        />
      ) : (
        <OperatorSelect type={r.type} op={node.op} onChange={(op) => onChange(withOp(node, r.type, op))} readOnly={readOnly} what={r.label} error={errorsAt('/op')} />
      )}
      <OperandInput type={r.type} op={node.op} value={node.value} values={r.values} onChange={setValue} readOnly={readOnly} what={r.label} error={errorsAt('/value')} />
    </Group>
  );
}

function useLeaf(path: string) {
  const { readOnly, errors } = useBuilder();
  const errorsAt = (sub: string) => {
    const m = errors.filter((e) => e.path === path + sub || e.path.startsWith(`${path + sub}/`)).map((e) => e.message);
    return m.length ? m.join('; ') : undefined;
  };
  return { readOnly, errorsAt };
}

/** Options with the current values kept even when unknown (so nothing shown is lost). */
function withCurrent(data: { value: string; label: string }[], current: string[]): { value: string; label: string }[] {
  return [...data, ...current.filter((c) => c !== '' && !data.some((d) => d.value === c)).map((c) => ({ value: c, label: c }))];
}

function whole(n: number | string, fallback: number): number {
  return typeof n === 'number' && Number.isFinite(n) ? n : fallback;
}

export function ActivityLeaf({ node, path, onChange }: { node: ActivityCondition; path: string; onChange: (c: Condition) => void }) {
  const { readOnly, errorsAt } = useLeaf(path);
  const { refs } = useBuilder();
  const a = node.activity;
  const types = asList(a.type);
  return (
    <Group gap="xs" wrap="wrap" align="flex-start">
      <Text size="sm" pt={4}>
        Did
      </Text>
      <MultiSelect
        size="xs"
        aria-label="Activity types"
        placeholder="Activity types"
        data={withCurrent(refs.activityTypes, types)}
        value={types}
        onChange={(v) => onChange({ activity: { ...a, type: oneOrMany(v) } })}
        searchable
        readOnly={readOnly}
        error={errorsAt('/activity/type')}
        w={260}
      />
      <Text size="sm" pt={4}>
        at least
      </Text>
      <NumberInput size="xs" aria-label="At least (times)" min={1} allowDecimal={false} value={a.atLeast} onChange={(n) => onChange({ activity: { ...a, atLeast: whole(n, a.atLeast) } })} readOnly={readOnly} error={errorsAt('/activity/atLeast')} w={80} />
      <Text size="sm" pt={4}>
        times in the last
      </Text>
      <NumberInput size="xs" aria-label="In the last (days)" min={1} allowDecimal={false} value={a.inLastDays} onChange={(n) => onChange({ activity: { ...a, inLastDays: whole(n, a.inLastDays) } })} readOnly={readOnly} error={errorsAt('/activity/inLastDays')} w={80} />
      <Text size="sm" pt={4}>
        days
      </Text>
    </Group>
  );
}

export function RefLeaf({ kind, id, path, onChange }: { kind: 'persona' | 'memberOfList'; id: string; path: string; onChange: (c: Condition) => void }) {
  const { readOnly, errorsAt } = useLeaf(path);
  const { refs } = useBuilder();
  const data = withCurrent(kind === 'persona' ? refs.personas : refs.staticLists, [id]);
  return (
    <Group gap="xs" wrap="wrap" align="flex-start">
      <Text size="sm" pt={4}>
        {kind === 'persona' ? 'Matches the persona' : 'Is in the static list'}
      </Text>
      <Select
        size="xs"
        aria-label={kind === 'persona' ? 'Persona' : 'Static account list'}
        placeholder={kind === 'persona' ? 'Choose a persona' : 'Choose a static list'}
        data={data}
        value={id || null}
        onChange={(v) => v && onChange(kind === 'persona' ? { persona: v } : { memberOfList: v })}
        allowDeselect={false}
        searchable
        readOnly={readOnly}
        error={errorsAt(`/${kind}`)}
        nothingFoundMessage={kind === 'persona' ? 'No persona yet' : 'No static list yet'}
        w={260}
      />
    </Group>
  );
}

export function DescendantLeaf({ id, path, onChange }: { id: string; path: string; onChange: (c: Condition) => void }) {
  const { readOnly, errorsAt } = useLeaf(path);
  return (
    <Group gap="xs" wrap="wrap" align="flex-start">
      <Text size="sm" pt={4}>
        Is below the account
      </Text>
      <AccountPicker size="xs" aria-label="Ancestor account" value={id || null} onChange={(v) => v && onChange({ descendantOf: v })} readOnly={readOnly} error={errorsAt('/descendantOf')} w={280} />
    </Group>
  );
}

export function RoleInAccountLeaf({ node, path, onChange }: { node: RoleInAccountCondition; path: string; onChange: (c: Condition) => void }) {
  const { readOnly, errorsAt } = useLeaf(path);
  return (
    <Group gap="xs" wrap="wrap" align="flex-start">
      <Text size="sm" pt={4}>
        Role in the account
      </Text>
      <StringTestEditor test={node.roleInAccount} onChange={(t) => onChange({ roleInAccount: t })} readOnly={readOnly} what="role in the account" errorOp={errorsAt('/roleInAccount/op')} errorValue={errorsAt('/roleInAccount/value')} />
    </Group>
  );
}

/** `people`: at least N related people (of some relation types) for whom `where` holds; `whereEditor` is the nested person condition's editor. */
export function PeopleLeaf({ node, path, onChange, whereEditor }: { node: PeopleCondition; path: string; onChange: (c: Condition) => void; whereEditor: ReactNode }) {
  const { readOnly, errorsAt } = useLeaf(path);
  const p = node.people;
  const rel = asList(p.relationType);
  return (
    <Stack gap="xs">
      <Group gap="xs" wrap="wrap" align="flex-start">
        <Text size="sm" pt={4}>
          At least
        </Text>
        <NumberInput size="xs" aria-label="At least (people)" min={1} allowDecimal={false} value={p.atLeast} onChange={(n) => onChange({ people: { ...p, atLeast: whole(n, p.atLeast) } })} readOnly={readOnly} error={errorsAt('/people/atLeast')} w={90} />
        <Text size="sm" pt={4}>
          related people
        </Text>
        <MultiSelect
          size="xs"
          aria-label="Relation types"
          placeholder={rel.length ? undefined : 'any relation'}
          data={withCurrent(
            RELATION_TYPES.map((t) => ({ value: t, label: t === 'employee' ? 'employees' : 'contractors' })),
            rel,
          )}
          value={rel}
          onChange={(v) => {
            const { relationType: _r, ...rest } = p;
            onChange({ people: v.length ? { ...rest, relationType: oneOrMany(v as RelationType[]) } : rest });
          }}
          readOnly={readOnly}
          error={errorsAt('/people/relationType')}
          w={240}
        />
        {p.where === undefined && !readOnly && (
          <Button size="compact-xs" variant="default" leftSection={<IconPlus size={12} aria-hidden />} onClick={() => onChange({ people: { ...p, where: { all: [] } } })}>
            Only people who…
          </Button>
        )}
      </Group>
      {p.where !== undefined && (
        <Stack gap={4} pl="md">
          <Text size="xs" c="dimmed">
            who match:
          </Text>
          {whereEditor}
        </Stack>
      )}
    </Stack>
  );
}

type BgKey = 'stage' | 'status' | 'completeness' | 'engagement' | 'roleCount';
const BG_LABELS: Record<BgKey, string> = { stage: 'Stage', status: 'Status label', completeness: 'Completeness score', engagement: 'Engagement score', roleCount: 'People in a role' };

export function BuyingGroupLeaf({ node, path, onChange }: { node: { buyingGroup: BuyingGroupTest }; path: string; onChange: (c: Condition) => void }) {
  const { readOnly, errorsAt } = useLeaf(path);
  const { refs } = useBuilder();
  const b = node.buyingGroup;
  const set = (next: BuyingGroupTest) => onChange({ buyingGroup: next });
  const drop = (k: keyof BuyingGroupTest) => {
    const { [k]: _x, ...rest } = b;
    set(rest as BuyingGroupTest);
  };
  const missing = (Object.keys(BG_LABELS) as BgKey[]).filter((k) => b[k] === undefined);
  const add = (k: BgKey) => {
    if (k === 'stage') set({ ...b, stage: refs.stagesOf(b.solutionInterestId)[0]?.value ?? '' });
    if (k === 'status') set({ ...b, status: { op: 'is_not_empty' } });
    if (k === 'completeness' || k === 'engagement') set({ ...b, [k]: { op: 'lt', value: 50 } });
    if (k === 'roleCount') set({ ...b, roleCount: [{ roleId: refs.roles[0]?.value ?? '', atLeast: 1 }] });
  };
  const remove = (k: BgKey) =>
    readOnly ? null : (
      <Tooltip label={`Remove the ${BG_LABELS[k].toLowerCase()} constraint`}>
        <ActionIcon variant="subtle" color="gray" size="sm" aria-label={`Remove the ${BG_LABELS[k].toLowerCase()} constraint`} onClick={() => drop(k)}>
          <IconX size={14} aria-hidden />
        </ActionIcon>
      </Tooltip>
    );
  const stages = asList(b.stage);
  return (
    <Stack gap="xs">
      <Group gap="xs" wrap="wrap" align="flex-start">
        <Text size="sm" pt={4}>
          Has a buying group for
        </Text>
        <Select
          size="xs"
          aria-label="Solution interest"
          placeholder="Choose a solution interest"
          data={withCurrent(refs.solutionInterests, [b.solutionInterestId])}
          value={b.solutionInterestId || null}
          onChange={(v) => v && set({ ...b, solutionInterestId: v })}
          allowDeselect={false}
          searchable
          readOnly={readOnly}
          error={errorsAt('/buyingGroup/solutionInterestId')}
          w={240}
        />
        <SegmentedControl
          size="xs"
          aria-label="Active or inactive buying groups"
          readOnly={readOnly}
          value={b.active === undefined ? 'any' : String(b.active)}
          onChange={(v) => {
            if (v === 'any') drop('active');
            else set({ ...b, active: v === 'true' });
          }}
          data={[
            { value: 'any', label: 'Active or not' },
            { value: 'true', label: 'Active' },
            { value: 'false', label: 'Inactive' },
          ]}
        />
        {!readOnly && missing.length > 0 && (
          <Menu position="bottom-start">
            <Menu.Target>
              <Button size="compact-xs" variant="default" leftSection={<IconPlus size={12} aria-hidden />}>
                Constraint
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {missing.map((k) => (
                <Menu.Item key={k} onClick={() => add(k)}>
                  {BG_LABELS[k]}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
      {b.stage !== undefined && (
        <Group gap="xs" pl="md" align="flex-start">
          <Text size="sm" pt={4} w={150}>
            Stage is one of
          </Text>
          <MultiSelect
            size="xs"
            aria-label="Stages"
            data={withCurrent(refs.stagesOf(b.solutionInterestId), stages)}
            value={stages.filter((s) => s !== '')}
            onChange={(v) => (v.length ? set({ ...b, stage: oneOrMany(v) }) : set({ ...b, stage: [] }))}
            readOnly={readOnly}
            error={errorsAt('/buyingGroup/stage')}
            w={300}
          />
          {remove('stage')}
        </Group>
      )}
      {b.status !== undefined && (
        <Group gap="xs" pl="md" align="flex-start">
          <Text size="sm" pt={4} w={150}>
            Status label
          </Text>
          <StringTestEditor test={b.status} onChange={(t) => set({ ...b, status: t })} readOnly={readOnly} what="status label" errorOp={errorsAt('/buyingGroup/status/op')} errorValue={errorsAt('/buyingGroup/status/value')} />
          {remove('status')}
        </Group>
      )}
      {(['completeness', 'engagement'] as const).map((k) => {
        const t = b[k];
        return t === undefined ? null : (
          <Group key={k} gap="xs" pl="md" align="flex-start">
            <Text size="sm" pt={4} w={150}>
              {BG_LABELS[k]}
            </Text>
            <ScoreTestEditor test={t} onChange={(x) => set({ ...b, [k]: x })} readOnly={readOnly} what={`${k} score`} error={errorsAt(`/buyingGroup/${k}`)} />
            {remove(k)}
          </Group>
        );
      })}
      {b.roleCount !== undefined && (
        <Stack gap={4} pl="md">
          {b.roleCount.map((rc, i) => {
            const setRc = (next: typeof rc) => set({ ...b, roleCount: (b.roleCount ?? []).map((x, j) => (j === i ? next : x)) });
            const bound = (k: 'atLeast' | 'atMost', n: number | string) => {
              const { [k]: _x, ...rest } = rc;
              setRc(typeof n === 'number' ? { ...rest, [k]: n } : rest);
            };
            return (
              <Group key={i} gap="xs" align="flex-start">
                <Text size="sm" pt={4} w={150}>
                  {i === 0 ? 'People in the role' : 'and in the role'}
                </Text>
                <Select
                  size="xs"
                  aria-label={`Role ${i + 1}`}
                  data={withCurrent(refs.roles, [rc.roleId])}
                  value={rc.roleId || null}
                  onChange={(v) => v && setRc({ ...rc, roleId: v })}
                  allowDeselect={false}
                  searchable
                  readOnly={readOnly}
                  error={errorsAt(`/buyingGroup/roleCount/${i}/roleId`)}
                  w={200}
                />
                <NumberInput size="xs" aria-label={`At least (members in role ${i + 1})`} placeholder="at least" min={0} allowDecimal={false} value={rc.atLeast ?? ''} onChange={(n) => bound('atLeast', n)} readOnly={readOnly} error={errorsAt(`/buyingGroup/roleCount/${i}/atLeast`)} w={90} />
                <NumberInput size="xs" aria-label={`At most (members in role ${i + 1})`} placeholder="at most" min={0} allowDecimal={false} value={rc.atMost ?? ''} onChange={(n) => bound('atMost', n)} readOnly={readOnly} error={errorsAt(`/buyingGroup/roleCount/${i}/atMost`)} w={90} />
                {!readOnly && (
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    size="sm"
                    aria-label={`Remove role ${i + 1}`}
                    onClick={() => {
                      const rest = (b.roleCount ?? []).filter((_, j) => j !== i);
                      if (rest.length) set({ ...b, roleCount: rest });
                      else drop('roleCount');
                    }}
                  >
                    <IconX size={14} aria-hidden />
                  </ActionIcon>
                )}
              </Group>
            );
          })}
          {!readOnly && (
            <Group pl={158}>
              <Button size="compact-xs" variant="subtle" leftSection={<IconPlus size={12} aria-hidden />} onClick={() => set({ ...b, roleCount: [...(b.roleCount ?? []), { roleId: refs.roles[0]?.value ?? '', atLeast: 1 }] })}>
                Another role
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Stack>
  );
}

