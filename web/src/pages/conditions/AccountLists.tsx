/**
 * Account lists (audiences, SPEC §2): static lists (members added by hand) and dynamic lists (an
 * account condition, evaluated when read). The list page, a page per list with its members (add
 * and remove accounts of a static list), create/edit with the condition builder and a live member
 * count while editing (POST /account-lists/preview, debounced, the previous request cancelled).
 * Configuration writes carry If-Match; a 412 offers a reload; deletion refusals are explained.
 */
import { useState } from 'react';
import { Anchor, Badge, Button, Group, Loader, Modal, Paper, SegmentedControl, Stack, Table, Text, Textarea, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconPlus } from '@tabler/icons-react';
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { api, ApiError, unwrap, type Schemas } from '../../api/client.ts';
import { useCan } from '../../auth/session.tsx';
import { EmptyState, ErrorState, LoadingState, errorMessage } from '../../components/States.tsx';
import { RelativeTime } from '../../components/RelativeTime.tsx';
import { AccountPicker, ConditionBuilder, conditionErrors, isComplete, summarizeCondition, type Condition } from '../../components/conditions/index.ts';
import { useAccountLists } from '../../lib/account-lists.ts';
import { SaveError, UsedBy, ifMatch } from './shared.tsx';

type AccountList = Schemas['AccountList'];
type MemberPage = { data: Schemas['AccountListMember'][]; nextCursor: string | null };
const LISTS_KEY = ['account-lists'] as const;
const listKey = (id: string) => ['account-list', id] as const;
const membersKey = (id: string) => ['account-list-members', id] as const;

interface Draft {
  name: string;
  description: string;
  kind: 'static' | 'dynamic';
  condition: Condition | null;
}

const SHOWN = (f: string) => f === '/name' || f === '/description' || f === '/condition' || f.startsWith('/condition/');

/** The live count of a condition being edited: debounced 400 ms; a newer condition cancels the request in flight (AbortSignal). */
export function useListPreview(condition: Condition | null) {
  const [debounced] = useDebouncedValue(condition, 400);
  const ready = debounced !== null && isComplete(debounced);
  const key = JSON.stringify(debounced);
  const query = useQuery({
    queryKey: ['account-list-preview', key],
    enabled: ready,
    retry: false,
    staleTime: 10_000,
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) => unwrap(api.POST('/api/v1/account-lists/preview', { body: { condition: debounced } as never, signal })),
  });
  const settled = debounced === condition;
  return { ...query, ready, settled };
}

function LivePreview({ preview }: { preview: ReturnType<typeof useListPreview> }) {
  if (!preview.ready)
    return (
      <Text size="sm" c="dimmed" data-testid="live-count-waiting">
        The member count appears when the condition is complete.
      </Text>
    );
  if (preview.error)
    return (
      <Text size="sm" c="red">
        {preview.error instanceof ApiError && preview.error.problem.errors?.length ? 'The condition is not valid yet (see the messages above).' : errorMessage(preview.error)}
      </Text>
    );
  const busy = preview.isFetching || !preview.settled;
  return (
    <Paper withBorder p="sm" bg="var(--mantine-color-body)">
      <Group gap="xs" mb={preview.data?.samples.length ? 'xs' : 0}>
        <Text size="sm" fw={600} aria-live="polite" data-testid="live-count" data-busy={busy ? 'true' : 'false'}>
          {preview.data ? `${preview.data.count.toLocaleString()} ${preview.data.count === 1 ? 'account matches' : 'accounts match'} now` : 'Counting…'}
        </Text>
        {busy && <Loader size="xs" aria-label="Counting" />}
      </Group>
      {preview.data && preview.data.samples.length > 0 && (
        <Text size="xs" c="dimmed">
          {preview.data.samples.map((s) => s.name).join(', ')}
          {preview.data.count > preview.data.samples.length ? ', …' : ''}
        </Text>
      )}
    </Paper>
  );
}

