/**
 * One account: its facts (parent, children, custom attributes), its people with their relation,
 * its buying groups, and the contact-coverage matrix — roles × solution interests, the number of
 * members holding each role, a cell drilling down to those members.
 */
import { useState } from 'react';
import { Anchor, Badge, Box, Breadcrumbs, Button, Card, Group, Modal, Paper, Progress, SegmentedControl, SimpleGrid, Stack, Table, Tabs, Text, Title, Tooltip } from '@mantine/core';
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client.ts';
import { EmptyState, ErrorState, LoadingState } from '../../components/States.tsx';
import { LoadMore } from '../../components/LoadMore.tsx';
import { stageName, useLookups } from '../../lib/lookups.ts';
import { formatDay, formatNumber, fullName, label } from '../../lib/people.ts';
import { CustomAttributes } from '../../components/CustomAttributes.tsx';
import { Fact } from '../../components/Fact.tsx';
import { AccountJourneysTab } from './AccountJourneys.tsx';

type Account = Schemas['Account'];
type Coverage = Schemas['AccountCoverage'];

function Summary({ account }: { account: Account }) {
  const children = useQuery({
    queryKey: ['account', account.id, 'children'],
    queryFn: () => unwrap(api.GET('/api/v1/accounts/hierarchy', { params: { query: { parentId: account.id, limit: 100 } as never } })),
  });
  const parent = useQuery({
    enabled: account.parentId != null,
    queryKey: ['account', account.parentId],
    queryFn: () => unwrap(api.GET('/api/v1/accounts/{id}', { params: { path: { id: account.parentId ?? '' } } })),
  });
  const kids = children.data?.data ?? [];
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }}>
      <Card withBorder>
        <SimpleGrid cols={2} spacing="sm">
          <Fact name="Domain">{account.domain ?? '—'}</Fact>
          <Fact name="Industry">{account.industry ?? '—'}</Fact>
          <Fact name="Country">{[account.country, account.region, account.city].filter(Boolean).join(', ') || '—'}</Fact>
          <Fact name="Employees">{formatNumber(account.employees)}</Fact>
          <Fact name="Annual revenue">{account.annualRevenue == null ? '—' : account.annualRevenue.toLocaleString(undefined, { maximumFractionDigits: 0 })}</Fact>
          <Fact name="External id">{account.externalId ?? '—'}</Fact>
        </SimpleGrid>
      </Card>
      <Card withBorder>
        <Stack gap="sm">
          <Fact name="Parent account">
            {account.parentId ? (
              <Anchor component={Link} to={`/accounts/${account.parentId}`} size="sm">
                {parent.data?.name ?? 'Parent account'}
              </Anchor>
            ) : (
              'None (top level)'
            )}
          </Fact>
          <Fact name="Child accounts">
            {children.error ? (
              <ErrorState error={children.error} />
            ) : !children.data ? (
              '…'
            ) : (
              <Stack gap={2}>
                <Text size="sm" data-testid="child-count">
                  {kids.length}
                  {children.data.nextCursor ? '+' : ''}
                </Text>
                {kids.slice(0, 5).map((k) => (
                  <Anchor key={k.account.id} component={Link} to={`/accounts/${k.account.id}`} size="sm">
                    {k.account.name}
                  </Anchor>
                ))}
                {kids.length > 5 && (
                  <Text size="xs" c="dimmed">
                    and {kids.length - 5}
                    {children.data.nextCursor ? '+' : ''} more
                  </Text>
                )}
              </Stack>
            )}
          </Fact>
        </Stack>
      </Card>
      <Card withBorder>
        <CustomAttributes values={account.custom} />
      </Card>
    </SimpleGrid>
  );
}

