/**
 * Users (admins only): who signs in, with which role; invite (a one-time link to hand over) or
 * create with a password, change role, deactivate and reactivate. The API refuses leaving no
 * active admin (409 last_admin) and says so.
 */
import { useState } from 'react';
import { Alert, Button, Code, CopyButton, Group, Modal, Paper, PasswordInput, Select, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUserPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, unwrap, type Schemas } from '../api/client.ts';
import { useCan, useMe } from '../auth/session.tsx';
import { EmptyState, ErrorState, LoadingState, errorMessage } from '../components/States.tsx';
import { RelativeTime } from '../components/RelativeTime.tsx';

type User = Schemas['User'];
const ROLES = [
  { value: 'viewer', label: 'Viewer — reads' },
  { value: 'editor', label: 'Editor — changes data and configuration' },
  { value: 'admin', label: 'Admin — everything, including users' },
];
const USERS_KEY = ['users'] as const;

function InviteModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<string | null>('viewer');
  const [password, setPassword] = useState('');
  const create = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/users', { body: { email, role, ...(name.trim() ? { name } : {}), ...(password ? { password } : {}) } as never })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  });
  const field = (p: string) => (create.error instanceof ApiError ? create.error.fieldMessage(p) : undefined);
  const close = () => {
    create.reset();
    setEmail('');
    setName('');
    setPassword('');
    onClose();
  };
  return (
    <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={opened} onClose={close} title="Add a user">
      {create.data ? (
        <Stack>
          <Text size="sm">
            {create.data.email} can now sign in as {create.data.role}.
          </Text>
          {create.data.inviteUrl && (
            <Alert color="indigo" title="Send this one-time sign-in link (valid 7 days)">
              <Code block data-testid="invite-url">
                {create.data.inviteUrl}
              </Code>
              <CopyButton value={create.data.inviteUrl}>
                {({ copied, copy }) => (
                  <Button size="xs" mt="xs" onClick={copy}>
                    {copied ? 'Copied' : 'Copy link'}
                  </Button>
                )}
              </CopyButton>
            </Alert>
          )}
          <Group justify="flex-end">
            <Button onClick={close}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            create.mutate();
          }}
        >
          <Stack>
            {create.error && !(create.error instanceof ApiError && create.error.problem.errors?.length) && <ErrorState error={create.error} />}
            <TextInput label="E-mail" type="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={field('/email')} data-autofocus />
            <TextInput label="Name" description="Default: the part of the e-mail before @" value={name} onChange={(e) => setName(e.currentTarget.value)} error={field('/name')} />
            <Select label="Role" data={ROLES} value={role} onChange={setRole} allowDeselect={false} error={field('/role')} />
            <PasswordInput label="Password" description="Leave empty to get an invitation link instead (at least 12 characters otherwise)" value={password} onChange={(e) => setPassword(e.currentTarget.value)} error={field('/password')} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" loading={create.isPending}>
                Add user
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

export function UsersPage() {
  const isAdmin = useCan('admin');
  const me = useMe();
  const queryClient = useQueryClient();
  const [inviting, setInviting] = useState(false);
  const users = useQuery({ enabled: isAdmin, queryKey: USERS_KEY, queryFn: () => unwrap(api.GET('/api/v1/users')) });
  const patch = useMutation({
    mutationFn: ({ user, change }: { user: User; change: { role?: string; active?: boolean } }) =>
      unwrap(api.PATCH('/api/v1/users/{id}', { params: { path: { id: user.id }, header: { 'if-match': `"${user.version}"` } as never }, body: change as never })),
    onSuccess: (u) => {
      // Put the answer (with its new version) in the list at once, so a second change made before the
      // refetch lands sends the current If-Match instead of a stale one (a 412 for a quick user).
      queryClient.setQueryData<typeof users.data>(USERS_KEY, (old) => (old ? { ...old, data: old.data.map((x) => (x.id === u.id ? u : x)) } : old));
      notifications.show({ color: 'teal', message: `${u.email ?? u.name}: saved` });
    },
    onError: (e) => notifications.show({ color: 'red', title: 'Not changed', message: errorMessage(e) }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  });

  if (!isAdmin) return <EmptyState title="Admins only">Ask an admin to add people or change roles.</EmptyState>;
  if (users.error) return <ErrorState error={users.error} onRetry={() => void users.refetch()} />;
  if (!users.data) return <LoadingState />;
  // People who sign in; programmatic (token-only) users have no e-mail and are listed by `quorum token list`.
  const people = users.data.data.filter((u) => u.email != null);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          Users
        </Title>
        <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={() => setInviting(true)}>
          Add user
        </Button>
      </Group>
      {people.length === 0 ? (
        <EmptyState title="Nobody signs in yet">Add a user; without a password they get a one-time sign-in link.</EmptyState>
      ) : (
        <Paper withBorder>
          <Table striped verticalSpacing="xs" aria-label="Users">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>E-mail</Table.Th>
                <Table.Th>Name</Table.Th>
                <Table.Th>Role</Table.Th>
                <Table.Th>Active</Table.Th>
                <Table.Th>Last sign-in</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {people.map((u) => (
                <Table.Tr key={u.id} data-testid="user-row">
                  <Table.Td>
                    <Text size="sm">
                      {u.email}
                      {u.id === me.userId ? ' (you)' : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{u.name}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={`Role of ${u.email}`}
                      size="xs"
                      w={130}
                      data={ROLES.map((r) => ({ value: r.value, label: r.value }))}
                      value={u.role}
                      allowDeselect={false}
                      onChange={(role) => role && role !== u.role && patch.mutate({ user: u, change: { role } })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Switch aria-label={`${u.email} is active`} checked={u.active} onChange={() => patch.mutate({ user: u, change: { active: !u.active } })} />
                  </Table.Td>
                  <Table.Td>{u.lastSignInAt ? <RelativeTime iso={u.lastSignInAt} /> : <Text size="sm">never</Text>}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      <InviteModal opened={inviting} onClose={() => setInviting(false)} />
    </Stack>
  );
}