function ListModal({ editing, onClose }: { editing: AccountList | 'new'; onClose: () => void }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const existing = editing === 'new' ? null : editing;
  const [draft, setDraft] = useState<Draft>(
    existing
      ? { name: existing.name, description: existing.description ?? '', kind: existing.kind, condition: (existing.condition as Condition | null) ?? null }
      : { name: '', description: '', kind: 'dynamic', condition: { all: [] } },
  );
  const preview = useListPreview(draft.kind === 'dynamic' ? draft.condition : null);
  const save = useMutation({
    mutationFn: async (d: Draft) => {
      const condition = d.kind === 'dynamic' ? d.condition : undefined;
      if (!existing) return unwrap(api.POST('/api/v1/account-lists', { body: { name: d.name, description: d.description.trim() || null, kind: d.kind, ...(condition !== undefined ? { condition } : {}) } as never }));
      return unwrap(
        api.PATCH('/api/v1/account-lists/{id}', {
          params: { path: { id: existing.id }, header: ifMatch(existing.version) as never },
          body: { name: d.name, description: d.description.trim() || null, ...(existing.kind === 'dynamic' ? { condition } : {}) } as never,
        }),
      );
    },
    onSuccess: (l) => {
      notifications.show({ closeButtonProps: { 'aria-label': 'Close' }, color: 'teal', message: `Saved list “${l.name}”` });
      void queryClient.invalidateQueries({ queryKey: LISTS_KEY });
      void queryClient.invalidateQueries({ queryKey: listKey(l.id) });
      void queryClient.invalidateQueries({ queryKey: membersKey(l.id) });
      void queryClient.invalidateQueries({ queryKey: ['references'] });
      onClose();
      if (!existing) void navigate(`/account-lists/${l.id}`);
    },
  });
  const error = save.error;
  const field = (p: string) => (error instanceof ApiError ? error.fieldMessage(p) : undefined);
  const fieldShown = error instanceof ApiError && !!error.problem.errors?.length && error.problem.errors.every((e) => SHOWN(e.field));
  const errors = [...conditionErrors(error, '/condition'), ...(save.error ? [] : conditionErrors(preview.error, '/condition'))];
  return (
    <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened onClose={onClose} title={existing ? `Edit list “${existing.name}”` : 'New account list'} size={1100}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(draft);
        }}
      >
        <Stack>
          <SaveError
            error={error}
            fieldShown={fieldShown}
            onReload={() => {
              void queryClient.invalidateQueries({ queryKey: LISTS_KEY });
              if (existing) void queryClient.invalidateQueries({ queryKey: listKey(existing.id) });
              onClose();
            }}
          />
          <Group grow align="flex-start">
            <TextInput label="Name" required value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })} error={field('/name')} maxLength={255} data-autofocus />
            <Textarea label="Description" value={draft.description} onChange={(e) => setDraft({ ...draft, description: e.currentTarget.value })} error={field('/description')} autosize minRows={1} />
          </Group>
          {!existing && (
            <Stack gap={4}>
              <Text size="sm" fw={500} id="list-kind-label">
                Kind
              </Text>
              <SegmentedControl
                aria-labelledby="list-kind-label"
                value={draft.kind}
                onChange={(v) => setDraft({ ...draft, kind: v as Draft['kind'] })}
                data={[
                  { value: 'dynamic', label: 'Dynamic — accounts that match a condition' },
                  { value: 'static', label: 'Static — accounts added by hand' },
                ]}
              />
            </Stack>
          )}
          {draft.kind === 'dynamic' && (
            <>
              <ConditionBuilder subject="account" label="Accounts that match" value={draft.condition} onChange={(c) => setDraft({ ...draft, condition: c })} errors={errors} />
              {field('/condition') && draft.condition === null && (
                <Text size="xs" c="red">
                  {field('/condition')}
                </Text>
              )}
              <LivePreview preview={preview} />
            </>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              {existing ? 'Save' : 'Create'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function useDeleteList(onDone?: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (l: AccountList) => unwrap(api.DELETE('/api/v1/account-lists/{id}', { params: { path: { id: l.id }, header: ifMatch(l.version) as never, query: {} as never } })),
    onSuccess: () => {
      notifications.show({ closeButtonProps: { 'aria-label': 'Close' }, color: 'teal', message: 'List deleted' });
      onDone?.();
    },
    onError: (e) =>
      notifications.show({ closeButtonProps: { 'aria-label': 'Close' }, color: 'red', title: e instanceof ApiError && e.status === 409 ? 'Still in use — not deleted' : 'Not deleted', message: errorMessage(e), autoClose: 10_000 }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: LISTS_KEY }),
  });
}

function confirmDelete(l: AccountList, remove: (l: AccountList) => void) {
  modals.openConfirmModal({
    title: `Delete list “${l.name}”?`,
    children: <Text size="sm">Refused while a condition refers to it or a solution interest follows it (the message names them). Buying groups are kept.</Text>,
    labels: { confirm: 'Delete', cancel: 'Cancel' },
    confirmProps: { color: 'red' },
    onConfirm: () => remove(l),
  });
}

