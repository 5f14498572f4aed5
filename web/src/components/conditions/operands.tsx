/**
 * Operand inputs by value type and operator: text (one value or several), closed sets as
 * choices, numbers, two numbers for `between`, dates (calendar days) and relative days.
 * They emit only when the person edits them.
 */
import { ActionIcon, Group, MultiSelect, NumberInput, Select, TagsInput, Text, TextInput, Tooltip } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconList, IconMinus } from '@tabler/icons-react';
import { LIST_OPS, NO_VALUE_OPS, OPS_BY_TYPE, WHOLE_VALUE_OPS, opLabel, withScoreOp, withStringOp } from './model.ts';
import type { FieldCondition, Op, ScoreOp, ValueType } from './types.ts';
import { SCORE_OPS, STRING_OPS, type StringOp } from './types.ts';

type Operand = FieldCondition['value'];

export interface OperandProps {
  type: ValueType;
  op: Op;
  value: Operand;
  /** A closed set of allowed values (offered as choices for whole-value operators). */
  values?: readonly string[] | undefined;
  onChange: (v: Operand) => void;
  error?: string | undefined;
  readOnly: boolean;
  /** What the value is of, for labels: "job title". */
  what: string;
}

function num(v: unknown): number | string {
  return typeof v === 'number' ? v : '';
}

export function OperandInput({ type, op, value, values, onChange, error, readOnly, what }: OperandProps) {
  if (NO_VALUE_OPS.has(op)) {
    return error ? (
      <Text size="xs" c="red">
        {error}
      </Text>
    ) : null;
  }
  const common = { size: 'xs' as const, readOnly, error };
  if (type === 'string') {
    const list = Array.isArray(value) ? value.map(String) : null;
    const single = typeof value === 'string' ? value : '';
    if (values && WHOLE_VALUE_OPS.has(op)) {
      const current = list ?? (single ? [single] : []);
      const data = [...values, ...current.filter((v) => !values.includes(v))];
      if (list || LIST_OPS.has(op))
        return <MultiSelect {...common} aria-label={`Values of ${what}`} placeholder="Choose values" data={data} value={current} onChange={(v) => onChange(v)} searchable w={320} />;
      return <Select {...common} aria-label={`Value of ${what}`} placeholder="Choose a value" data={data} value={single || null} onChange={(v) => onChange(v ?? '')} allowDeselect={false} searchable w={220} />;
    }
    const toggle =
      !LIST_OPS.has(op) && !readOnly ? (
        <Tooltip label={list ? 'One value' : 'Several values (any matches)'}>
          <ActionIcon variant="subtle" size="sm" aria-label={list ? `One value of ${what}` : `Several values of ${what}`} onClick={() => onChange(list ? (list[0] ?? '') : single ? [single] : [])}>
            {list ? <IconMinus size={14} aria-hidden /> : <IconList size={14} aria-hidden />}
          </ActionIcon>
        </Tooltip>
      ) : null;
    if (list || LIST_OPS.has(op))
      return (
        <Group gap={4} wrap="nowrap" align="flex-start">
          <TagsInput {...common} aria-label={`Values of ${what}`} placeholder="Type a value, press Enter" value={list ?? []} onChange={(v) => onChange(v)} w={360} />
          {toggle}
        </Group>
      );
    return (
      <Group gap={4} wrap="nowrap" align="flex-start">
        <TextInput {...common} aria-label={`Value of ${what}`} placeholder="Value" value={single} onChange={(e) => onChange(e.currentTarget.value)} w={200} />
        {toggle}
      </Group>
    );
  }
  if (type === 'number') {
    if (op === 'between') {
      const pair = Array.isArray(value) ? value : [];
      const set = (i: 0 | 1, n: number | string) => {
        if (typeof n !== 'number') return;
        const next = [pair[0], pair[1]] as [number, number];
        next[i] = n;
        onChange(next);
      };
      return (
        <Group gap={4} wrap="nowrap" align="flex-start">
          <NumberInput {...common} aria-label={`Minimum of ${what}`} value={num(pair[0])} onChange={(n) => set(0, n)} w={110} />
          <Text size="xs" pt={6}>
            and
          </Text>
          <NumberInput size="xs" readOnly={readOnly} aria-label={`Maximum of ${what}`} value={num(pair[1])} onChange={(n) => set(1, n)} w={110} />
        </Group>
      );
    }
    return <NumberInput {...common} aria-label={`Value of ${what}`} value={num(value)} onChange={(n) => typeof n === 'number' && onChange(n)} w={130} />;
  }
  if (type === 'date') {
    if (op === 'in_last_days')
      return (
        <Group gap={4} wrap="nowrap" align="flex-start">
          <NumberInput {...common} aria-label={`Days of ${what}`} min={1} value={num(value)} onChange={(n) => typeof n === 'number' && onChange(n)} w={100} />
          <Text size="xs" pt={6}>
            days
          </Text>
        </Group>
      );
    if (op === 'between') {
      const pair = Array.isArray(value) ? value.map(String) : [];
      const set = (i: 0 | 1, d: string | null) => {
        if (!d) return;
        const next = [pair[0] ?? d, pair[1] ?? d] as [string, string];
        next[i] = d;
        onChange(next);
      };
      return (
        <Group gap={4} wrap="nowrap" align="flex-start">
          <DatePickerInput {...common} aria-label={`From date of ${what}`} valueFormat="YYYY-MM-DD" value={pair[0] ?? null} onChange={(d) => set(0, d)} w={130} />
          <Text size="xs" pt={6}>
            and
          </Text>
          <DatePickerInput size="xs" readOnly={readOnly} aria-label={`To date of ${what}`} valueFormat="YYYY-MM-DD" value={pair[1] ?? null} onChange={(d) => set(1, d)} w={130} />
        </Group>
      );
    }
    return <DatePickerInput {...common} aria-label={`Date of ${what}`} valueFormat="YYYY-MM-DD" value={typeof value === 'string' ? value : null} onChange={(d) => d && onChange(d)} w={130} />;
  }
  return null;
}

