/** A buying group: summary, members with "why", member suggestions, non-members, events (the outbox) and stage history. */
import { useState } from 'react';
import {
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Card,
  Checkbox,
  Group,
  Menu,
  Modal,
  Paper,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Tabs,
  Text,
  TextInput,
  Timeline,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconHelpCircle } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client.ts';
import { useCan } from '../../auth/session.tsx';
import { stageName, useLookups, type Lookups } from '../../lib/lookups.ts';
import { EmptyState, ErrorState, LoadingState, errorMessage } from '../../components/States.tsx';
import { RelativeTime } from '../../components/RelativeTime.tsx';
import { Explanation } from './Explain.tsx';
import { NotMembersTab } from './NotMembers.tsx';
import { GroupSuggestionsTab, groupSuggestionsQuery } from './suggestions/GroupSuggestions.tsx';

type Group = Schemas['BuyingGroup'];
type Member = Schemas['BuyingGroupMember'];
type Action = { op: 'add'; personId: string; roleId: string } | { op: 'remove'; personId: string } | { op: 'change_role'; personId: string; roleId: string };

function fullName(m: { firstName: string | null; lastName: string | null; email: string }): string {
  return [m.firstName, m.lastName].filter(Boolean).join(' ') || m.email;
}

function Summary({ group, lookups }: { group: Group; lookups: Lookups }) {
  const si = lookups.solutionInterest(group.solutionInterestId);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
      <Card withBorder>
        <Text size="xs" c="dimmed">
          Completeness
        </Text>
        <Text size="xl" fw={700}>
          {group.completenessDisplay}%
        </Text>
        <Progress value={group.completeness} mt={4} aria-label={`Completeness ${group.completenessDisplay}%`} />
        <Stack gap={2} mt="xs">
          {group.requiredRoles.map((r) => (
            <Group key={r.roleId} justify="space-between" gap="xs">
              <Text size="xs">{lookups.role(r.roleId)?.name ?? r.roleId}</Text>
              <Badge size="xs" variant="dot" color={r.members >= r.membersRequired ? 'teal' : r.members ? 'yellow' : 'red'}>
                {r.members}/{r.membersRequired}
              </Badge>
            </Group>
          ))}
        </Stack>
      </Card>
      <Card withBorder>
        <Text size="xs" c="dimmed">
          Engagement
        </Text>
        <Text size="xl" fw={700}>
          {group.engagementDisplay}
        </Text>
        <Progress value={group.engagement} mt={4} color="grape" aria-label={`Engagement ${group.engagementDisplay}`} />
        <Text size="xs" c="dimmed" mt="xs">
          {group.memberCount} members
        </Text>
      </Card>
      <Card withBorder>
        <Text size="xs" c="dimmed">
          Stage
        </Text>
        <Text size="lg" fw={600}>
          {stageName(lookups, group.solutionInterestId, group.stage) ?? 'No stage'}
        </Text>
        <Text size="xs" c="dimmed" mt="xs">
          Status: {group.statusLabel ?? 'none'} {group.active ? '' : '· inactive'}
        </Text>
      </Card>
      <Card withBorder>
        <Text size="xs" c="dimmed">
          Solution interest
        </Text>
        <Text size="sm" fw={600}>
          {si?.name ?? group.solutionInterestId}
        </Text>
        <Text size="xs" c="dimmed" mt={4}>
          Template: {lookups.template(group.templateId)?.name ?? group.templateId}
        </Text>
        <Text size="xs" c="dimmed">
          Account:{' '}
          {/* Underlined: a link inside a line of text must not be told apart by its colour alone (axe link-in-text-block). */}
          <Anchor component={Link} to={`/accounts/${group.accountId}`} size="xs" underline="always">
            {group.accountName}
          </Anchor>
        </Text>
        <Text size="xs" c="dimmed">
          Updated <RelativeTime iso={group.updatedAt} />
        </Text>
      </Card>
    </SimpleGrid>
  );
}

