/**
 * Browse's account-condition filter: the condition builder (subject account) in a modal, with a
 * live count of the accounts it selects; applying puts the condition in the URL
 * (`accountCondition`, JSON, the API's own parameter), so the view can be shared and saved.
 */
import { useState } from 'react';
import { Badge, Button, CloseButton, Group, Modal, Stack, Text, Tooltip } from '@mantine/core';
import { IconFilter } from '@tabler/icons-react';
import { ConditionBuilder, conditionErrors, summarizeCondition, type Condition } from '../../components/conditions/index.ts';
import { useListPreview } from '../conditions/AccountLists.tsx';
import { accountConditionOf, type BrowseQuery } from './browse-query.ts';

function Editor({ initial, onApply, onClose }: { initial: Condition | null; onApply: (c: Condition | null) => void; onClose: () => void }) {
  const [draft, setDraft] = useState<Condition | null>(initial ?? { all: [] });
  const preview = useListPreview(draft);
  return (
    <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened onClose={onClose} title="Account condition" size={1100}>
      <Stack>
        <Text size="sm" c="dimmed">
          Only buying groups whose account matches this condition (attributes, related people, list membership, buying-group state).
        </Text>
        <ConditionBuilder subject="account" label="Accounts that match" value={draft} onChange={setDraft} errors={conditionErrors(preview.error, '/condition')} />
        <Text size="sm" data-testid="condition-account-count">
          {!preview.ready ? 'The count of matching accounts appears when the condition is complete.' : preview.data ? `${preview.data.count.toLocaleString()} ${preview.data.count === 1 ? 'account matches' : 'accounts match'}` : 'Counting…'}
        </Text>
        <Group justify="space-between">
          <Button variant="subtle" onClick={() => onApply(null)} disabled={initial === null}>
            Remove the filter
          </Button>
          <Group>
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button onClick={() => onApply(draft)}>Apply</Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}

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
        <Editor
          initial={current}
          onClose={() => setOpen(false)}
          onApply={(c) => {
            setOpen(false);
            onChange(c);
          }}
        />
      )}
    </>
  );
}
