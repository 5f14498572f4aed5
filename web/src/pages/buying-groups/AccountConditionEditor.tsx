/**
 * The modal of Browse's account-condition filter: the condition builder (subject account) with a
 * live count of the accounts it selects. Loaded when first opened (the builder is a chunk of its own).
 */
import { useState } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { ConditionBuilder, conditionErrors, type Condition } from '../../components/conditions/index.ts';
import { useListPreview } from '../conditions/AccountLists.tsx';

export function AccountConditionEditor({ initial, onApply, onClose }: { initial: Condition | null; onApply: (c: Condition | null) => void; onClose: () => void }) {
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
