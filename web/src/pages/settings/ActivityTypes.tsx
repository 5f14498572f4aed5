/**
 * Activity types: the SPEC §2 defaults (locked) and custom types, which editors register, relabel
 * and delete (refused while activities, a weighting model or a condition use one). A custom type
 * weighs 0 until a weighting model weighs it. Writes carry If-Match; a 412 offers a reload.
 */
import { useState } from 'react';
import { Badge, Button, Code, Group, Modal, Paper, Stack, Table, Text, Textarea, TextInput, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconLock, IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client.ts';
import { useCan } from '../../auth/session.tsx';
import { fieldError, ifMatch, isConflict, SaveError, notify, refusal } from '../../lib/config-writes.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/States.tsx';
import { RelativeTime } from '../../components/RelativeTime.tsx';
import { DeleteButton } from '../../components/DeleteButton.tsx';

type ActivityType = Schemas['ActivityType'];
export const ACTIVITY_TYPES_KEY = ['activity-types'] as const;
const LOCKED_WHY = 'A default activity type: it cannot be changed or deleted';

function TypeModal({ editing, onClose }: { editing: ActivityType | 'new'; onClose: () => void }) {
  const queryClient = useQueryClient();
  const existing = editing === 'new' ? null : editing;
  const [key, setKey] = useState(existing?.key ?? '');
  const [label, setLabel] = useState(existing?.label ?? '');
  const [description, setDescription] = useState(existing?.description ?? '');
  const reload = () => void queryClient.invalidateQueries({ queryKey: ACTIVITY_TYPES_KEY });
  const save = useMutation({
    mutationFn: async () => {
      const common = { label: label.trim() || undefined, description: description.trim() || null };
      if (!existing) return unwrap(api.POST('/api/v1/activity-types', { body: { key, ...common } }));
      return unwrap(api.PATCH('/api/v1/activity-types/{key}', { params: { path: { key: existing.key }, header: ifMatch(existing.version) }, body: common }));
    },
    onSuccess: (t) => {
      notify({ color: 'teal', message: `Saved activity type “${t.label}”` });
      reload();
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': 'Close' }} title={existing ? `Edit activity type “${existing.label}”` : 'New activity type'}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Stack>
          <SaveError error={save.error} shown={(f) => ['/key', '/label', '/description'].includes(f)} onReload={() => (reload(), onClose())} />
          {existing ? (
            <Text size="sm">
              Key <Code>{existing.key}</Code> (fixed)
            </Text>
          ) : (
            <TextInput label="Key" description="What activities send, e.g. webinar_watched: lower-case letters, digits and _" required value={key} onChange={(e) => setKey(e.currentTarget.value)} error={fieldError(save.error, '/key')} maxLength={64} data-autofocus />
          )}
          <TextInput label="Label" description={existing ? undefined : 'Default: the key in words'} value={label} onChange={(e) => setLabel(e.currentTarget.value)} error={fieldError(save.error, '/label')} maxLength={100} />
          <Textarea label="Description" value={description} onChange={(e) => setDescription(e.currentTarget.value)} error={fieldError(save.error, '/description')} autosize minRows={2} maxLength={1000} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              {existing ? 'Save' : 'Create'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function ActivityTypesPage() {
  const canEdit = useCan('editor');
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<ActivityType | 'new' | null>(null);
  const types = useQuery({ queryKey: ACTIVITY_TYPES_KEY, queryFn: () => unwrap(api.GET('/api/v1/activity-types')) });
  const remove = useMutation({
    mutationFn: (t: ActivityType) => unwrap(api.DELETE('/api/v1/activity-types/{key}', { params: { path: { key: t.key }, header: ifMatch(t.version) } })),
    onSuccess: () => notify({ color: 'teal', message: 'Activity type deleted' }),
    onError: (e) => notify({ color: 'red', title: isConflict(e) ? 'Someone else changed it first; reloaded' : 'Not deleted', message: refusal(e), autoClose: 10_000 }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ACTIVITY_TYPES_KEY }),
  });

  let body;
  if (types.error) body = <ErrorState error={types.error} onRetry={() => void types.refetch()} />;
  else if (!types.data) body = <LoadingState />;
  else if (types.data.data.length === 0) body = <EmptyState title="No activity types">Activities of unknown types are refused; register a type first.</EmptyState>;
  else
    body = (
      <Paper withBorder>
        <Table striped verticalSpacing="xs" aria-label="Activity types">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Label</Table.Th>
              <Table.Th>Key</Table.Th>
              <Table.Th>Kind</Table.Th>
              <Table.Th>Description</Table.Th>
              <Table.Th>Updated</Table.Th>
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {types.data.data.map((t) => (
              <Table.Tr key={t.key} data-testid="activity-type-row" data-default={t.isDefault}>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    {t.isDefault && (
                      <Tooltip label={LOCKED_WHY}>
                        <IconLock size={16} role="img" aria-label={`Locked: ${LOCKED_WHY}`} tabIndex={0} />
                      </Tooltip>
                    )}
                    <Text size="sm" fw={500}>
                      {t.label}
                    </Text>
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Code>{t.key}</Code>
                </Table.Td>
                <Table.Td>
                  <Badge variant="dot" color={t.isDefault ? 'gray' : 'indigo'}>
                    {t.isDefault ? 'Default' : 'Custom'}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={t.description ? undefined : 'dimmed'} lineClamp={2}>
                    {t.description ?? '—'}
                  </Text>
                </Table.Td>
                <Table.Td>{t.updatedAt ? <RelativeTime iso={t.updatedAt} /> : <Text size="sm" c="dimmed">—</Text>}</Table.Td>
                <Table.Td>
                  {canEdit && !t.isDefault && (
                    <Group gap="xs" wrap="nowrap" justify="flex-end">
                      <Button size="compact-xs" variant="default" aria-label={`Edit ${t.label}`} onClick={() => setEditing(t)}>
                        Edit
                      </Button>
                      <DeleteButton name={t.label} title={`Delete activity type “${t.label}”?`} onConfirm={() => remove.mutate(t)}>
                        Refused while activities, a weighting model or a condition use it.
                      </DeleteButton>
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    );

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={1} size="h2">
          Activity types
        </Title>
        {canEdit && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
            New activity type
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        Activities, weighting-model weights and activity conditions name these types. A custom type weighs 0 until a weighting model weighs it.
      </Text>
      {body}
      {editing != null && <TypeModal key={editing === 'new' ? 'new' : editing.key} editing={editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
