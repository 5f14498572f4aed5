/**
 * The drill-down behind a node counter: the accounts that entered the node, are there now, or
 * left it — one row per entry, each linking to the account — cursor-paged with "Load more".
 */
import { Anchor, Drawer, Stack, Table, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client.ts';
import { EmptyState, ErrorState, LoadingState } from '../../components/States.tsx';
import { LoadMore } from '../../components/LoadMore.tsx';
import type { CounterFilter } from './Canvas.tsx';
import { shownDate } from './Journeys.tsx';

const TITLES: Record<CounterFilter, string> = { entered: 'entered', waitingHere: 'are there now', passed: 'passed' };
const WHEN: Record<CounterFilter, string> = { entered: 'Arrived', waitingHere: 'Since', passed: 'Left' };

export function NodeAccountsDrawer({ journeyId, nodeId, nodeTitle, filter, onClose }: { journeyId: string; nodeId: string; nodeTitle: string; filter: CounterFilter; onClose: () => void }) {
  const q = useInfiniteQuery({
    queryKey: ['journey', journeyId, 'node-accounts', nodeId, filter],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) =>
      unwrap(api.GET('/api/v1/journeys/{id}/nodes/{nodeId}/accounts', { params: { path: { id: journeyId, nodeId }, query: { filter, limit: 50, cursor: pageParam } as never }, signal })),
    getNextPageParam: (p) => p.nextCursor ?? undefined,
  });
  const rows = q.data?.pages.flatMap((p) => p.data) ?? [];
  return (
    <Drawer opened onClose={onClose} position="right" size="md" closeButtonProps={{ 'aria-label': 'Close' }} title={`Accounts that ${TITLES[filter]}: ${nodeTitle}`}>
      <Stack gap="xs" data-testid="node-accounts">
        {q.error ? (
          <ErrorState error={q.error} onRetry={() => void q.refetch()} />
        ) : !q.data ? (
          <LoadingState />
        ) : rows.length === 0 ? (
          <EmptyState title="No accounts here">No account {TITLES[filter]} this node yet.</EmptyState>
        ) : (
          <Table aria-label={`Accounts that ${TITLES[filter]} ${nodeTitle}`} verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Account</Table.Th>
                <Table.Th>Entry</Table.Th>
                <Table.Th>{WHEN[filter]}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={`${r.accountId}-${r.entryNumber}`} data-testid="node-account-row">
                  <Table.Td>
                    <Anchor component={Link} to={`/accounts/${r.accountId}?tab=journeys`} size="sm">
                      {r.accountName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">#{r.entryNumber}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{shownDate(r.at)}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {rows.length > 0 && <LoadMore shown={rows.length} hasMore={q.hasNextPage} loading={q.isFetchingNextPage} onMore={() => void q.fetchNextPage()} what="accounts" />}
      </Stack>
    </Drawer>
  );
}
