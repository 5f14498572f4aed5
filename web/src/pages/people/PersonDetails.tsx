/**
 * One person: their fields with the seniority and functions that apply — marked "derived" (read
 * from the title by the classifier, with its confidence and evidence) or "set by user" (explicit,
 * wins over the classifier) — engagement, their accounts
 * and provenance (the data provider that supplied them, if any), their accounts
 * (relation type, active or ended), activities (newest first, paged) and the buying groups they
 * belong to or were removed from (role, source, group and account links).
 */
import { Anchor, Badge, Breadcrumbs, Card, Code, Group, Paper, Progress, SimpleGrid, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client.ts';
import { EmptyState, ErrorState, LoadingState } from '../../components/States.tsx';
import { LoadMore } from '../../components/LoadMore.tsx';
import { RelativeTime } from '../../components/RelativeTime.tsx';
import { formatDay, fullName, label } from '../../lib/people.ts';
import { CustomAttributes } from '../../components/CustomAttributes.tsx';
import { Fact } from '../../components/Fact.tsx';

type Person = Schemas['PersonDetail'];

/** "derived" or "set by user" beside a value. */
function SourceMark({ source, testId }: { source: 'explicit' | 'derived'; testId: string }) {
  return (
    <Badge size="xs" variant="dot" color={source === 'explicit' ? 'teal' : 'gray'} ml={6} data-testid={testId}>
      {source === 'explicit' ? 'set by user' : 'derived'}
    </Badge>
  );
}

/** Why the classifier read the title as it did: its evidence, strongest first, and its confidence. */
function TitleEvidence({ person: p }: { person: Person }) {
  if (!p.jobTitle) return null;
  const evidence = [...p.titleEvidence].sort((a, b) => b.weight - a.weight);
  return (
    <Stack gap={2} mt="xs" data-testid="title-evidence">
      <Text size="xs" c="dimmed">
        Read from the title with {Math.round(p.titleConfidence * 100)}% confidence
      </Text>
      {evidence.length > 0 && (
        <Group gap={4}>
          {evidence.map((e, i) => (
            <Badge key={i} size="xs" variant="outline" color="gray" style={{ textTransform: 'none' }} title={`weight ${e.weight}`}>
              {e.token ? `“${e.token}”` : e.rule} → {e.effect}
            </Badge>
          ))}
        </Group>
      )}
    </Stack>
  );
}

const PROVIDER_NAMES: Record<string, string> = { zoominfo: 'ZoomInfo' };

/** Where the person came from: a data provider (with its id and when it was fetched), or entered/imported. */
function Provenance({ person: p }: { person: Person }) {
  const v = p.provenance;
  return (
    <Fact name="Source">
      <span data-testid="provenance">
        {v ? (
          <>
            {PROVIDER_NAMES[v.provider ?? ''] ?? v.provider ?? v.source}
            {v.providerId && <Code ml={4}>{v.providerId}</Code>}
            {v.fetchedAt && (
              <Text span size="xs" c="dimmed" ml={4}>
                fetched <RelativeTime iso={v.fetchedAt} />
              </Text>
            )}
          </>
        ) : (
          'Entered, imported or created through the API'
        )}
      </span>
    </Fact>
  );
}

function Summary({ person: p }: { person: Person }) {
  const flags = [p.emailInvalid && 'e-mail invalid', p.emailSuspended && 'e-mail suspended', p.unsubscribed && 'unsubscribed'].filter((f): f is string => Boolean(f));
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }}>
      <Card withBorder>
        <SimpleGrid cols={2} spacing="sm">
          <Fact name="Job title">{p.jobTitle ?? '—'}</Fact>
          <Fact name="Department">{p.department ?? '—'}</Fact>
          <Fact name="Seniority">
            <span data-testid="derived-seniority">{label(p.derivedSeniority)}</span>
            {p.derivedSeniority && <SourceMark source={p.derivedSenioritySource} testId="derived-seniority-source" />}
          </Fact>
          <Fact name="Function">
            <span data-testid="derived-function">{label(p.derivedFunction)}</span>
            {p.derivedFunction && <SourceMark source={p.derivedFunctionSource} testId="derived-function-source" />}
          </Fact>
          <Fact name="All functions">
            <span data-testid="derived-functions">{p.derivedFunctions.length ? p.derivedFunctions.map(label).join(', ') : '—'}</span>
          </Fact>
          <Fact name="Specialties">
            <span data-testid="derived-specialties">{p.derivedSpecialties.length ? p.derivedSpecialties.map(label).join(', ') : '—'}</span>
          </Fact>
          <Fact name="Seniority (as given)">{p.seniority ?? '—'}</Fact>
          <Fact name="Location">{[p.city, p.state, p.country].filter(Boolean).join(', ') || '—'}</Fact>
        </SimpleGrid>
        <TitleEvidence person={p} />
      </Card>
      <Card withBorder>
        <Text size="xs" c="dimmed">
          Engagement score
        </Text>
        <Text size="xl" fw={700} data-testid="engagement">
          {Math.round(p.engagementScore)}
        </Text>
        <Progress value={p.engagementScore} color="grape" mt={4} aria-label={`Engagement ${Math.round(p.engagementScore)}`} />
        <Stack gap={4} mt="sm">
          <Fact name="E-mail">{p.email}</Fact>
          <Fact name="Phone">{p.phone ?? '—'}</Fact>
          <Provenance person={p} />
          {flags.length > 0 && (
            <Group gap={4}>
              {flags.map((f) => (
                <Badge key={f} size="xs" variant="dot" color="gray">
                  {f}
                </Badge>
              ))}
            </Group>
          )}
        </Stack>
      </Card>
      <Card withBorder>
        <CustomAttributes values={p.custom} />
        <Text size="xs" c="dimmed" mt="sm">
          Updated <RelativeTime iso={p.updatedAt} />
        </Text>
      </Card>
    </SimpleGrid>
  );
}

