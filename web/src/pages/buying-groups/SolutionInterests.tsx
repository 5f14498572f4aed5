/**
 * Solution interests: what is sold. List (newest change first) with the template, stage model,
 * creation jobs and the follow-membership switch; a name opens its page (learned suggestions,
 * template induction); create and edit in a modal (only Live templates
 * and stage models offered); delete with confirmation. Configuration writes carry If-Match with
 * the version read; a 412 says someone else saved first and offers a reload.
 */
import { useState } from 'react';
import { Alert, Anchor, Button, Group, Modal, Paper, Select, Stack, Switch, Table, TagsInput, Text, Textarea, TextInput, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, ApiError, unwrap, type Schemas } from '../../api/client.ts';
import { useCan } from '../../auth/session.tsx';
import { LOOKUPS_KEY, useLookups, type Lookups } from '../../lib/lookups.ts';
import { EmptyState, ErrorState, LoadingState, errorMessage } from '../../components/States.tsx';
import { RelativeTime } from '../../components/RelativeTime.tsx';
import { DeleteButton } from '../../components/DeleteButton.tsx';

type SolutionInterest = Schemas['SolutionInterest'];

interface Draft {
  name: string;
  description: string;
  products: string[];
  templateId: string | null;
  stageModelId: string | null;
  followMembershipChanges: boolean;
}

const EMPTY: Draft = { name: '', description: '', products: [], templateId: null, stageModelId: null, followMembershipChanges: true };

const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

function draftOf(si: SolutionInterest): Draft {
  return { name: si.name, description: si.description ?? '', products: si.products, templateId: si.templateId, stageModelId: si.stageModelId, followMembershipChanges: si.followMembershipChanges };
}

function isConflict(e: unknown): boolean {
  return e instanceof ApiError && e.status === 412;
}

function EditModal({ editing, onClose, lookups }: { editing: SolutionInterest | 'new' | null; onClose: () => void; lookups: Lookups }) {
  const queryClient = useQueryClient();
  const existing = editing !== 'new' ? editing : null;
  const [draft, setDraft] = useState<Draft>(existing ? draftOf(existing) : EMPTY);
  const save = useMutation({
    mutationFn: async (d: Draft) => {
      const body = { name: d.name, description: d.description.trim() || null, products: d.products, templateId: d.templateId ?? '', stageModelId: d.stageModelId, followMembershipChanges: d.followMembershipChanges };
      if (!existing) return unwrap(api.POST('/api/v1/solution-interests', { body: body as never }));
      // The template changes here only while there are no groups; the API says what to do otherwise.
      const patch = { ...body, ...(d.templateId === existing.templateId ? { templateId: undefined } : {}) };
      return unwrap(api.PATCH('/api/v1/solution-interests/{id}', { params: { path: { id: existing.id }, header: ifMatch(existing.version) as never }, body: patch as never }));
    },
    onSuccess: (si) => {
      notifications.show({ closeButtonProps: { 'aria-label': 'Close' }, color: 'teal', message: `Saved “${si.name}”` });
      void queryClient.invalidateQueries({ queryKey: LOOKUPS_KEY });
      onClose();
    },
  });
  const error = save.error;
  const field = (path: string) => (error instanceof ApiError ? error.fieldMessage(path) : undefined);
  const liveTemplates = lookups.templates.filter((t) => t.status === 'live').map((t) => ({ value: t.id, label: t.name }));
  const liveModels = lookups.stageModels.filter((m) => m.status === 'live').map((m) => ({ value: m.id, label: m.name }));
  return (
    <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={editing != null} onClose={onClose} title={existing ? `Edit “${existing.name}”` : 'New solution interest'} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(draft);
        }}
      >
        <Stack>
          {isConflict(error) ? (
            <Alert color="yellow" title="Someone else changed this since you opened it">
              <Group justify="space-between">
                <Text size="sm">Reload to see their change, then apply yours again.</Text>
                <Button
                  size="xs"
                  variant="light"
                  onClick={() => {
                    void queryClient.invalidateQueries({ queryKey: LOOKUPS_KEY });
                    onClose();
                  }}
                >
                  Reload
                </Button>
              </Group>
            </Alert>
          ) : error && !(error instanceof ApiError && error.problem.errors?.length) ? (
            <ErrorState error={error} />
          ) : null}
          <TextInput label="Name" required value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })} error={field('/name')} maxLength={255} data-autofocus />
          <Textarea label="Description" value={draft.description} onChange={(e) => setDraft({ ...draft, description: e.currentTarget.value })} error={field('/description')} autosize minRows={2} />
          <TagsInput label="Products" description="Press Enter after each product" value={draft.products} onChange={(v) => setDraft({ ...draft, products: v })} error={field('/products')} />
          <Select
            label="Roles template"
            description={existing ? 'With buying groups, change it with an upgrade (the API explains how)' : 'Only Live templates'}
            required
            data={liveTemplates}
            value={draft.templateId}
            onChange={(v) => setDraft({ ...draft, templateId: v })}
            error={field('/templateId')}
            searchable
          />
          <Select label="Stage model" description="Optional; only Live models" data={liveModels} value={draft.stageModelId} onChange={(v) => setDraft({ ...draft, stageModelId: v })} error={field('/stageModelId')} clearable />
          <Switch label="Buying groups follow membership changes" checked={draft.followMembershipChanges} onChange={(e) => setDraft({ ...draft, followMembershipChanges: e.currentTarget.checked })} />
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

