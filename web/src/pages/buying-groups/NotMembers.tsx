/**
 * "Not members" of a buying group: the account's related people who are not current members
 * (removed ones flagged), paged; "Why not?" shows the explanation in words and the condition tree
 * with the values seen; editors add such a person with a role (a manual decision).
 */
import { useState } from 'react';
import { Anchor, Badge, Button, Group, Modal, Paper, Select, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconHelpCircle, IconSearch, IconUserPlus } from '@tabler/icons-react';
import { keepPreviousData, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, ApiError, unwrap, type Schemas } from '../../api/client.ts';
import { useCan } from '../../auth/session.tsx';
import type { Lookups } from '../../lib/lookups.ts';
import { EmptyState, ErrorState, LoadingState } from '../../components/States.tsx';
import { LoadMore } from '../../components/LoadMore.tsx';
import { fullName, label } from '../../lib/people.ts';
import { Explanation } from './Explain.tsx';

type Group = Schemas['BuyingGroup'];
type Person = Schemas['Person'];

function AddModal({ group, person, roleOptions, onClose }: { group: Group; person: Person | null; roleOptions: { value: string; label: string }[]; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [roleId, setRoleId] = useState<string | null>(null);
  const add = useMutation({
    mutationFn: (v: { personId: string; roleId: string }) =>
      unwrap(api.POST('/api/v1/buying-groups/{id}/members/actions', { params: { path: { id: group.id } }, body: { actions: [{ op: 'add', personId: v.personId, roleId: v.roleId }] } })),
    onSuccess: (r) => {
      notifications.show({ color: 'teal', closeButtonProps: { 'aria-label': 'Close' }, message: r.changes.length ? `${person ? fullName(person) : 'The person'} is now a member` : (r.unchanged[0]?.reason ?? 'Nothing changed') });
      void queryClient.invalidateQueries({ queryKey: ['buying-group', group.id] });
      void queryClient.invalidateQueries({ queryKey: ['explain', group.id] });
      setRoleId(null);
      onClose();
    },
  });
  const error = add.error;
  return (
    <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={person != null} onClose={onClose} title={person ? `Add ${fullName(person)} to ${group.name}` : ''}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (person && roleId) add.mutate({ personId: person.id, roleId });
        }}
      >
        <Stack>
          <Text size="sm">A manual decision: rules will not remove them again. You can hand them back to rules later.</Text>
          {error && !(error instanceof ApiError && error.problem.errors?.some((x) => x.field.endsWith('/roleId'))) && <ErrorState error={error} />}
          <Select
            label="Role"
            required
            data={roleOptions}
            value={roleId}
            onChange={setRoleId}
            error={error instanceof ApiError ? error.problem.errors?.find((x) => x.field.endsWith('/roleId'))?.message : undefined}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" disabled={!roleId} loading={add.isPending}>
              Add as member
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function NotMembersTab({ group, lookups }: { group: Group; lookups: Lookups }) {
  const canEdit = useCan('editor');
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 300);
  const [why, setWhy] = useState<Person | null>(null);
  const [adding, setAdding] = useState<Person | null>(null);
  const list = useInfiniteQuery({
    queryKey: ['buying-group', group.id, 'non-members', q],
    initialPageParam: undefined as string | undefined,
    placeholderData: keepPreviousData,
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/v1/buying-groups/{id}/non-members', { params: { path: { id: group.id }, query: { limit: 50, ...(q ? { q } : {}), ...(pageParam ? { cursor: pageParam } : {}) } as never } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const roleOptions = (lookups.template(group.templateId)?.roles ?? []).map((r) => ({ value: r.roleId, label: r.roleName }));
  const rows = list.data?.pages.flatMap((p) => p.data) ?? [];

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        People with an active relation to {group.accountName} who are not members of this group. Ask why rules leave someone out, or add them by hand.
      </Text>
      <TextInput label="Search people" placeholder="Name, e-mail or title" leftSection={<IconSearch size={16} aria-hidden />} value={text} onChange={(e) => setText(e.currentTarget.value)} w={300} />
      {list.error ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : !list.data ? (
        <LoadingState />
      ) : rows.length === 0 ? (
        <EmptyState title={q ? 'Nobody matches' : 'Everyone is a member'}>{q ? 'Try another search.' : `Every person related to ${group.accountName} is a member of this group.`}</EmptyState>
      ) : (
        <Paper withBorder>
          <Table striped verticalSpacing="xs" aria-label="People of the account who are not members">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Title</Table.Th>
                <Table.Th>Seniority</Table.Th>
                <Table.Th>Function</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map(({ person: p, removed }) => (
                <Table.Tr key={p.id} data-testid="non-member-row">
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
                    {removed ? (
                      <Badge size="sm" variant="dot" color="gray">
                        removed
                      </Badge>
                    ) : (
                      <Text size="sm" c="dimmed">
                        never a member
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap" justify="flex-end">
                      <Button size="compact-xs" variant="subtle" leftSection={<IconHelpCircle size={14} aria-hidden />} onClick={() => setWhy(p)} aria-label={`Why not a member: ${fullName(p)}`}>
                        Why not?
                      </Button>
                      {canEdit && (
                        <Button size="compact-xs" variant="default" leftSection={<IconUserPlus size={14} aria-hidden />} onClick={() => setAdding(p)} aria-label={`Add ${fullName(p)}`}>
                          Add
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <LoadMore shown={rows.length} hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onMore={() => void list.fetchNextPage()} what="people" />
        </Paper>
      )}
      <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={why != null} onClose={() => setWhy(null)} title={why ? `Why is ${fullName(why)} not a member?` : ''} size="lg">
        {why && <Explanation groupId={group.id} personId={why.id} />}
      </Modal>
      <AddModal group={group} person={adding} roleOptions={roleOptions} onClose={() => setAdding(null)} />
    </Stack>
  );
}
