/**
 * The Journeys list (/journeys): every journey with its status, dates and entry counts (entered
 * so far, inside now), newest first, paged; a status filter; create a Draft (opens the editor).
 */
import { useState } from 'react';
import { Anchor, Badge, Button, Group, Modal, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client.ts';
import { useCan } from '../../auth/session.tsx';
import { fieldError, SaveError } from '../../lib/config-writes.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/States.tsx';
import { LoadMore } from '../../components/LoadMore.tsx';
import { STATUS_LABELS, type JourneyStatus } from './model.ts';

export const JOURNEYS_KEY = ['journeys'] as const;

export function JourneyStatusBadge({ status }: { status: JourneyStatus }) {
  const s = STATUS_LABELS[status];
  return (
    <Badge variant="dot" color={s.color} data-testid="journey-status">
      {s.label}
    </Badge>
  );
}

const dateFmt = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
export const shownDate = (iso: string | null) => (iso ? dateFmt.format(new Date(iso)) : '—');

function CreateModal({ onClose }: { onClose: () => void }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const create = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/journeys', { body: { name } as never })),
    onSuccess: (j) => {
      void queryClient.invalidateQueries({ queryKey: JOURNEYS_KEY });
      onClose();
      void navigate(`/journeys/${j.id}`);
    },
  });
  return (
    <Modal opened onClose={onClose} title="New journey">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate();
        }}
      >
        <Stack>
          <SaveError error={create.error} shown={(f) => f === '/name'} onReload={onClose} />
          <TextInput label="Name" description="You build the journey next, on the canvas" required value={name} onChange={(e) => setName(e.currentTarget.value)} error={fieldError(create.error, '/name')} maxLength={255} data-autofocus />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Create draft
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function JourneysPage() {
  const canEdit = useCan('editor');
  const [creating, setCreating] = useState(false);
  const [status, setStatus] = useState<JourneyStatus | null>(null);
  const list = useInfiniteQuery({
    queryKey: [...JOURNEYS_KEY, status],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) => unwrap(api.GET('/api/v1/journeys', { params: { query: { limit: 50, sort: '-updatedAt', cursor: pageParam, ...(status ? { status } : {}) } as never }, signal })),
    getNextPageParam: (p) => p.nextCursor ?? undefined,
  });
  const rows = list.data?.pages.flatMap((p) => p.data) ?? [];

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={1} size="h2">
          Journeys
        </Title>
        {canEdit && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
            New journey
          </Button>
        )}
      </Group>
      <Group>
        <Select
          label="Status"
          placeholder="Any status"
          clearable
          w={200}
          value={status}
          onChange={(v) => setStatus(v as JourneyStatus | null)}
          data={(Object.keys(STATUS_LABELS) as JourneyStatus[]).map((s) => ({ value: s, label: STATUS_LABELS[s].label }))}
        />
      </Group>
      {list.error ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : !list.data ? (
        <LoadingState />
      ) : rows.length === 0 ? (
        <EmptyState title={status ? `No ${STATUS_LABELS[status].label} journeys` : 'No journeys yet'} action={canEdit && !status ? <Button onClick={() => setCreating(true)}>Create your first journey</Button> : undefined}>
          A journey takes the accounts of a list through splits, waits and actions — for example a sales alert when a buying group is complete enough.
        </EmptyState>
      ) : (
        <Paper withBorder>
          <Table striped verticalSpacing="xs" aria-label="Journeys">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Start</Table.Th>
                <Table.Th>End</Table.Th>
                <Table.Th ta="right">Entered</Table.Th>
                <Table.Th ta="right">Inside now</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((j) => (
                <Table.Tr key={j.id} data-testid="journey-row">
                  <Table.Td>
                    <Anchor component={Link} to={`/journeys/${j.id}`} size="sm" fw={500}>
                      {j.name}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {j.definition.nodes.length} {j.definition.nodes.length === 1 ? 'node' : 'nodes'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <JourneyStatusBadge status={j.status} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{j.startAt ? shownDate(j.startAt) : j.status === 'draft' ? 'When published' : shownDate(j.publishedAt)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{shownDate(j.endAt)}</Text>
                  </Table.Td>
                  <Table.Td ta="right" data-testid="journey-entered">
                    {j.counts.entered.toLocaleString()}
                  </Table.Td>
                  <Table.Td ta="right" data-testid="journey-active">
                    {j.counts.active.toLocaleString()}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {rows.length > 0 && <LoadMore shown={rows.length} hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onMore={() => void list.fetchNextPage()} what="journeys" />}
      {creating && <CreateModal onClose={() => setCreating(false)} />}
    </Stack>
  );
}
