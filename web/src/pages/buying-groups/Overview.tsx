/**
 * Overview: completeness and engagement in four bands, groups by solution interest and by stage,
 * the most frequently missing roles, recently changed groups. Every bar is also a link into Browse
 * with the matching filter (the charts for the eye, the links for the keyboard and screen readers).
 */
import { Anchor, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { BarChart } from '@mantine/charts';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client.ts';
import { stageName, useLookups, type Lookups } from '../../lib/lookups.ts';
import { EmptyState, ErrorState, LoadingState } from '../../components/States.tsx';
import { RelativeTime } from '../../components/RelativeTime.tsx';

type Stats = Schemas['BuyingGroupStats'];

interface Bar {
  label: string;
  count: number;
  href: string;
}

function browse(params: Record<string, string | number>): string {
  return `/buying-groups/browse?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString()}`;
}

function BarsCard({ title, bars, color, horizontal }: { title: string; bars: Bar[]; color: string; horizontal?: boolean }) {
  const navigate = useNavigate();
  const total = bars.reduce((s, b) => s + b.count, 0);
  return (
    <Card withBorder>
      <Title order={2} size="h5" mb="xs">
        {title}
      </Title>
      {total === 0 ? (
        <Text c="dimmed" size="sm">
          No buying groups.
        </Text>
      ) : (
        <>
          <BarChart
            h={Math.max(160, horizontal ? bars.length * 34 : 180)}
            data={bars.map((b) => ({ label: b.label, Groups: b.count, href: b.href }))}
            dataKey="label"
            orientation={horizontal ? 'vertical' : 'horizontal'}
            series={[{ name: 'Groups', color }]}
            tickLine="none"
            gridAxis="none"
            withTooltip
            yAxisProps={horizontal ? { width: 150 } : {}}
            barProps={{
              cursor: 'pointer',
              onClick: (d: { payload?: { href?: string } }) => d.payload?.href && void navigate(d.payload.href),
            }}
            aria-hidden
          />
          <Group gap="xs" mt="xs">
            {bars.map((b) => (
              <Anchor key={b.label} component={Link} to={b.href} size="xs" data-testid="overview-link">
                {b.label}: {b.count.toLocaleString()}
              </Anchor>
            ))}
          </Group>
        </>
      )}
    </Card>
  );
}

function scoreBars(bands: Stats['completeness'], param: 'completeness' | 'engagement'): Bar[] {
  return bands.map((b) => ({
    label: b.label,
    count: b.count,
    // Bands are of displayed (whole, half-up) scores; the filter takes exact scores.
    href: browse({ ...(b.minExact > 0 ? { [`${param}Min`]: b.minExact } : {}), ...(b.belowExact <= 100 ? { [`${param}Below`]: b.belowExact } : {}) }),
  }));
}

function Charts({ stats, lookups }: { stats: Stats; lookups: Lookups }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <BarsCard title="Completeness" bars={scoreBars(stats.completeness, 'completeness')} color="indigo.6" />
      <BarsCard title="Engagement" bars={scoreBars(stats.engagement, 'engagement')} color="grape.6" />
      <BarsCard
        title="Groups by solution interest"
        horizontal
        color="teal.6"
        bars={stats.bySolutionInterest.map((s) => ({ label: lookups.solutionInterest(s.solutionInterestId)?.name ?? s.solutionInterestId, count: s.count, href: browse({ solutionInterestId: s.solutionInterestId }) }))}
      />
      <BarsCard
        title="Groups by stage"
        horizontal
        color="cyan.6"
        bars={stats.byStage.map((s) => ({
          label: s.stage == null ? 'No stage' : (stageName(lookups, s.solutionInterestId, s.stage) ?? s.stage),
          count: s.count,
          href: s.stage == null ? browse({ solutionInterestId: s.solutionInterestId }) : browse({ solutionInterestId: s.solutionInterestId, stage: s.stage }),
        }))}
      />
      <BarsCard
        title="Most frequently missing roles"
        horizontal
        color="red.6"
        bars={stats.missingRoles.map((m) => ({ label: lookups.role(m.roleId)?.name ?? m.roleId, count: m.count, href: browse({ missingRoleId: m.roleId, sort: 'completeness' }) }))}
      />
      <RecentlyChanged />
    </SimpleGrid>
  );
}

function RecentlyChanged() {
  const recent = useQuery({
    queryKey: ['buying-groups', 'recent'],
    queryFn: () => unwrap(api.GET('/api/v1/buying-groups', { params: { query: { sort: '-updatedAt', limit: 8 } as never } })),
  });
  return (
    <Card withBorder>
      <Title order={2} size="h5" mb="xs">
        Recently changed
      </Title>
      {recent.error ? (
        <ErrorState error={recent.error} />
      ) : !recent.data ? (
        <LoadingState />
      ) : (
        <Table verticalSpacing={4} aria-label="Recently changed buying groups">
          <Table.Tbody>
            {recent.data.data.map((g) => (
              <Table.Tr key={g.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/buying-groups/${g.id}`} size="sm">
                    {g.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{g.completenessDisplay}%</Text>
                </Table.Td>
                <Table.Td>
                  <RelativeTime iso={g.updatedAt} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}

export function OverviewPage() {
  const lookups = useLookups();
  const stats = useQuery({ queryKey: ['buying-groups', 'stats'], queryFn: () => unwrap(api.GET('/api/v1/buying-groups/stats', { params: { query: {} as never } })) });
  if (stats.error) return <ErrorState error={stats.error} onRetry={() => void stats.refetch()} />;
  if (lookups.error) return <ErrorState error={lookups.error} />;
  if (!stats.data || !lookups.data) return <LoadingState />;
  if (stats.data.total === 0) {
    return (
      <EmptyState title="No buying groups yet" action={<Anchor component={Link} to="/buying-groups/create">Create buying groups</Anchor>}>
        Run a creation job for a solution interest and an audience; this page then shows how complete and engaged the groups are.
      </EmptyState>
    );
  }
  return (
    <Stack>
      <Group gap="xl">
        <Stack gap={0}>
          <Text size="xs" c="dimmed">
            Buying groups
          </Text>
          <Text size="xl" fw={700} data-testid="overview-total">
            {stats.data.total.toLocaleString()}
          </Text>
        </Stack>
        <Stack gap={0}>
          <Text size="xs" c="dimmed">
            Active
          </Text>
          <Text size="xl" fw={700}>
            {stats.data.active.toLocaleString()}
          </Text>
        </Stack>
        <Stack gap={0}>
          <Text size="xs" c="dimmed">
            With missing roles
          </Text>
          <Anchor component={Link} to={browse({ hasMissingRoles: 'true', sort: 'completeness' })} size="xl" fw={700}>
            {stats.data.withMissingRoles.toLocaleString()}
          </Anchor>
        </Stack>
      </Group>
      <Charts stats={stats.data} lookups={lookups.data} />
    </Stack>
  );
}
