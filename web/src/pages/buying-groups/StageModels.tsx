/**
 * Stage models: the journeys buying groups move along. List (Draft/Live, stages, which solution
 * interests use it), create a Draft, duplicate, delete (refused while a solution interest uses it).
 * The editor is StageModelEditor.tsx.
 */
import { useState } from 'react';
import { Anchor, Badge, Button, Group, Modal, Paper, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client.ts';
import { useCan } from '../../auth/session.tsx';
import { LOOKUPS_KEY, useLookups } from '../../lib/lookups.ts';
import { fieldError, ifMatch, isConflict, SaveError, notify, refusal } from '../../lib/config-writes.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/States.tsx';
import { RelativeTime } from '../../components/RelativeTime.tsx';
import { DeleteButton } from '../../components/DeleteButton.tsx';

type StageModel = Schemas['StageModel'];

export function StageStatusBadge({ status }: { status: StageModel['status'] }) {
  return (
    <Badge variant="dot" color={status === 'live' ? 'teal' : 'gray'}>
      {status === 'live' ? 'Live' : 'Draft'}
    </Badge>
  );
}

/** Duplicating is the way to change a Live model: the copy is a Draft named "<name> (copy)". */
export function useDuplicateStageModel() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: (m: StageModel) => unwrap(api.POST('/api/v1/stage-models/{id}/duplicate', { params: { path: { id: m.id } } })),
    onSuccess: (copy) => {
      notify({ color: 'teal', message: `Created the draft “${copy.name}”` });
      void queryClient.invalidateQueries({ queryKey: LOOKUPS_KEY });
      void navigate(`/buying-groups/stages/${copy.id}`);
    },
    onError: (e) => notify({ color: 'red', title: 'Not duplicated', message: refusal(e) }),
  });
}

function CreateModal({ onClose }: { onClose: () => void }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const create = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/stage-models', { body: { name, stages: [], transitions: [] } })),
    onSuccess: (m) => {
      void queryClient.invalidateQueries({ queryKey: LOOKUPS_KEY });
      onClose();
      void navigate(`/buying-groups/stages/${m.id}`);
    },
  });
  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': 'Close' }} title="New stage model">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate();
        }}
      >
        <Stack>
          <SaveError error={create.error} shown={(f) => f === '/name'} onReload={onClose} />
          <TextInput label="Name" description="You add the stages and transitions next, in the editor" required value={name} onChange={(e) => setName(e.currentTarget.value)} error={fieldError(create.error, '/name')} maxLength={255} data-autofocus />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Create
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function StageModelsPage() {
  const canEdit = useCan('editor');
  const lookups = useLookups();
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const duplicate = useDuplicateStageModel();
  const remove = useMutation({
    mutationFn: (m: StageModel) => unwrap(api.DELETE('/api/v1/stage-models/{id}', { params: { path: { id: m.id }, header: ifMatch(m.version) } })),
    onSuccess: () => notify({ color: 'teal', message: 'Stage model deleted' }),
    onError: (e) => notify({ color: 'red', title: isConflict(e) ? 'Someone else changed it first; reloaded' : 'Not deleted', message: refusal(e), autoClose: 10_000 }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: LOOKUPS_KEY }),
  });

  if (lookups.error) return <ErrorState error={lookups.error} onRetry={() => void lookups.refetch()} />;
  if (!lookups.data) return <LoadingState />;
  const l = lookups.data;
  const rows = [...l.stageModels].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const usedBy = (id: string) => l.solutionInterests.filter((s) => s.stageModelId === id);

  return (
    <Stack gap="sm">
      {canEdit && (
        <Group>
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
            New stage model
          </Button>
        </Group>
      )}
      {rows.length === 0 ? (
        <EmptyState title="No stage models yet">A stage model lists the stages a buying group moves through and the moves allowed between them.</EmptyState>
      ) : (
        <Paper withBorder>
          <Table striped verticalSpacing="xs" aria-label="Stage models">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Stages</Table.Th>
                <Table.Th>Used by</Table.Th>
                <Table.Th>Updated</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((m) => {
                const users = usedBy(m.id);
                return (
                  <Table.Tr key={m.id} data-testid="stage-model-row">
                    <Table.Td>
                      <Anchor component={Link} to={`/buying-groups/stages/${m.id}`} size="sm" fw={500}>
                        {m.name}
                      </Anchor>
                      {m.description && (
                        <Text size="xs" c="dimmed" lineClamp={1}>
                          {m.description}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <StageStatusBadge status={m.status} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" title={m.stages.map((s) => s.name).join(' → ')}>
                        {m.stages.length}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c={users.length ? undefined : 'dimmed'}>
                        {users.length ? users.map((s) => s.name).join(', ') : 'No solution interest'}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <RelativeTime iso={m.updatedAt} />
                    </Table.Td>
                    <Table.Td>
                      {canEdit && (
                        <Group gap="xs" wrap="nowrap" justify="flex-end">
                          <Button size="compact-xs" variant="default" aria-label={`Duplicate ${m.name}`} loading={duplicate.isPending && duplicate.variables.id === m.id} onClick={() => duplicate.mutate(m)}>
                            Duplicate
                          </Button>
                          <DeleteButton name={m.name} title={`Delete stage model “${m.name}”?`} onConfirm={() => remove.mutate(m)}>
                            {users.length ? `Refused while ${users.map((s) => `“${s.name}”`).join(', ')} uses it.` : 'No solution interest uses it.'}
                          </DeleteButton>
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {creating && <CreateModal onClose={() => setCreating(false)} />}
    </Stack>
  );
}