function StageMover({ group, lookups }: { group: Group; lookups: Lookups }) {
  const queryClient = useQueryClient();
  const model = lookups.stageModel(lookups.solutionInterest(group.solutionInterestId)?.stageModelId);
  const allowed = model
    ? group.stage == null
      ? model.stages.filter((s) => s.kind === 'entry')
      : model.transitions.filter((t) => t.from === group.stage).map((t) => model.stages.find((s) => s.key === t.to)).filter((s): s is NonNullable<typeof s> => s != null)
    : [];
  const move = useMutation({
    mutationFn: (to: string) => unwrap(api.POST('/api/v1/buying-groups/{id}/stage', { params: { path: { id: group.id } }, body: { to } })),
    onSuccess: () => {
      notifications.show({ color: 'teal', message: 'Stage changed' });
      void queryClient.invalidateQueries({ queryKey: ['buying-group', group.id] });
    },
    onError: (e) => notifications.show({ color: 'red', title: 'Stage not changed', message: errorMessage(e) }),
  });
  if (!model || allowed.length === 0) return null;
  return (
    <Menu>
      <Menu.Target>
        <Button variant="default" size="xs" loading={move.isPending}>
          Move stage
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Allowed next stages</Menu.Label>
        {allowed.map((s) => (
          <Menu.Item key={s.key} onClick={() => move.mutate(s.key)}>
            {s.name}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

function MembersTab({ group, lookups }: { group: Group; lookups: Lookups }) {
  const canEdit = useCan('editor');
  const queryClient = useQueryClient();
  const [why, setWhy] = useState<Member | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [adding, setAdding] = useState(false);
  const members = useQuery(membersQuery(group.id));
  const template = lookups.template(group.templateId);
  const roleOptions = (template?.roles ?? []).map((r) => ({ value: r.roleId, label: r.roleName }));
  const act = useMutation({
    mutationFn: (actions: Action[]) => unwrap(api.POST('/api/v1/buying-groups/{id}/members/actions', { params: { path: { id: group.id } }, body: { actions } })),
    onSuccess: (r) => {
      notifications.show({ color: 'teal', message: `${r.changes.length} changes made${r.unchanged.length ? `, ${r.unchanged.length} unchanged` : ''}` });
      setSelected([]);
      void queryClient.invalidateQueries({ queryKey: ['buying-group', group.id] });
    },
    onError: (e) => notifications.show({ color: 'red', title: 'Nothing was changed', message: errorMessage(e) }),
  });

  if (members.error) return <ErrorState error={members.error} onRetry={() => void members.refetch()} />;
  if (!members.data) return <LoadingState />;
  const current = members.data.data.filter((m) => !m.removed);
  const removed = members.data.data.filter((m) => m.removed);

  function confirmRemove() {
    modals.openConfirmModal({
      title: `Remove ${selected.length} ${selected.length === 1 ? 'person' : 'people'}?`,
      children: <Text size="sm">Rules will not add them again (a manual decision). You can hand them back to rules later.</Text>,
      labels: { confirm: 'Remove', cancel: 'Cancel' },
      confirmProps: { color: 'red' },
      onConfirm: () => act.mutate(selected.map((personId) => ({ op: 'remove' as const, personId }))),
    });
  }

  return (
    <Stack gap="sm">
      {canEdit && (
        <Group gap="xs">
          <Button size="xs" onClick={() => setAdding(true)}>
            Add people
          </Button>
          <Button size="xs" variant="default" color="red" disabled={selected.length === 0} onClick={confirmRemove}>
            Remove selected
          </Button>
          <Select
            size="xs"
            aria-label="Change the role of the selected members"
            placeholder="Change role of selected…"
            data={roleOptions}
            disabled={selected.length === 0}
            value={null}
            onChange={(roleId) => roleId && act.mutate(selected.map((personId) => ({ op: 'change_role' as const, personId, roleId })))}
            w={220}
          />
        </Group>
      )}
      {current.length === 0 ? (
        <EmptyState title="No members">Nobody holds a role in this group yet. Add people of the account, or adjust the template's conditions.</EmptyState>
      ) : (
        <Paper withBorder>
          <Table striped verticalSpacing="xs" aria-label="Members">
            <Table.Thead>
              <Table.Tr>
                {canEdit && (
                  <Table.Th>
                    <Checkbox
                      aria-label="Select all members"
                      checked={selected.length === current.length}
                      indeterminate={selected.length > 0 && selected.length < current.length}
                      onChange={(e) => setSelected(e.currentTarget.checked ? current.map((m) => m.personId) : [])}
                    />
                  </Table.Th>
                )}
                <Table.Th>Name</Table.Th>
                <Table.Th>Role</Table.Th>
                <Table.Th>Source</Table.Th>
                <Table.Th>Title</Table.Th>
                <Table.Th>E-mail</Table.Th>
                <Table.Th>Engagement</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Why</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {current.map((m) => (
                <Table.Tr key={m.personId} data-testid="member-row">
                  {canEdit && (
                    <Table.Td>
                      <Checkbox
                        aria-label={`Select ${fullName(m)}`}
                        checked={selected.includes(m.personId)}
                        onChange={(e) => setSelected((s) => (e.currentTarget.checked ? [...s, m.personId] : s.filter((x) => x !== m.personId)))}
                      />
                    </Table.Td>
                  )}
                  <Table.Td>
                    <Anchor component={Link} to={`/people/${m.personId}`} size="sm" fw={500}>
                      {fullName(m)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    {/* The whole role name: an overflow-hidden badge would let the table squeeze it. */}
                    <Badge variant="light" style={{ textTransform: 'none', minWidth: 'max-content' }}>
                      {m.roleName}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{m.source}</Table.Td>
                  <Table.Td>{m.jobTitle ?? '—'}</Table.Td>
                  <Table.Td>{m.email}</Table.Td>
                  <Table.Td>{m.personEngagementDisplay}</Table.Td>
                  <Table.Td>
                    <Button size="compact-xs" variant="subtle" leftSection={<IconHelpCircle size={14} aria-hidden />} onClick={() => setWhy(m)} aria-label={`Why is ${fullName(m)} ${m.roleName}?`}>
                      Why?
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {removed.length > 0 && (
        <Text size="sm" c="dimmed">
          Removed and remembered (rules will not add them again): {removed.map(fullName).join(', ')}
        </Text>
      )}
      <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={why != null} onClose={() => setWhy(null)} title={why ? `Why ${fullName(why)}?` : ''} size="lg">
        {why && <Explanation groupId={group.id} personId={why.personId} />}
      </Modal>
      <AddPeopleModal opened={adding} onClose={() => setAdding(false)} group={group} roleOptions={roleOptions} memberIds={new Set(current.map((m) => m.personId))} onAdd={(actions) => act.mutate(actions, { onSuccess: () => setAdding(false) })} />
    </Stack>
  );
}

function AddPeopleModal(props: { opened: boolean; onClose: () => void; group: Group; roleOptions: { value: string; label: string }[]; memberIds: Set<string>; onAdd: (a: Action[]) => void }) {
  const [q, setQ] = useState('');
  const [roleId, setRoleId] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const people = useQuery({
    enabled: props.opened,
    queryKey: ['account-people', props.group.accountId, q],
    queryFn: () => unwrap(api.GET('/api/v1/people', { params: { query: { accountId: props.group.accountId, limit: 100, ...(q ? { q } : {}) } as never } })),
  });
  const candidates = (people.data?.data ?? []).filter((p) => !props.memberIds.has(p.id));
  return (
    <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={props.opened} onClose={props.onClose} title={`Add people of ${props.group.accountName}`} size="lg">
      <Stack>
        <TextInput label="Search people" value={q} onChange={(e) => setQ(e.currentTarget.value)} placeholder="Name, e-mail or title" />
        {people.error ? (
          <ErrorState error={people.error} />
        ) : !people.data ? (
          <LoadingState />
        ) : candidates.length === 0 ? (
          <EmptyState title="Nobody to add">Everyone related to this account who matches is already a member.</EmptyState>
        ) : (
          <Checkbox.Group value={chosen} onChange={setChosen} label="People">
            <Stack gap={4} mt={4} mah={300} style={{ overflow: 'auto' }}>
              {candidates.map((p) => (
                <Checkbox key={p.id} value={p.id} label={`${fullName(p)} — ${p.jobTitle ?? 'no title'}`} />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        <Select label="Role" data={props.roleOptions} value={roleId} onChange={setRoleId} required />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            Cancel
          </Button>
          <Button disabled={!roleId || chosen.length === 0} onClick={() => roleId && props.onAdd(chosen.map((personId) => ({ op: 'add' as const, personId, roleId })))}>
            Add {chosen.length || ''}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function EventsTab({ group }: { group: Group }) {
  const events = useQuery({
    queryKey: ['buying-group', group.id, 'events'],
    queryFn: () => unwrap(api.GET('/api/v1/buying-groups/{id}/events', { params: { path: { id: group.id }, query: { limit: 200 } as never } })),
  });
  if (events.error) return <ErrorState error={events.error} />;
  if (!events.data) return <LoadingState />;
  if (events.data.data.length === 0) return <EmptyState title="No events yet" />;
  return (
    <Timeline bulletSize={14} lineWidth={2}>
      {[...events.data.data].reverse().map((e) => (
        <Timeline.Item key={e.id} title={e.type.replace(/_/g, ' ')}>
          <Text size="xs" c="dimmed">
            <RelativeTime iso={e.createdAt} />
          </Text>
          <Text size="xs" style={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
            {JSON.stringify(e.payload).slice(0, 300)}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

function StageHistoryTab({ group, lookups }: { group: Group; lookups: Lookups }) {
  const history = useQuery({
    queryKey: ['buying-group', group.id, 'stage-history'],
    queryFn: () => unwrap(api.GET('/api/v1/buying-groups/{id}/stage-history', { params: { path: { id: group.id } } })),
  });
  if (history.error) return <ErrorState error={history.error} />;
  if (!history.data) return <LoadingState />;
  if (history.data.data.length === 0) return <EmptyState title="No stage changes yet" />;
  return (
    <Timeline bulletSize={14}>
      {history.data.data.map((h) => (
        <Timeline.Item key={h.id} title={`${stageName(lookups, group.solutionInterestId, h.from) ?? 'start'} → ${stageName(lookups, group.solutionInterestId, h.to)}`}>
          <RelativeTime iso={h.at} />
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

/** The group's members (up to 500: a group this size is shown whole), one query shared by the page and its tab. */
function membersQuery(id: string) {
  return {
    queryKey: ['buying-group', id, 'members'],
    queryFn: () => unwrap(api.GET('/api/v1/buying-groups/{id}/members', { params: { path: { id }, query: { limit: 500 } as never } })),
  };
}

export function GroupDetailsPage() {
  const { id = '' } = useParams();
  // The open tab is in the URL (shareable, kept on reload); only the open tab is mounted and fetches.
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'members';
  const lookups = useLookups();
  const group = useQuery({ queryKey: ['buying-group', id], queryFn: () => unwrap(api.GET('/api/v1/buying-groups/{id}', { params: { path: { id } } })) });
  // Asked for with the group, not after it: the members tab opens first and needs them.
  useQuery({ ...membersQuery(id), enabled: tab === 'members' });
  // The tab shows how many suggestions are pending, so a group's page always asks (one short list).
  const suggestions = useQuery(groupSuggestionsQuery(id));
  if (group.error) return <ErrorState error={group.error} onRetry={() => void group.refetch()} />;
  if (lookups.error) return <ErrorState error={lookups.error} />;
  if (!group.data || !lookups.data) return <LoadingState />;
  const g = group.data;
  return (
    <Stack>
      <Breadcrumbs>
        <Anchor component={Link} to="/buying-groups/browse" size="sm">
          Buying groups
        </Anchor>
        <Text size="sm">{g.name}</Text>
      </Breadcrumbs>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {g.name}
        </Title>
        <StageMover group={g} lookups={lookups.data} />
      </Group>
      <Summary group={g} lookups={lookups.data} />
      <Tabs value={tab} onChange={(v) => v && setParams(v === 'members' ? {} : { tab: v }, { replace: true })} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="members">Members ({g.memberCount})</Tabs.Tab>
          <Tabs.Tab value="suggestions">Suggestions{suggestions.data ? ` (${suggestions.data.data.length})` : ''}</Tabs.Tab>
          <Tabs.Tab value="not-members">Not members</Tabs.Tab>
          <Tabs.Tab value="events">Events</Tabs.Tab>
          <Tabs.Tab value="stages">Stage history</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="members" pt="md">
          <MembersTab group={g} lookups={lookups.data} />
        </Tabs.Panel>
        <Tabs.Panel value="suggestions" pt="md">
          <GroupSuggestionsTab group={g} lookups={lookups.data} />
        </Tabs.Panel>
        <Tabs.Panel value="not-members" pt="md">
          <NotMembersTab group={g} lookups={lookups.data} />
        </Tabs.Panel>
        <Tabs.Panel value="events" pt="md">
          <EventsTab group={g} />
        </Tabs.Panel>
        <Tabs.Panel value="stages" pt="md">
          <StageHistoryTab group={g} lookups={lookups.data} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
