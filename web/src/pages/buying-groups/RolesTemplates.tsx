/**
 * Roles templates: the ordered role definitions each kind of offering uses. List (last change
 * first) with status, roles, the solution interests using each and who changed it last; create a
 * Draft (then its editor opens), duplicate, delete a Draft (confirmed; the API's refusals shown;
 * Live templates are frozen and cannot be deleted).
 */
import { useState } from 'react';
import { Anchor, Badge, Button, Group, Modal, Paper, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { notify } from './templates/notify.ts';
import { IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { api, ApiError, unwrap, type Schemas } from '../../api/client.ts';
import { useCan } from '../../auth/session.tsx';
import { LOOKUPS_KEY, useLookups } from '../../lib/lookups.ts';
import { EmptyState, ErrorState, LoadingState, errorMessage } from '../../components/States.tsx';
import { RelativeTime } from '../../components/RelativeTime.tsx';
import { TEMPLATES_KEY } from './templates/keys.ts';
import { DeleteButton } from '../../components/DeleteButton.tsx';

type Template = Schemas['RolesTemplate'];

function NewTemplateModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const create = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/roles-templates', { body: { name, roles: [] } as never })),
    onSuccess: (t) => {
      void queryClient.invalidateQueries({ queryKey: TEMPLATES_KEY });
      void queryClient.invalidateQueries({ queryKey: LOOKUPS_KEY });
      notify({ color: 'teal', message: `Created the draft “${t.name}”` });
      void navigate(`/buying-groups/roles-templates/${t.id}`);
    },
  });
  const error = create.error;
  return (
    <Modal opened={opened} onClose={onClose} title="New roles template" closeButtonProps={{ 'aria-label': 'Close' }}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate();
        }}
      >
        <Stack>
          {error && !(error instanceof ApiError && error.fieldMessage('/name')) && <ErrorState error={error} />}
          <TextInput label="Name" required value={name} maxLength={255} onChange={(e) => setName(e.currentTarget.value)} error={error instanceof ApiError ? error.fieldMessage('/name') : undefined} data-autofocus />
          <Text size="sm" c="dimmed">
            It starts as a Draft; add its roles in the editor, then publish it.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Create draft
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function RolesTemplatesPage() {
  const canEdit = useCan('editor');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const lookups = useLookups();
  const [creating, setCreating] = useState(false);
  const templates = useQuery({
    queryKey: TEMPLATES_KEY,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/roles-templates', { params: { query: { limit: 500, sort: '-updatedAt' } }, signal })),
  });
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: TEMPLATES_KEY });
    void queryClient.invalidateQueries({ queryKey: LOOKUPS_KEY });
  };
  const duplicate = useMutation({
    mutationFn: (t: Template) => unwrap(api.POST('/api/v1/roles-templates/{id}/duplicate', { params: { path: { id: t.id } } })),
    onSuccess: (t) => {
      refresh();
      notify({ color: 'teal', message: `Created the draft “${t.name}”` });
    },
    onError: (e) => notify({ color: 'red', title: 'Not duplicated', message: errorMessage(e) }),
  });
  const remove = useMutation({
    mutationFn: (t: Template) => unwrap(api.DELETE('/api/v1/roles-templates/{id}', { params: { path: { id: t.id }, header: { 'if-match': `"${t.version}"` } as never } })),
    onSuccess: () => {
      refresh();
      notify({ color: 'teal', message: 'Deleted' });
    },
    onError: (e) => {
      refresh();
      notify({ color: 'red', title: 'Not deleted', message: errorMessage(e) });
    },
  });

  if (templates.error) return <ErrorState error={templates.error} onRetry={() => void templates.refetch()} />;
  if (lookups.error) return <ErrorState error={lookups.error} onRetry={() => void lookups.refetch()} />;
  if (!templates.data || !lookups.data) return <LoadingState />;
  const rows = templates.data.data;
  const usedBy = (id: string) => lookups.data.solutionInterests.filter((s) => s.templateId === id);

  return (
    <Stack gap="sm">
      {canEdit && (
        <Group>
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
            New roles template
          </Button>
        </Group>
      )}
      {rows.length === 0 ? (
        <EmptyState title="No roles templates yet">A roles template lists the roles that matter for one kind of offering, in priority order, with the conditions that assign people to them.</EmptyState>
      ) : (
        <Paper withBorder>
          <Table striped verticalSpacing="xs" aria-label="Roles templates">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Roles</Table.Th>
                <Table.Th>Used by</Table.Th>
                <Table.Th style={{ whiteSpace: 'nowrap' }}>Updated by</Table.Th>
                <Table.Th>Updated</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((t) => {
                const sis = usedBy(t.id);
                return (
                  <Table.Tr key={t.id} data-testid="template-row">
                    <Table.Td>
                      <Anchor component={Link} to={`/buying-groups/roles-templates/${t.id}`} size="sm" fw={500}>
                        {t.name}
                      </Anchor>
                      {t.description && (
                        <Text size="xs" c="dimmed" lineClamp={1}>
                          {t.description}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td w={90}>
                      <Badge variant="dot" color={t.status === 'live' ? 'teal' : 'gray'}>
                        {t.status === 'live' ? 'Live' : 'Draft'}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" title={t.roles.map((r) => r.roleName).join(', ')}>
                        {t.roles.length}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {sis.length === 0 ? (
                        <Text size="sm" c="dimmed">
                          —
                        </Text>
                      ) : (
                        <Text size="sm">{sis.map((s) => s.name).join(', ')}</Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{t.updatedBy?.name ?? 'System'}</Text>
                    </Table.Td>
                    <Table.Td>
                      <RelativeTime iso={t.updatedAt} />
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap" justify="flex-end">
                        <Button size="compact-xs" variant="default" onClick={() => void navigate(`/buying-groups/roles-templates/${t.id}`)} aria-label={`${canEdit && t.status === 'draft' ? 'Edit' : 'Open'} ${t.name}`}>
                          {canEdit && t.status === 'draft' ? 'Edit' : 'Open'}
                        </Button>
                        {canEdit && (
                          <>
                            <Button size="compact-xs" variant="default" aria-label={`Duplicate ${t.name}`} onClick={() => duplicate.mutate(t)} loading={duplicate.isPending && duplicate.variables.id === t.id}>
                              Duplicate
                            </Button>
                            {t.status === 'draft' && (
                            <DeleteButton name={t.name} title={`Delete “${t.name}”?`} onConfirm={() => remove.mutate(t)}>
                              The draft and its role definitions are deleted. Refused while a solution interest or buying group uses it.
                            </DeleteButton>
                            )}
                          </>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {creating && <NewTemplateModal opened onClose={() => setCreating(false)} />}
    </Stack>
  );
}
