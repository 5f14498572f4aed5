/**
 * A role's condition. Until the condition builder (components/conditions) lands, the condition is
 * edited as JSON; the props are the builder's, so the switch is one line.
 */
import { useState } from 'react';
import { JsonInput, Stack } from '@mantine/core';

export interface ConditionFieldProps {
  value: unknown;
  onChange: (c: unknown) => void;
  readOnly?: boolean;
  label?: string;
  /** The API's messages, at paths inside the condition ("/all/0/value"). */
  errors?: { path: string; message: string }[];
  /** Told while the text is not JSON (nothing to save or preview yet). */
  onInvalid?: (invalid: boolean) => void;
}

const text = (v: unknown) => (v === null || v === undefined ? '' : JSON.stringify(v, null, 2));

export function ConditionField({ value, onChange, readOnly, label = 'Condition', errors = [], onInvalid }: ConditionFieldProps) {
  const [draft, setDraft] = useState(() => text(value));
  const [invalid, setInvalid] = useState(false);
  const apiError = errors.map((e) => (e.path === '/' ? e.message : `${e.path}: ${e.message}`)).join('\n');
  return (
    <Stack gap={4}>
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
            setInvalid(false);
            onInvalid?.(false);
            onChange(null);
            return;
          }
          try {
            const parsed: unknown = JSON.parse(v);
            setInvalid(false);
            onInvalid?.(false);
            onChange(parsed);
          } catch {
            setInvalid(true);
            onInvalid?.(true);
          }
        }}
      />
    </Stack>
  );
}