export function OperatorSelect({ type, op, onChange, readOnly, what, error }: { type: ValueType; op: Op; onChange: (op: Op) => void; readOnly: boolean; what: string; error?: string | undefined }) {
  const ops = OPS_BY_TYPE[type];
  const data = [...ops, ...(ops.includes(op) ? [] : [op])].map((o) => ({ value: o, label: opLabel(type, o) }));
  return <Select size="xs" aria-label={`Operator for ${what}`} data={data} value={op} onChange={(v) => v && onChange(v as Op)} allowDeselect={false} readOnly={readOnly} error={error} w={type === 'string' ? 170 : 160} />;
}

/** A text test `{op, value?}` (role in the account, buying-group status). */
export function StringTestEditor({
  test,
  onChange,
  readOnly,
  what,
  errorOp,
  errorValue,
}: {
  test: { op: StringOp; value?: string | string[] };
  onChange: (t: { op: StringOp; value?: string | string[] }) => void;
  readOnly: boolean;
  what: string;
  errorOp?: string | undefined;
  errorValue?: string | undefined;
}) {
  const setValue = (v: Operand) => {
    const { value: _v, ...rest } = test;
    onChange(v === undefined ? rest : { ...rest, value: v as string | string[] });
  };
  return (
    <Group gap="xs" wrap="wrap" align="flex-start">
      <Select
        size="xs"
        aria-label={`Operator for ${what}`}
        data={STRING_OPS.map((o) => ({ value: o, label: opLabel('string', o) }))}
        value={test.op}
        onChange={(v) => v && onChange(withStringOp(test, v as StringOp))}
        allowDeselect={false}
        readOnly={readOnly}
        error={errorOp}
        w={170}
      />
      <OperandInput type="string" op={test.op} value={test.value} onChange={setValue} readOnly={readOnly} what={what} error={errorValue} />
    </Group>
  );
}

/** A score test `{op, value}` on 0–100 (buying-group completeness and engagement). */
export function ScoreTestEditor({
  test,
  onChange,
  readOnly,
  what,
  error,
}: {
  test: { op: ScoreOp; value: number | [number, number] };
  onChange: (t: { op: ScoreOp; value: number | [number, number] }) => void;
  readOnly: boolean;
  what: string;
  error?: string | undefined;
}) {
  return (
    <Group gap="xs" wrap="wrap" align="flex-start">
      <Select
        size="xs"
        aria-label={`Operator for ${what}`}
        data={SCORE_OPS.map((o) => ({ value: o, label: opLabel('number', o) }))}
        value={test.op}
        onChange={(v) => v && onChange(withScoreOp(test, v as ScoreOp))}
        allowDeselect={false}
        readOnly={readOnly}
        w={160}
      />
      <OperandInput type="number" op={test.op} value={test.value} onChange={(v) => onChange({ ...test, value: v as number | [number, number] })} readOnly={readOnly} what={what} error={error} />
    </Group>
  );
}
