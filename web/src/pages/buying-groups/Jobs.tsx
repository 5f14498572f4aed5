/** Jobs: creation jobs with status, progress, counts, skipped reasons and cancel. */
import { Anchor, Badge, Button, Group, Paper, Progress, Stack, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client.ts';
import { useCan } from '../../auth/session.tsx';
import { useLookups } from '../../lib/lookups.ts';
import { useAccountLists } from '../../lib/account-lists.ts';
import { EmptyState, ErrorState, LoadingState, errorMessage } from '../../components/States.tsx';
import { RelativeTime } from '../../components/RelativeTime.tsx';

type Job = Schemas['BuyingGroupJob'];

export const JOB_STATUS_COLOR: Record<Job['status'], string> = {
  queued: 'gray',
  running: 'blue',
  succeeded: 'teal',
  failed: 'red',
  cancelled: 'orange',
};

export function JobsPage() {
  const canEdit = useCan('editor');
  const lookups = useLookups();
  const lists = useAccountLists();
  const queryClient = useQueryClient();
  const jobs = useQuery({
    queryKey: ['jobs'],
    queryFn: () => unwrap(api.GET('/api/v1/buying-group-jobs', { params: { query: { limit: 100 } as never } })),
    // Follow running jobs; quiet otherwise.
    refetchInterval: (q) => (q.state.data?.data.some((j) => j.status === 'queued' || j.status === 'running') ? 1500 : false),
  });
  const cancel = useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/v1/buying-group-jobs/{id}/cancel', { params: { path: { id } } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['jobs'] }),
    onError: (e) => notifications.show({ color: 'red', title: 'Not cancelled', message: errorMessage(e) }),
  });

  if (jobs.error) return <ErrorState error={jobs.error} onRetry={() => void jobs.refetch()} />;
  if (!jobs.data || !lookups.data) return <LoadingState />;
  const l = lookups.data;
  const listName = (id: string | null) => (id == null ? '—' : (lists.data?.find((x) => x.id === id)?.name ?? id));

  return (
    <Stack gap="sm">
      {canEdit && (
        <Group>
          <Button component={Link} to="/buying-groups/create" leftSection={<IconPlus size={16} aria-hidden />}>
            Create buying groups
          </Button>
        </Group>
      )}
      {jobs.data.data.length === 0 ? (
        <EmptyState title="No creation jobs yet">A creation job builds one buying group per account of an audience for a solution interest.</EmptyState>
      ) : (
        <Paper withBorder>
          <Table verticalSpacing="xs" striped aria-label="Creation jobs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Status</Table.Th>
                <Table.Th>Kind</Table.Th>
                <Table.Th>Solution interest</Table.Th>
                <Table.Th>Audience</Table.Th>
                <Table.Th>Depth</Table.Th>
                <Table.Th>Progress</Table.Th>
                <Table.Th>Groups created</Table.Th>
                <Table.Th>Members added / removed</Table.Th>
                <Table.Th>Skipped</Table.Th>
                <Table.Th>Created</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {jobs.data.data.map((j) => {
                const pct = j.progress.total ? (100 * j.progress.done) / j.progress.total : j.status === 'succeeded' ? 100 : 0;
                return (
                  <Table.Tr key={j.id} data-testid="job-row">
                    <Table.Td>
                      <Tooltip label={j.error ?? j.status} disabled={!j.error}>
                        <Badge color={JOB_STATUS_COLOR[j.status]} variant="dot" style={{ minWidth: 'max-content' }}>
                          {j.status}
                        </Badge>
                      </Tooltip>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{j.type === 'template_upgrade' ? `Template upgrade → ${l.template(j.templateUpgrade?.toTemplateId ?? '')?.name ?? j.templateUpgrade?.toTemplateId ?? ''}` : 'Creation'}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/buying-groups/browse?solutionInterestId=${j.solutionInterestId}`} size="sm">
                        {l.solutionInterest(j.solutionInterestId)?.name ?? j.solutionInterestId}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{listName(j.audienceId)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{j.options.descendantDepth}</Text>
                    </Table.Td>
                    <Table.Td miw={160}>
                      <Group gap={6} wrap="nowrap">
                        <Progress value={pct} w={90} size="sm" animated={j.status === 'running'} aria-label={`Progress ${Math.round(pct)}%`} />
                        <Text size="xs">
                          {j.progress.done}/{j.progress.total}
                        </Text>
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{j.counts.groupsCreated}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {j.counts.membersAdded} / {j.counts.membersRemoved}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {j.counts.accountsSkipped ? (
                        <Tooltip label={j.counts.skipped.slice(0, 5).map((s) => `${s.accountId}: ${s.reason}`).join('\n')} multiline w={320}>
                          <Text size="sm" td="underline dotted">
                            {j.counts.accountsSkipped}
                          </Text>
                        </Tooltip>
                      ) : (
                        <Text size="sm">0</Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <RelativeTime iso={j.createdAt} />
                    </Table.Td>
                    <Table.Td>
                      {canEdit && (j.status === 'queued' || j.status === 'running') && !j.cancelRequested && (
                        <Button
                          size="compact-xs"
                          variant="light"
                          color="red"
                          onClick={() =>
                            modals.openConfirmModal({
                              title: 'Cancel this job?',
                              children: <Text size="sm">A running job stops after its current batch; what it committed stays.</Text>,
                              labels: { confirm: 'Cancel job', cancel: 'Keep running' },
                              confirmProps: { color: 'red' },
                              onConfirm: () => cancel.mutate(j.id),
                            })
                          }
                        >
                          Cancel
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </Stack>
  );
}
