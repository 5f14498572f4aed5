/**
 * Browse's account-condition filter: the condition builder (subject account) in a modal, with a
 * live count of the accounts it selects; applying puts the condition in the URL
 * (`accountCondition`, JSON, the API's own parameter), so the view can be shared and saved.
 */
import { lazy, Suspense, useState } from 'react';
import { Badge, Button, CloseButton, Tooltip } from '@mantine/core';
import { IconFilter } from '@tabler/icons-react';
// Not the builder's index: Browse loads the builder only when the filter is opened.
import { summarizeCondition } from '../../components/conditions/summary.ts';
import type { Condition } from '../../components/conditions/types.ts';
import { accountConditionOf, type BrowseQuery } from './browse-query.ts';

const Editor = lazy(async () => ({ default: (await import('./AccountConditionEditor.tsx')).AccountConditionEditor }));

export function AccountConditionFilter({ query, onChange }: { query: BrowseQuery; onChange: (c: Condition | null) => void }) {
  const [open, setOpen] = useState(false);
  const { condition, invalid } = accountConditionOf(query);
  const current = condition as Condition | null;
  return (
    <>
      <Button variant="default" leftSection={<IconFilter size={14} aria-hidden />} onClick={() => setOpen(true)}>
        Account condition…
      </Button>
      {(current || invalid) && (
        <Tooltip label={invalid ? 'The accountCondition in the address is not JSON' : summarizeCondition(current, 4)} multiline w={360}>
          <Badge variant="light" size="lg" color={invalid ? 'red' : undefined} style={{ textTransform: 'none' }} data-testid="account-condition-badge" rightSection={<CloseButton size="xs" aria-label="Remove the account condition" onClick={() => onChange(null)} />}>
            {invalid ? 'Account condition: not valid' : `Account: ${summarizeCondition(current, 1)}`}
          </Badge>
        </Tooltip>
      )}
      {open && (
        <Suspense fallback={null}>
          <Editor
          initial={current}
          onClose={() => setOpen(false)}
          onApply={(c) => {
            setOpen(false);
            onChange(c);
          }}
          />
        </Suspense>
      )}
    </>
  );
}