export function SolutionInterestsPage() {
  const canEdit = useCan('editor');
  const lookups = useLookups();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<SolutionInterest | 'new' | null>(null);
  const jobs = useQuery({
    queryKey: ['jobs'],
    queryFn: () => unwrap(api.GET('/api/v1/buying-group-jobs', { params: { query: { limit: 500 } as never } })),
  });
  const toggle = useMutation({
    mutationFn: (si: SolutionInterest) =>
      unwrap(api.PATCH('/api/v1/solution-interests/{id}', { params: { path: { id: si.id }, header: ifMatch(si.version) as never }, body: { followMembershipChanges: !si.followMembershipChanges } as never })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: LOOKUPS_KEY }),
    onError: (e) => notifications.show({ closeButtonProps: { 'aria-label': 'Close' }, color: 'red', title: isConflict(e) ? 'Someone else changed it first; reloaded' : 'Not changed', message: errorMessage(e) }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: LOOKUPS_KEY }),
  });
  const remove = useMutation({
    mutationFn: (si: SolutionInterest) => unwrap(api.DELETE('/api/v1/solution-interests/{id}', { params: { path: { id: si.id }, header: ifMatch(si.version) as never } })),
    onSuccess: () => {
      notifications.show({ closeButtonProps: { 'aria-label': 'Close' }, color: 'teal', message: 'Deleted' });
      void queryClient.invalidateQueries({ queryKey: LOOKUPS_KEY });
    },
    onError: (e) => notifications.show({ closeButtonProps: { 'aria-label': 'Close' }, color: 'red', title: 'Not deleted', message: errorMessage(e) }),
  });

  if (lookups.error) return <ErrorState error={lookups.error} onRetry={() => void lookups.refetch()} />;
  if (!lookups.data) return <LoadingState />;
  const l = lookups.data;
  const rows = [...l.solutionInterests].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const jobCount = (id: string) => jobs.data?.data.filter((j) => j.solutionInterestId === id).length;

  return (
    <Stack gap="sm">
      {canEdit && (
        <Group>
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
            New solution interest
          </Button>
        </Group>
      )}
      {rows.length === 0 ? (
        <EmptyState title="No solution interests yet">A solution interest is what you sell; its roles template decides who is in each buying group.</EmptyState>
      ) : (
        <Paper withBorder>
          <Table striped verticalSpacing="xs" aria-label="Solution interests">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Roles template</Table.Th>
                <Table.Th>Stage model</Table.Th>
                <Table.Th>Creation jobs</Table.Th>
                <Table.Th>Follows membership changes</Table.Th>
                <Table.Th>Updated</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((si) => (
                <Table.Tr key={si.id} data-testid="si-row">
                  <Table.Td>
                    <Anchor component={Link} to={`/buying-groups/solution-interests/${si.id}`} size="sm" fw={500}>
                      {si.name}
                    </Anchor>
                    {si.products.length > 0 && (
                      <Text size="xs" c="dimmed">
                        {si.products.join(', ')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{l.template(si.templateId)?.name ?? si.templateId}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{l.stageModel(si.stageModelId)?.name ?? '—'}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{jobCount(si.id) ?? '…'}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Switch
                      aria-label={`${si.name} follows membership changes`}
                      checked={si.followMembershipChanges}
                      disabled={!canEdit || toggle.isPending}
                      onChange={() => toggle.mutate(si)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <RelativeTime iso={si.updatedAt} />
                  </Table.Td>
                  <Table.Td>
                    {canEdit && (
                      <Group gap="xs" wrap="nowrap">
                        <Button size="compact-xs" variant="default" onClick={() => setEditing(si)} aria-label={`Edit ${si.name}`}>
                          Edit
                        </Button>
                        <DeleteButton name={si.name} title={`Delete “${si.name}”?`} onConfirm={() => remove.mutate(si)}>
                          Refused while it has buying groups. Its followed audiences end with it.
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
      {editing != null && <EditModal key={editing === 'new' ? 'new' : editing.id} editing={editing} onClose={() => setEditing(null)} lookups={l} />}
    </Stack>
  );
}
