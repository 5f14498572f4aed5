/**
 * Personas: named, reusable person conditions (SPEC §2) that role conditions and other personas
 * refer to. List, create and edit with the condition builder (the API's messages beside the
 * part of the condition they concern), delete with confirmation (refused while something refers
 * to the persona: the API names who). Configuration writes carry If-Match; a 412 offers a reload.
 */
import { useState } from 'react';
import { Button, Group, Modal, Paper, Stack, Table, Text, Textarea, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, unwrap, type Schemas } from '../../api/client.ts';
import { useCan } from '../../auth/session.tsx';
import { EmptyState, ErrorState, LoadingState, errorMessage } from '../../components/States.tsx';
import { RelativeTime } from '../../components/RelativeTime.tsx';
import { ConditionBuilder, conditionErrors, summarizeCondition, type Condition } from '../../components/conditions/index.ts';
import { PERSONAS_KEY, usePersonas } from '../../components/conditions/data.ts';
import { SaveError, UsedBy, ifMatch } from './shared.tsx';
import { DeleteButton } from '../../components/DeleteButton.tsx';

type Persona = Schemas['Persona'];

interface Draft {
  name: string;
  description: string;
  condition: Condition | null;
}

const SHOWN = (f: string) => f === '/name' || f === '/description' || f === '/condition' || f.startsWith('/condition/');

function PersonaModal({ editing, onClose }: { editing: Persona | 'new'; onClose: () => void }) {
  const queryClient = useQueryClient();
  const existing = editing === 'new' ? null : editing;
  const [draft, setDraft] = useState<Draft>(existing ? { name: existing.name, description: existing.description ?? '', condition: existing.condition as Condition } : { name: '', description: '', condition: { all: [] } });
  const save = useMutation({
    mutationFn: async (d: Draft) => {
      const body = { name: d.name, description: d.description.trim() || null, condition: d.condition };
      if (!existing) return unwrap(api.POST('/api/v1/personas', { body: body as never }));
      return unwrap(api.PATCH('/api/v1/personas/{id}', { params: { path: { id: existing.id }, header: ifMatch(existing.version) as never }, body: body as never }));
    },
    onSuccess: (p) => {
      notifications.show({ closeButtonProps: { 'aria-label': 'Close' }, color: 'teal', message: `Saved persona “${p.name}”` });
      void queryClient.invalidateQueries({ queryKey: PERSONAS_KEY });
      void queryClient.invalidateQueries({ queryKey: ['references'] });
      onClose();
    },
  });
  const error = save.error;
  const field = (p: string) => (error instanceof ApiError ? error.fieldMessage(p) : undefined);
  const fieldShown = error instanceof ApiError && !!error.problem.errors?.length && error.problem.errors.every((e) => SHOWN(e.field));
  const condMessage = field('/condition');
  return (
    <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened onClose={onClose} title={existing ? `Edit persona “${existing.name}”` : 'New persona'} size={1100}>
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
              void queryClient.invalidateQueries({ queryKey: PERSONAS_KEY });
              onClose();
            }}
          />
          <Group grow align="flex-start">
            <TextInput label="Name" required value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })} error={field('/name')} maxLength={255} data-autofocus />
            <Textarea label="Description" value={draft.description} onChange={(e) => setDraft({ ...draft, description: e.currentTarget.value })} error={field('/description')} autosize minRows={1} />
          </Group>
          {existing && <UsedBy kind="persona" id={existing.id} />}
          <ConditionBuilder subject="person" label="People who match" value={draft.condition} onChange={(c) => setDraft({ ...draft, condition: c })} errors={conditionErrors(error, '/condition')} />
          {condMessage && draft.condition === null && (
            <Text size="xs" c="red">
              {condMessage}
            </Text>
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

export function PersonasPage() {
  const canEdit = useCan('editor');
  const personas = usePersonas();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<Persona | 'new' | null>(null);
  const remove = useMutation({
    mutationFn: (p: Persona) => unwrap(api.DELETE('/api/v1/personas/{id}', { params: { path: { id: p.id }, header: ifMatch(p.version) as never } })),
    onSuccess: () => notifications.show({ closeButtonProps: { 'aria-label': 'Close' }, color: 'teal', message: 'Persona deleted' }),
    onError: (e) =>
      notifications.show({ closeButtonProps: { 'aria-label': 'Close' },
        color: 'red',
        title: e instanceof ApiError && e.status === 409 ? 'Still in use — not deleted' : 'Not deleted',
        message: errorMessage(e),
        autoClose: 10_000,
      }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: PERSONAS_KEY }),
  });

  const rows = [...(personas.data ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <Stack>
      <Group justify="space-between">
        <div>
          <Title order={1} size="h2">
            Personas
          </Title>
          <Text size="sm" c="dimmed">
            Named person conditions that role conditions (and other personas) reuse.
          </Text>
        </div>
        {canEdit && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
            New persona
          </Button>
        )}
      </Group>
      {personas.error ? (
        <ErrorState error={personas.error} onRetry={() => void personas.refetch()} />
      ) : !personas.data ? (
        <LoadingState label="Loading personas…" />
      ) : rows.length === 0 ? (
        <EmptyState title="No personas yet">A persona is a reusable person condition, e.g. “IT leadership”: derived seniority c-level or vp and derived function it.</EmptyState>
      ) : (
        <Paper withBorder>
          <Table striped verticalSpacing="xs" aria-label="Personas">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Condition</Table.Th>
                <Table.Th>Updated</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((p) => (
                <Table.Tr key={p.id} data-testid="persona-row">
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {p.name}
                    </Text>
                    {p.description && (
                      <Text size="xs" c="dimmed">
                        {p.description}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{summarizeCondition(p.condition as Condition, 3)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <RelativeTime iso={p.updatedAt} />
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap" justify="flex-end">
                      <Button size="compact-xs" variant="default" onClick={() => setEditing(p)} aria-label={`${canEdit ? 'Edit' : 'View'} ${p.name}`}>
                        {canEdit ? 'Edit' : 'View'}
                      </Button>
                      {canEdit && (
                        <DeleteButton name={p.name} title={`Delete persona “${p.name}”?`} onConfirm={() => remove.mutate(p)}>
                          Refused while a role condition or another persona refers to it.
                        </DeleteButton>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {editing != null && (canEdit ? <PersonaModal key={editing === 'new' ? 'new' : editing.id} editing={editing} onClose={() => setEditing(null)} /> : editing !== 'new' && <PersonaView persona={editing} onClose={() => setEditing(null)} />)}
    </Stack>
  );
}

function PersonaView({ persona, onClose }: { persona: Persona; onClose: () => void }) {
  return (
    <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened onClose={onClose} title={`Persona “${persona.name}”`} size={1100}>
      <Stack>
        {persona.description && <Text size="sm">{persona.description}</Text>}
        <UsedBy kind="persona" id={persona.id} />
        <ConditionBuilder subject="person" label="People who match" value={persona.condition as Condition} onChange={() => {}} readOnly />
      </Stack>
    </Modal>
  );
}
