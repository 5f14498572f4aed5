/**
 * Roles: the six default roles (locked: SPEC §1, they cannot be renamed or deleted) and custom
 * roles, which admins create, rename, describe and delete. Every write carries If-Match; a 412
 * says someone else saved first and offers a reload; refusals (in use …) are shown in words.
 */
import { useState } from 'react';
import { Badge, Button, Group, Modal, Paper, Stack, Table, Text, Textarea, TextInput, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconLock, IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client.ts';
import { useCan } from '../../auth/session.tsx';
import { LOOKUPS_KEY } from '../../lib/lookups.ts';
import { fieldError, ifMatch, isConflict, SaveError, notify, refusal } from '../../lib/config-writes.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/States.tsx';
import { RelativeTime } from '../../components/RelativeTime.tsx';
import { DeleteButton } from '../../components/DeleteButton.tsx';

type Role = Schemas['Role'];
const ROLES_KEY = ['roles'] as const;
const LOCKED_WHY = 'A default role: it cannot be renamed or deleted (every roles template can rely on it)';

function RoleModal({ editing, onClose }: { editing: Role | 'new'; onClose: () => void }) {
  const queryClient = useQueryClient();
  const existing = editing === 'new' ? null : editing;
  const [name, setName] = useState(existing?.name ?? '');
  const [description, setDescription] = useState(existing?.description ?? '');
  const reload = () => {
    void queryClient.invalidateQueries({ queryKey: ROLES_KEY });
    void queryClient.invalidateQueries({ queryKey: LOOKUPS_KEY });
  };
  const save = useMutation({
    mutationFn: async () => {
      const body = { name, description: description.trim() || null };
      if (!existing) return unwrap(api.POST('/api/v1/roles', { body }));
      return unwrap(api.PATCH('/api/v1/roles/{id}', { params: { path: { id: existing.id }, header: ifMatch(existing.version) }, body }));
    },
    onSuccess: (role) => {
      notify({ color: 'teal', message: `Saved role “${role.name}”` });
      reload();
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': 'Close' }} title={existing ? `Edit role “${existing.name}”` : 'New role'}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Stack>
          <SaveError
            error={save.error}
            shown={(f) => f === '/name' || f === '/description'}
            onReload={() => {
              reload();
              onClose();
            }}
          />
          <TextInput label="Name" required value={name} onChange={(e) => setName(e.currentTarget.value)} error={fieldError(save.error, '/name')} maxLength={100} data-autofocus />
          <Textarea label="Description" value={description} onChange={(e) => setDescription(e.currentTarget.value)} error={fieldError(save.error, '/description')} autosize minRows={2} maxLength={1000} />
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

export function RolesPage() {
  const canEdit = useCan('admin'); // SPEC §1: admins manage roles
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<Role | 'new' | null>(null);
  const roles = useQuery({ queryKey: ROLES_KEY, queryFn: () => unwrap(api.GET('/api/v1/roles', { params: { query: { limit: 500, sort: 'name' } } })) });
  const remove = useMutation({
    mutationFn: (r: Role) => unwrap(api.DELETE('/api/v1/roles/{id}', { params: { path: { id: r.id }, header: ifMatch(r.version) } })),
    onSuccess: () => notify({ color: 'teal', message: 'Role deleted' }),
    onError: (e) => notify({ color: 'red', title: isConflict(e) ? 'Someone else changed it first; reloaded' : 'Not deleted', message: refusal(e), autoClose: 10_000 }),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ROLES_KEY });
      void queryClient.invalidateQueries({ queryKey: LOOKUPS_KEY });
    },
  });

  if (roles.error) return <ErrorState error={roles.error} onRetry={() => void roles.refetch()} />;
  if (!roles.data) return <LoadingState />;
  // Defaults first, then custom roles, each by name.
  const rows = [...roles.data.data].sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || a.name.localeCompare(b.name));
  const custom = rows.filter((r) => !r.isDefault).length;

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {rows.length} of at most 50 roles · {custom} custom
        </Text>
        {canEdit && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
            New role
          </Button>
        )}
      </Group>
      {rows.length === 0 ? (
        <EmptyState title="No roles">Roles are the parts people play in a buying group.</EmptyState>
      ) : (
        <Paper withBorder>
          <Table striped verticalSpacing="xs" aria-label="Roles">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Kind</Table.Th>
                <Table.Th>Description</Table.Th>
                <Table.Th>Updated</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.id} data-testid="role-row" data-default={r.isDefault}>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      {r.isDefault && (
                        <Tooltip label={LOCKED_WHY} multiline w={280}>
                          <IconLock size={16} role="img" aria-label={`Locked: ${LOCKED_WHY}`} tabIndex={0} data-testid="role-locked" />
                        </Tooltip>
                      )}
                      <Text size="sm" fw={500}>
                        {r.name}
                      </Text>
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="dot" color={r.isDefault ? 'gray' : 'indigo'}>
                      {r.isDefault ? 'Default' : 'Custom'}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c={r.description ? undefined : 'dimmed'} lineClamp={2}>
                      {r.description ?? '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <RelativeTime iso={r.updatedAt} />
                  </Table.Td>
                  <Table.Td>
                    {canEdit && !r.isDefault && (
                      <Group gap="xs" wrap="nowrap" justify="flex-end">
                        <Button size="compact-xs" variant="default" onClick={() => setEditing(r)} aria-label={`Edit ${r.name}`}>
                          Edit
                        </Button>
                        <DeleteButton name={r.name} title={`Delete role “${r.name}”?`} onConfirm={() => remove.mutate(r)}>
                          Refused while a roles template, a buying-group member or a condition uses it.
                        </DeleteButton>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {editing != null && <RoleModal key={editing === 'new' ? 'new' : editing.id} editing={editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