function KindBadge({ kind }: { kind: AccountList['kind'] }) {
  return (
    <Badge variant="dot" color={kind === 'dynamic' ? 'teal' : 'gray'} miw={kind === 'dynamic' ? 84 : 66} style={{ textTransform: 'none', flexShrink: 0 }}>
      {kind}
    </Badge>
  );
}

export function AccountListsPage() {
  const canEdit = useCan('editor');
  const lists = useAccountLists();
  const [editing, setEditing] = useState<AccountList | 'new' | null>(null);
  const remove = useDeleteList();
  const rows = [...(lists.data ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <Stack>
      <Group justify="space-between">
        <div>
          <Title order={1} size="h2">
            Account lists
          </Title>
          <Text size="sm" c="dimmed">
            Audiences of accounts: static lists hold the accounts added to them; dynamic lists hold the accounts their condition selects now.
          </Text>
        </div>
        {canEdit && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
            New list
          </Button>
        )}
      </Group>
      {lists.error ? (
        <ErrorState error={lists.error} onRetry={() => void lists.refetch()} />
      ) : !lists.data ? (
        <LoadingState label="Loading account lists…" />
      ) : rows.length === 0 ? (
        <EmptyState title="No account lists yet">A dynamic list selects accounts by a condition (industry, size, related people, buying-group state); a static list holds the accounts you add.</EmptyState>
      ) : (
        <Paper withBorder>
          <Table striped verticalSpacing="xs" aria-label="Account lists">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th w={110}>Kind</Table.Th>
                <Table.Th ta="right">Accounts</Table.Th>
                <Table.Th>Condition</Table.Th>
                <Table.Th>Updated</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((l) => (
                <Table.Tr key={l.id} data-testid="list-row">
                  <Table.Td>
                    <Anchor component={Link} to={`/account-lists/${l.id}`} size="sm" fw={500}>
                      {l.name}
                    </Anchor>
                    {l.description && (
                      <Text size="xs" c="dimmed">
                        {l.description}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <KindBadge kind={l.kind} />
                  </Table.Td>
                  <Table.Td ta="right">
                    <Text size="sm">{l.memberCount?.toLocaleString() ?? '—'}</Text>
                  </Table.Td>
                  <Table.Td maw={420}>
                    <Text size="sm" lineClamp={2}>
                      {l.kind === 'dynamic' ? summarizeCondition(l.condition as Condition, 2) : 'accounts added by hand'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <RelativeTime iso={l.updatedAt} />
                  </Table.Td>
                  <Table.Td>
                    {canEdit && (
                      <Group gap="xs" wrap="nowrap" justify="flex-end">
                        <Button size="compact-xs" variant="default" onClick={() => setEditing(l)} aria-label={`Edit ${l.name}`}>
                          Edit
                        </Button>
                        <Button size="compact-xs" variant="default" aria-label={`Delete ${l.name}`} onClick={() => confirmDelete(l, (x) => remove.mutate(x))}>
                          Delete
                        </Button>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {editing != null && <ListModal key={editing === 'new' ? 'new' : editing.id} editing={editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

const PAGE = 100;

export function AccountListPage() {
  const { id = '' } = useParams();
  const canEdit = useCan('editor');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState<string | null>(null);
  const list = useQuery({ queryKey: listKey(id), queryFn: () => unwrap(api.GET('/api/v1/account-lists/{id}', { params: { path: { id } } })) });
  const members = useInfiniteQuery({
    queryKey: membersKey(id),
    initialPageParam: null as string | null,
    getNextPageParam: (last: MemberPage) => last.nextCursor,
    queryFn: ({ pageParam, signal }): Promise<MemberPage> =>
      unwrap(api.GET('/api/v1/account-lists/{id}/members', { params: { path: { id }, query: { limit: PAGE, ...(pageParam ? { cursor: pageParam } : {}) } as never }, signal })),
  });
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: listKey(id) });
    void queryClient.invalidateQueries({ queryKey: membersKey(id) });
    void queryClient.invalidateQueries({ queryKey: LISTS_KEY });
  };
  const change = useMutation({
    mutationFn: ({ op, accountIds }: { op: 'add' | 'remove'; accountIds: string[] }) =>
      op === 'add'
        ? unwrap(api.POST('/api/v1/account-lists/{id}/members', { params: { path: { id } }, body: { accountIds } }))
        : unwrap(api.DELETE('/api/v1/account-lists/{id}/members', { params: { path: { id } }, body: { accountIds } })),
    onSuccess: (r, v) => {
      notifications.show({ closeButtonProps: { 'aria-label': 'Close' }, color: 'teal', message: v.op === 'add' ? (r.changed ? 'Account added' : 'Already in the list') : 'Account removed' });
      setAdding(null);
    },
    onError: (e) => notifications.show({ closeButtonProps: { 'aria-label': 'Close' }, color: 'red', title: 'Not changed', message: errorMessage(e) }),
    onSettled: refresh,
  });
  const remove = useDeleteList(() => void navigate('/account-lists'));

  if (list.error) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  if (!list.data) return <LoadingState />;
  const l = list.data;
  const rows = members.data?.pages.flatMap((p) => p.data) ?? [];
  const isStatic = l.kind === 'static';
  return (
    <Stack>
      <Anchor component={Link} to="/account-lists" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden />
          Account lists
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="sm">
            <Title order={1} size="h2">
              {l.name}
            </Title>
            <KindBadge kind={l.kind} />
          </Group>
          <Text size="sm" c="dimmed">
            {l.description ?? (isStatic ? 'Accounts added by hand.' : 'Accounts that match the condition now.')} {l.memberCount != null && `${l.memberCount.toLocaleString()} ${l.memberCount === 1 ? 'account' : 'accounts'}.`}
          </Text>
        </div>
        {canEdit && (
          <Group gap="xs">
            <Button variant="default" onClick={() => setEditing(true)}>
              Edit
            </Button>
            <Button variant="default" onClick={() => confirmDelete(l, (x) => remove.mutate(x))}>
              Delete
            </Button>
          </Group>
        )}
      </Group>
      <UsedBy kind="list" id={l.id} />
      {!isStatic && (
        <Paper withBorder p="sm">
          <ConditionBuilder subject="account" label="Condition" value={(l.condition as Condition | null) ?? null} onChange={() => {}} readOnly />
        </Paper>
      )}
      {isStatic && canEdit && (
        <Group align="flex-end" gap="xs">
          <AccountPicker label="Add an account" value={adding} onChange={(v) => setAdding(v)} exclude={new Set(rows.map((r) => r.id))} w={360} />
          <Button disabled={!adding} loading={change.isPending && change.variables.op === 'add'} onClick={() => adding && change.mutate({ op: 'add', accountIds: [adding] })}>
            Add to the list
          </Button>
        </Group>
      )}
      {members.error ? (
        <ErrorState error={members.error} onRetry={() => void members.refetch()} />
      ) : !members.data ? (
        <LoadingState label="Loading members…" />
      ) : rows.length === 0 ? (
        <EmptyState title={isStatic ? 'No accounts in this list yet' : 'No account matches the condition now'}>{isStatic ? 'Add accounts by name above.' : 'Edit the condition to widen it.'}</EmptyState>
      ) : (
        <Paper withBorder>
          <Table striped verticalSpacing="xs" aria-label="Accounts in the list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Account</Table.Th>
                <Table.Th>Domain</Table.Th>
                <Table.Th>Industry</Table.Th>
                <Table.Th>Country</Table.Th>
                {isStatic && <Table.Th>Added</Table.Th>}
                {isStatic && canEdit && (
                  <Table.Th>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((m) => (
                <Table.Tr key={m.id} data-testid="member-row">
                  <Table.Td>
                    <Anchor component={Link} to={`/buying-groups/browse?q=${encodeURIComponent(m.name)}`} size="sm">
                      {m.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{m.domain ?? '—'}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{m.industry ?? '—'}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{m.country ?? '—'}</Text>
                  </Table.Td>
                  {isStatic && <Table.Td>{m.addedAt ? <RelativeTime iso={m.addedAt} /> : '—'}</Table.Td>}
                  {isStatic && canEdit && (
                    <Table.Td>
                      <Button
                        size="compact-xs"
                        variant="default"
                        aria-label={`Remove ${m.name} from the list`}
                        onClick={() =>
                          modals.openConfirmModal({
                            title: `Remove “${m.name}” from “${l.name}”?`,
                            children: <Text size="sm">Buying groups of solution interests that follow this list become inactive for this account.</Text>,
                            labels: { confirm: 'Remove', cancel: 'Cancel' },
                            confirmProps: { color: 'red' },
                            onConfirm: () => change.mutate({ op: 'remove', accountIds: [m.id] }),
                          })
                        }
                      >
                        Remove
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {members.hasNextPage && (
            <Group justify="center" p="sm">
              <Button variant="default" size="xs" loading={members.isFetchingNextPage} onClick={() => void members.fetchNextPage()}>
                Show more
              </Button>
            </Group>
          )}
        </Paper>
      )}
      {editing && <ListModal key={`${l.id}-${l.version}`} editing={l} onClose={() => setEditing(false)} />}
    </Stack>
  );
}
