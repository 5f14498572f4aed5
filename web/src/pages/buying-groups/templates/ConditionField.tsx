/**
 * A role's condition: the condition builder (components/conditions), or the same condition as
 * JSON for those who prefer to paste one. Both edit the one value; the API's messages (paths
 * inside the condition, "/all/0/value") are shown beside the part they concern.
 */
import { useState } from 'react';
import { Group, JsonInput, SegmentedControl, Stack, Text } from '@mantine/core';
import { ConditionBuilder, type Condition, type Subject } from '../../../components/conditions/index.ts';

export interface ConditionFieldProps {
  value: unknown;
  onChange: (c: unknown) => void;
  readOnly?: boolean;
  label?: string;
  /** Whose condition it is (roles: a person's; journey account splits: an account's). */
  subject?: Subject;
  /** The API's messages, at paths inside the condition ("" for its root, "/all/0/value"). */
  errors?: { path: string; message: string }[];
  /** Told while the JSON text does not parse (nothing to save or preview yet). */
  onInvalid?: (invalid: boolean) => void;
}

const text = (v: unknown) => (v === null || v === undefined ? '' : JSON.stringify(v, null, 2));

function JsonField({ value, onChange, readOnly, label, errors = [], onInvalid }: ConditionFieldProps) {
  const [draft, setDraft] = useState(() => text(value));
  const [invalid, setInvalid] = useState(false);
  const apiError = errors.map((e) => (e.path === '' ? e.message : `${e.path}: ${e.message}`)).join('\n');
  const set = (bad: boolean) => {
    setInvalid(bad);
    onInvalid?.(bad);
  };
  return (
    <JsonInput
      label={label}
      description='For example { "field": "derivedSeniority", "op": "is_one_of", "value": ["c-level", "vp"] }'
      value={draft}
      readOnly={readOnly}
      autosize
      minRows={3}
      maxRows={14}
      formatOnBlur={!readOnly}
      error={invalid ? 'Not valid JSON yet' : apiError ? <span style={{ whiteSpace: 'pre-wrap' }}>{apiError}</span> : undefined}
      onChange={(v) => {
        setDraft(v);
        if (v.trim() === '') {
          set(false);
          onChange(null);
          return;
        }
        try {
          const parsed: unknown = JSON.parse(v);
          set(false);
          onChange(parsed);
        } catch {
          set(true);
        }
      }}
    />
  );
}

export function ConditionField(props: ConditionFieldProps) {
  const [mode, setMode] = useState<'builder' | 'json'>('builder');
  const { value, onChange, readOnly, label = 'Condition', subject = 'person', errors = [], onInvalid } = props;
  return (
    <Stack gap={6} role="group" aria-label={label}>
      <Group justify="space-between">
        <Text size="sm" fw={500}>
          {label}
        </Text>
        <SegmentedControl
          size="xs"
          aria-label={`Edit ${label} as`}
          value={mode}
          onChange={(m) => {
            // Leaving JSON with unparsable text keeps the last valid condition.
            onInvalid?.(false);
            setMode(m as 'builder' | 'json');
          }}
          data={[
            { value: 'builder', label: 'Builder' },
            { value: 'json', label: 'JSON' },
          ]}
        />
      </Group>
      {mode === 'builder' ? (
        <ConditionBuilder subject={subject} value={(value ?? null) as Condition | null} onChange={(c) => onChange(c)} readOnly={readOnly} errors={errors} />
      ) : (
        <JsonField {...props} label={`${label} (JSON)`} />
      )}
    </Stack>
  );
}
