/**
 * An account's journey timeline (the Journeys tab of the account page): its entries into
 * journeys, newest first, each with the journey's status, whether the account is still inside,
 * and every move from node to node with its time and reason, named by the nodes' labels.
 */
import { Anchor, Badge, Group, Paper, Stack, Text, Timeline } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client.ts';
import { EmptyState, ErrorState, LoadingState } from '../../components/States.tsx';
import { JourneyStatusBadge, shownDate } from '../journeys/Journeys.tsx';

const VIA: Record<string, string> = {
  enter: 'entered',
  next: 'went on',
  path: 'took a path',
  other: 'matched no path (other)',
  no_match: 'matched no path',
  wake: 'wait ended',
  event: 'event happened',
  timeout: 'timed out',
  ok: 'done',
  error: 'failed',
  merge: 'merged',
  split: 'split',
  skipped: 'skipped',
};

export function AccountJourneysTab({ accountId }: { accountId: string }) {
  const q = useQuery({ queryKey: ['account', accountId, 'journeys'], queryFn: ({ signal }) => unwrap(api.GET('/api/v1/accounts/{id}/journeys', { params: { path: { id: accountId }, query: { limit: 50 } as never }, signal })) });
  // Node labels, by journey, for the moves (only the journeys shown).
  const ids = [...new Set((q.data?.data ?? []).map((e) => e.journeyId))];
  const journeys = useQuery({
    queryKey: ['account', accountId, 'journeys', 'definitions', ids],
    enabled: ids.length > 0,
    queryFn: async () => new Map(await Promise.all(ids.map(async (id) => [id, await unwrap(api.GET('/api/v1/journeys/{id}', { params: { path: { id } } }))] as const))),
  });
  if (q.error) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  if (!q.data) return <LoadingState />;
  if (q.data.data.length === 0) return <EmptyState title="Not in any journey">This account has not entered a journey yet.</EmptyState>;
  const nodeName = (journeyId: string, nodeId: string | null) => {
    if (nodeId === null) return 'the end';
    const n = journeys.data?.get(journeyId)?.definition.nodes.find((x) => x.id === nodeId);
    return n?.label?.trim() || nodeId;
  };
  return (
    <Stack gap="sm">
      {q.data.data.map((e) => (
        <Paper key={e.enrollmentId} withBorder p="sm" data-testid="account-journey">
          <Group justify="space-between" mb="xs">
            <Group gap="xs">
              <Anchor component={Link} to={`/journeys/${e.journeyId}`} fw={600} size="sm">
                {e.journeyName}
              </Anchor>
              <JourneyStatusBadge status={e.journeyStatus} />
              <Text size="sm" c="dimmed">
                entry #{e.entryNumber}
              </Text>
            </Group>
            <Badge variant="light" color={e.status === 'active' ? 'indigo' : 'gray'}>
              {e.status === 'active' ? 'Inside' : `Left ${shownDate(e.endedAt)}`}
            </Badge>
          </Group>
          <Timeline bulletSize={12} lineWidth={2} active={e.moves.length - 1}>
            {e.moves.map((m, i) => (
              <Timeline.Item key={i} title={<Text size="sm">{m.from === null ? `Entered at ${nodeName(e.journeyId, m.to)}` : `${nodeName(e.journeyId, m.from)} → ${nodeName(e.journeyId, m.to)}`}</Text>} data-testid="account-journey-move">
                <Text size="xs" c="dimmed">
                  {shownDate(m.at)} · {VIA[m.via] ?? m.via}
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
        </Paper>
      ))}
    </Stack>
  );
}