function usePersonAccounts(personId: string) {
  return useQuery({ queryKey: ['person', personId, 'accounts'], queryFn: () => unwrap(api.GET('/api/v1/people/{id}/accounts', { params: { path: { id: personId }, query: { limit: 200 } as never } })) });
}

function AccountsTab({ personId }: { personId: string }) {
  const accounts = usePersonAccounts(personId);
  if (accounts.error) return <ErrorState error={accounts.error} onRetry={() => void accounts.refetch()} />;
  if (!accounts.data) return <LoadingState />;
  if (accounts.data.data.length === 0) return <EmptyState title="No accounts">This person is not related to any account.</EmptyState>;
  return (
    <Paper withBorder>
      <Table striped verticalSpacing="xs" aria-label="Accounts of the person">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Account</Table.Th>
            <Table.Th>Relation</Table.Th>
            <Table.Th>Roles in the account</Table.Th>
            <Table.Th>Since</Table.Th>
            <Table.Th>Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {accounts.data.data.map(({ account: a, relation: r }) => (
            <Table.Tr key={r.id} data-testid="person-account-row">
              <Table.Td>
                <Anchor component={Link} to={`/accounts/${a.id}`} size="sm" fw={500}>
                  {a.name}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{label(r.relationType)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{r.roles.join(', ') || '—'}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDay(r.startedOn)}</Text>
              </Table.Td>
              <Table.Td>
                {r.active ? (
                  <Badge size="sm" variant="dot" color="teal">
                    active{r.endedOn ? ` until ${formatDay(r.endedOn)}` : ''}
                  </Badge>
                ) : (
                  <Badge size="sm" variant="dot" color="gray">
                    ended {formatDay(r.endedOn)}
                  </Badge>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

function ActivitiesTab({ personId }: { personId: string }) {
  const activities = useInfiniteQuery({
    queryKey: ['person', personId, 'activities'],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/activities', { params: { query: { personId, limit: 25, ...(pageParam ? { cursor: pageParam } : {}) } as never } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const accounts = usePersonAccounts(personId);
  const accountName = (id: string) => accounts.data?.data.find((r) => r.account.id === id)?.account.name ?? 'Account';
  if (activities.error) return <ErrorState error={activities.error} onRetry={() => void activities.refetch()} />;
  if (!activities.data) return <LoadingState />;
  const rows = activities.data.pages.flatMap((p) => p.data);
  if (rows.length === 0) return <EmptyState title="No activities">Nothing recorded for this person yet (POST /api/v1/activities).</EmptyState>;
  return (
    <Paper withBorder>
      <Table striped verticalSpacing="xs" aria-label="Activities, newest first">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            <Table.Th>Type</Table.Th>
            <Table.Th>Account</Table.Th>
            <Table.Th>Details</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((a) => (
            <Table.Tr key={a.id} data-testid="activity-row">
              <Table.Td>
                <RelativeTime iso={a.occurredAt} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{a.type.replace(/_/g, ' ')}</Text>
              </Table.Td>
              <Table.Td>
                {a.accountId ? (
                  <Anchor component={Link} to={`/accounts/${a.accountId}`} size="sm">
                    {accountName(a.accountId)}
                  </Anchor>
                ) : (
                  <Text size="sm">—</Text>
                )}
              </Table.Td>
              <Table.Td>
                {Object.keys(a.metadata).length > 0 ? <Code style={{ wordBreak: 'break-all' }}>{JSON.stringify(a.metadata).slice(0, 160)}</Code> : <Text size="sm">—</Text>}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <LoadMore shown={rows.length} hasMore={activities.hasNextPage} loading={activities.isFetchingNextPage} onMore={() => void activities.fetchNextPage()} what="activities" />
    </Paper>
  );
}

function GroupsTab({ personId }: { personId: string }) {
  const groups = useInfiniteQuery({
    queryKey: ['person', personId, 'buying-groups'],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/people/{id}/buying-groups', { params: { path: { id: personId }, query: { limit: 50, ...(pageParam ? { cursor: pageParam } : {}) } as never } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  if (groups.error) return <ErrorState error={groups.error} onRetry={() => void groups.refetch()} />;
  if (!groups.data) return <LoadingState />;
  const rows = groups.data.pages.flatMap((p) => p.data);
  if (rows.length === 0) return <EmptyState title="In no buying group">Rules put people in groups when a role's condition holds; editors can add them by hand.</EmptyState>;
  return (
    <Paper withBorder>
      <Table striped verticalSpacing="xs" aria-label="Buying groups of the person">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Buying group</Table.Th>
            <Table.Th>Account</Table.Th>
            <Table.Th>Solution interest</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Source</Table.Th>
            <Table.Th>Membership</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((m) => (
            <Table.Tr key={m.buyingGroupId} data-testid="person-group-row">
              <Table.Td>
                <Anchor component={Link} to={`/buying-groups/${m.buyingGroupId}`} size="sm" fw={500}>
                  {m.buyingGroupName}
                </Anchor>
                {!m.active && (
                  <Badge ml={6} size="xs" variant="dot" color="gray">
                    inactive group
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/accounts/${m.accountId}`} size="sm">
                  {m.accountName}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{m.solutionInterestName}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{m.roleName}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{m.source}</Text>
              </Table.Td>
              <Table.Td>
                {m.removed ? (
                  <Badge size="sm" variant="dot" color="gray">
                    removed {m.removedAt ? new Date(m.removedAt).toLocaleDateString() : ''}
                  </Badge>
                ) : (
                  <Badge size="sm" variant="dot" color="teal">
                    current
                  </Badge>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <LoadMore shown={rows.length} hasMore={groups.hasNextPage} loading={groups.isFetchingNextPage} onMore={() => void groups.fetchNextPage()} what="groups" />
    </Paper>
  );
}

const TABS = ['accounts', 'activities', 'buying-groups'] as const;

export function PersonDetailsPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const tab = TABS.find((t) => t === params.get('tab')) ?? 'buying-groups';
  const person = useQuery({ queryKey: ['person', id], queryFn: () => unwrap(api.GET('/api/v1/people/{id}', { params: { path: { id } } })) });
  if (person.error) return <ErrorState error={person.error} onRetry={() => void person.refetch()} />;
  if (!person.data) return <LoadingState />;
  const p = person.data;
  return (
    <Stack>
      <Breadcrumbs>
        <Anchor component={Link} to="/people" size="sm">
          People
        </Anchor>
        <Text size="sm">{fullName(p)}</Text>
      </Breadcrumbs>
      <div>
        <Title order={1} size="h2">
          {fullName(p)}
        </Title>
        <Text c="dimmed" size="sm">
          {[p.jobTitle, p.email].filter(Boolean).join(' · ')}
        </Text>
      </div>
      <Summary person={p} />
      <Tabs value={tab} onChange={(v) => v && setParams({ tab: v }, { replace: true })} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="buying-groups">Buying groups</Tabs.Tab>
          <Tabs.Tab value="activities">Activities</Tabs.Tab>
          <Tabs.Tab value="accounts">Accounts</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="buying-groups" pt="md">
          <GroupsTab personId={p.id} />
        </Tabs.Panel>
        <Tabs.Panel value="activities" pt="md">
          <ActivitiesTab personId={p.id} />
        </Tabs.Panel>
        <Tabs.Panel value="accounts" pt="md">
          <AccountsTab personId={p.id} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