function PeopleTab({ accountId }: { accountId: string }) {
  const [which, setWhich] = useState('active');
  const people = useInfiniteQuery({
    queryKey: ['account', accountId, 'people', which],
    initialPageParam: undefined as string | undefined,
    placeholderData: keepPreviousData,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/accounts/{id}/people', {
          params: { path: { id: accountId }, query: { limit: 50, ...(which === 'all' ? {} : { active: which === 'active' ? 'true' : 'false' }), ...(pageParam ? { cursor: pageParam } : {}) } as never },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = people.data?.pages.flatMap((p) => p.data) ?? [];
  return (
    <Stack gap="sm">
      <SegmentedControl
        w="fit-content"
        aria-label="Which relations"
        value={which}
        onChange={setWhich}
        data={[
          { value: 'active', label: 'Active relations' },
          { value: 'ended', label: 'Ended' },
          { value: 'all', label: 'All' },
        ]}
      />
      {people.error ? (
        <ErrorState error={people.error} onRetry={() => void people.refetch()} />
      ) : !people.data ? (
        <LoadingState />
      ) : rows.length === 0 ? (
        <EmptyState title="Nobody here">{which === 'ended' ? 'Nobody has left this account.' : 'No person is related to this account.'}</EmptyState>
      ) : (
        <Paper withBorder>
          <Table striped verticalSpacing="xs" aria-label="People of the account">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Title</Table.Th>
                <Table.Th>Seniority</Table.Th>
                <Table.Th>Function</Table.Th>
                <Table.Th>Relation</Table.Th>
                <Table.Th>Since</Table.Th>
                <Table.Th>Ended</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map(({ person: p, relation: r }) => (
                <Table.Tr key={r.id} data-testid="account-person-row">
                  <Table.Td>
                    <Anchor component={Link} to={`/people/${p.id}`} size="sm" fw={500}>
                      {fullName(p)}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {p.email}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{p.jobTitle ?? '—'}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{label(p.derivedSeniority)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{label(p.derivedFunction)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{label(r.relationType)}</Text>
                    {r.roles.length > 0 && (
                      <Text size="xs" c="dimmed">
                        {r.roles.join(', ')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatDay(r.startedOn)}</Text>
                  </Table.Td>
                  <Table.Td>
                    {r.endedOn ? (
                      <Group gap={4}>
                        <Text size="sm">{formatDay(r.endedOn)}</Text>
                        {!r.active && (
                          <Badge size="xs" variant="default">
                            left
                          </Badge>
                        )}
                      </Group>
                    ) : (
                      <Text size="sm">—</Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <LoadMore shown={rows.length} hasMore={people.hasNextPage} loading={people.isFetchingNextPage} onMore={() => void people.fetchNextPage()} what="people" />
        </Paper>
      )}
    </Stack>
  );
}

function GroupsTab({ accountId }: { accountId: string }) {
  const lookups = useLookups();
  const groups = useQuery({
    queryKey: ['account', accountId, 'buying-groups'],
    queryFn: () => unwrap(api.GET('/api/v1/buying-groups', { params: { query: { accountId, limit: 100, sort: 'name' } as never } })),
  });
  if (groups.error) return <ErrorState error={groups.error} onRetry={() => void groups.refetch()} />;
  if (lookups.error) return <ErrorState error={lookups.error} />;
  if (!groups.data || !lookups.data) return <LoadingState />;
  const l = lookups.data;
  if (groups.data.data.length === 0) return <EmptyState title="No buying groups">A creation job over an audience with this account makes its groups.</EmptyState>;
  return (
    <Paper withBorder>
      <Table striped verticalSpacing="xs" aria-label="Buying groups of the account">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Group</Table.Th>
            <Table.Th>Solution interest</Table.Th>
            <Table.Th>Completeness</Table.Th>
            <Table.Th>Engagement</Table.Th>
            <Table.Th>Stage</Table.Th>
            <Table.Th>Members</Table.Th>
            <Table.Th>Missing roles</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groups.data.data.map((g) => (
            <Table.Tr key={g.id} data-testid="account-group-row">
              <Table.Td>
                <Anchor component={Link} to={`/buying-groups/${g.id}`} size="sm" fw={500}>
                  {g.name}
                </Anchor>
                {!g.active && (
                  <Badge ml={6} size="xs" variant="dot" color="gray">
                    inactive
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{l.solutionInterest(g.solutionInterestId)?.name ?? g.solutionInterestId}</Text>
              </Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Progress value={g.completeness} w={70} size="sm" aria-label={`Completeness ${g.completenessDisplay}%`} />
                  <Text size="sm">{g.completenessDisplay}%</Text>
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{g.engagementDisplay}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{stageName(l, g.solutionInterestId, g.stage) ?? '—'}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{g.memberCount}</Text>
              </Table.Td>
              <Table.Td>
                {g.missingRoleIds.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    none
                  </Text>
                ) : (
                  <Group gap={4}>
                    {g.missingRoleIds.map((id) => (
                      <Badge key={id} size="xs" color="red" variant="dot" style={{ textTransform: 'none' }}>
                        {l.role(id)?.name ?? id}
                      </Badge>
                    ))}
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

interface Drill {
  groupId: string;
  groupName: string;
  roleId: string;
  roleName: string;
}

function DrillDown({ drill, onClose }: { drill: Drill | null; onClose: () => void }) {
  const members = useQuery({
    enabled: drill != null,
    queryKey: ['buying-group', drill?.groupId, 'members', 'role', drill?.roleId],
    queryFn: () => unwrap(api.GET('/api/v1/buying-groups/{id}/members', { params: { path: { id: drill?.groupId ?? '' }, query: { roleId: drill?.roleId, removed: 'false', limit: 500 } as never } })),
  });
  return (
    <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={drill != null} onClose={onClose} title={drill ? `${drill.roleName} in ${drill.groupName}` : ''} size="lg">
      {members.error ? (
        <ErrorState error={members.error} />
      ) : !members.data ? (
        <LoadingState />
      ) : (
        <Stack gap="sm">
          {members.data.data.length === 0 ? (
            <EmptyState title="Nobody holds this role">The group's Not members tab lists the account's people and why rules leave them out.</EmptyState>
          ) : (
            <Table verticalSpacing="xs" aria-label="Members with this role">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Title</Table.Th>
                  <Table.Th>Source</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {members.data.data.map((m) => (
                  <Table.Tr key={m.personId} data-testid="drill-member">
                    <Table.Td>
                      <Anchor component={Link} to={`/people/${m.personId}`} size="sm">
                        {fullName(m)}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{m.jobTitle ?? '—'}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{m.source}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {drill && (
            <Group justify="flex-end">
              <Button component={Link} to={`/buying-groups/${drill.groupId}`} variant="default" size="xs">
                Open the buying group
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Modal>
  );
}

const DOT: Record<string, string> = { red: 'var(--mantine-color-red-7)', yellow: 'var(--mantine-color-yellow-6)', teal: 'var(--mantine-color-teal-6)', gray: 'var(--mantine-color-gray-5)' };

function CoverageCellButton({ cell, onOpen, what }: { cell: Coverage['groups'][number]['roles'][number]; onOpen: () => void; what: string }) {
  const short = cell.required && cell.members < cell.membersRequired;
  const color = short ? (cell.members === 0 ? 'red' : 'yellow') : cell.members > 0 ? 'teal' : 'gray';
  const text = cell.required ? `${cell.members} / ${cell.membersRequired}` : String(cell.members);
  const hint = cell.required ? (short ? `${cell.membersRequired - cell.members} more required` : 'required members present') : 'not required';
  return (
    <Tooltip label={`${what}: ${cell.members} member${cell.members === 1 ? '' : 's'}; ${hint}`}>
      <Button
        size="compact-sm"
        variant="default"
        fw={short ? 700 : 500}
        leftSection={<Box w={10} h={10} style={{ borderRadius: '50%', background: DOT[color] }} aria-hidden />}
        onClick={onOpen}
        aria-label={`${text} — ${what}: ${hint}. Show the members`}
        data-testid="coverage-cell"
        data-members={cell.members}
        data-short={short}
      >
        {text}
      </Button>
    </Tooltip>
  );
}

function CoverageTab({ accountId }: { accountId: string }) {
  const [drill, setDrill] = useState<Drill | null>(null);
  const coverage = useQuery({ queryKey: ['account', accountId, 'coverage'], queryFn: () => unwrap(api.GET('/api/v1/accounts/{id}/coverage', { params: { path: { id: accountId } } })) });
  if (coverage.error) return <ErrorState error={coverage.error} onRetry={() => void coverage.refetch()} />;
  if (!coverage.data) return <LoadingState />;
  const c = coverage.data;
  if (c.groups.length === 0) return <EmptyState title="No coverage to show">The account has no buying group yet: the matrix has a column per solution interest with a group.</EmptyState>;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        Members holding each role in the account's buying group for each solution interest. Required roles show members / required (red: nobody, yellow: fewer than required, green: covered); other roles show the number of members. Select a number to see the people.
      </Text>
      <Paper withBorder style={{ overflowX: 'auto' }}>
        <Table verticalSpacing="xs" withColumnBorders aria-label="Contact coverage: roles by solution interest" data-testid="coverage-matrix">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Role</Table.Th>
              {c.groups.map((g) => (
                <Table.Th key={g.buyingGroupId} scope="col" data-si={g.solutionInterestId}>
                  <Anchor component={Link} to={`/buying-groups/${g.buyingGroupId}`} size="sm" fw={600}>
                    {g.solutionInterestName}
                  </Anchor>
                  {!g.active && (
                    <Text size="xs" c="dimmed">
                      inactive
                    </Text>
                  )}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {c.roles.map((r) => (
              <Table.Tr key={r.roleId} data-testid="coverage-row" data-role={r.roleId}>
                <Table.Th scope="row">
                  <Text size="sm" fw={500}>
                    {r.roleName}
                  </Text>
                </Table.Th>
                {c.groups.map((g) => {
                  const cell = g.roles.find((x) => x.roleId === r.roleId);
                  return (
                    <Table.Td key={g.buyingGroupId} data-si={g.solutionInterestId}>
                      {cell ? (
                        <CoverageCellButton
                          cell={cell}
                          what={`${r.roleName} for ${g.solutionInterestName}`}
                          onOpen={() => setDrill({ groupId: g.buyingGroupId, groupName: g.buyingGroupName, roleId: r.roleId, roleName: r.roleName })}
                        />
                      ) : (
                        <Text size="xs" c="dimmed">
                          not in template
                        </Text>
                      )}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      <DrillDown drill={drill} onClose={() => setDrill(null)} />
    </Stack>
  );
}

const TABS = ['people', 'buying-groups', 'coverage', 'journeys'] as const;

export function AccountDetailsPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const tab = TABS.find((t) => t === params.get('tab')) ?? 'people';
  const account = useQuery({ queryKey: ['account', id], queryFn: () => unwrap(api.GET('/api/v1/accounts/{id}', { params: { path: { id } } })) });
  const ancestors = useQuery({ queryKey: ['account', id, 'ancestors'], queryFn: () => unwrap(api.GET('/api/v1/accounts/{id}/ancestors', { params: { path: { id } } })) });
  if (account.error) return <ErrorState error={account.error} onRetry={() => void account.refetch()} />;
  if (!account.data) return <LoadingState />;
  const a = account.data;
  return (
    <Stack>
      <Breadcrumbs>
        <Anchor component={Link} to="/accounts" size="sm">
          Accounts
        </Anchor>
        {[...(ancestors.data?.data ?? [])].reverse().map((x) => (
          <Anchor key={x.id} component={Link} to={`/accounts/${x.id}`} size="sm">
            {x.name}
          </Anchor>
        ))}
        <Text size="sm">{a.name}</Text>
      </Breadcrumbs>
      <Title order={1} size="h2">
        {a.name}
      </Title>
      <Summary account={a} />
      <Tabs value={tab} onChange={(v) => v && setParams({ tab: v }, { replace: true })} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="people">People</Tabs.Tab>
          <Tabs.Tab value="buying-groups">Buying groups</Tabs.Tab>
          <Tabs.Tab value="coverage">Contact coverage</Tabs.Tab>
          <Tabs.Tab value="journeys">Journeys</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="people" pt="md">
          <PeopleTab accountId={a.id} />
        </Tabs.Panel>
        <Tabs.Panel value="buying-groups" pt="md">
          <GroupsTab accountId={a.id} />
        </Tabs.Panel>
        <Tabs.Panel value="coverage" pt="md">
          <CoverageTab accountId={a.id} />
        </Tabs.Panel>
        <Tabs.Panel value="journeys" pt="md">
          <AccountJourneysTab accountId={a.id} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
