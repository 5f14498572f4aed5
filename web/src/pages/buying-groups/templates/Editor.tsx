/**
 * The roles template editor (/buying-groups/roles-templates/:id): role cards in priority order
 * (drag, or the keyboard, to reorder), a role picker, and beside them the live dry run of the
 * unsaved edits. Drafts save with If-Match (explicit Save, a dirty indicator, a guard against
 * leaving with unsaved changes) and publish; the API's messages sit on the card they concern.
 * Live templates are read-only and can be duplicated as a draft. A 412 means someone else saved
 * first: the page says so and offers to reload (discarding local edits after a confirm).
 */
import { useMemo, useState } from 'react';
import { Alert, Anchor, Badge, Button, Grid, Group, Paper, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notify } from './notify.ts';
import { IconArrowLeft, IconCopy, IconDeviceFloppy, IconRocket } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { DndContext, KeyboardSensor, PointerSensor, closestCorners, useSensor, useSensors, type Announcements, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, arrayMove, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { api, ApiError, unwrap } from '../../../api/client.ts';
import { useCan } from '../../../auth/session.tsx';
import { LOOKUPS_KEY, useLookups, type Lookups } from '../../../lib/lookups.ts';
import { EmptyState, ErrorState, LoadingState, errorMessage } from '../../../components/States.tsx';
import { RelativeTime } from '../../../components/RelativeTime.tsx';
import { UnsavedGuard } from '../../../components/UnsavedGuard.tsx';
import { editOf, newRole, patchOf, sameEdit, sortErrors, type EditRole, type EditTemplate, type FieldError, type RoleErrors, type Template } from './model.ts';
import { RoleCard } from './RoleCard.tsx';
import { DryRunPanel, NO_TARGET, useDryRun, type DryRunTarget } from './DryRun.tsx';
import { TEMPLATES_KEY } from './keys.ts';

const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

/** Errors of a request, keyed by the role they concern (the roles as sent), plus the rest. */
interface KeyedErrors {
  byRole: Map<string, RoleErrors>;
  other: FieldError[];
}

function keyed(error: unknown, sent: EditRole[]): KeyedErrors | null {
  if (!(error instanceof ApiError) || !error.problem.errors?.length) return null;
  const sorted = sortErrors(error.problem.errors);
  const byRole = new Map<string, RoleErrors>();
  for (const [i, e] of sorted.roles) {
    const roleId = sent[i]?.roleId;
    if (roleId) byRole.set(roleId, e);
    else sorted.other.push(...[...e.fields].map(([k, message]) => ({ field: `/roles/${i}/${k}`, message })));
  }
  return { byRole, other: sorted.other };
}

export function RolesTemplateEditorPage() {
  const { id = '' } = useParams();
  const lookups = useLookups();
  const template = useQuery({
    queryKey: ['roles-template', id],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/roles-templates/{id}', { params: { path: { id } }, signal })),
  });
  if (template.error) {
    if (template.error instanceof ApiError && template.error.status === 404) {
      return (
        <EmptyState title="This roles template does not exist" action={<Anchor component={Link} to="/buying-groups/roles-templates">All roles templates</Anchor>}>
          It may have been deleted.
        </EmptyState>
      );
    }
    return <ErrorState error={template.error} onRetry={() => void template.refetch()} />;
  }
  if (lookups.error) return <ErrorState error={lookups.error} onRetry={() => void lookups.refetch()} />;
  if (!template.data || !lookups.data) return <LoadingState />;
  return <Editor key={template.data.id} initial={template.data} lookups={lookups.data} reload={async () => (await template.refetch()).data} />;
}

function Editor({ initial, lookups, reload }: { initial: Template; lookups: Lookups; reload: () => Promise<Template | undefined> }) {
  const canEdit = useCan('editor');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [base, setBase] = useState(initial);
  const [edit, setEdit] = useState<EditTemplate>(() => editOf(initial));
  const [resets, setResets] = useState(0);
  const [conflict, setConflict] = useState(false);
  const [errors, setErrors] = useState<KeyedErrors | null>(null);
  const [invalidJson, setInvalidJson] = useState<Set<string>>(new Set());
  const [target, setTarget] = useState<DryRunTarget>(NO_TARGET);

  const live = base.status === 'live';
  const readOnly = !canEdit || live;
  const dirty = !readOnly && !sameEdit(edit, editOf(base));
  const roleName = (id: string | null | undefined) => (id ? (lookups.role(id)?.name ?? base.roles.find((r) => r.roleId === id)?.roleName ?? id) : '—');
  const run = useDryRun(base.id, edit.roles, target, invalidJson.size > 0);
  const previewErrors = useMemo(() => keyed(run.query.error, edit.roles), [run.query.error]); // eslint-disable-line react-hooks/exhaustive-deps
  const counts = useMemo(() => new Map((run.result?.roles ?? []).map((r) => [r.roleId, r.count])), [run.result]);

  const refreshLists = () => {
    void queryClient.invalidateQueries({ queryKey: TEMPLATES_KEY });
    void queryClient.invalidateQueries({ queryKey: LOOKUPS_KEY });
  };
  const onWriteError = (e: unknown, sent: EditRole[]) => {
    if (e instanceof ApiError && e.status === 412) {
      setConflict(true);
      return;
    }
    const k = keyed(e, sent);
    setErrors(k ?? { byRole: new Map(), other: [{ field: '', message: errorMessage(e) }] });
  };
  const accept = (t: Template) => {
    setBase(t);
    setEdit(editOf(t));
    setErrors(null);
    queryClient.setQueryData(['roles-template', t.id], t);
    refreshLists();
  };

  const save = useMutation({
    mutationFn: (e: EditTemplate) => unwrap(api.PATCH('/api/v1/roles-templates/{id}', { params: { path: { id: base.id }, header: ifMatch(base.version) as never }, body: patchOf(e) as never })),
    onSuccess: (t) => {
      accept(t);
      notify({ color: 'teal', message: `Saved “${t.name}”` });
    },
    onError: (e) => onWriteError(e, edit.roles),
  });
  const publish = useMutation({
    mutationFn: async () => {
      let version = base.version;
      if (dirty) {
        const saved = await unwrap(api.PATCH('/api/v1/roles-templates/{id}', { params: { path: { id: base.id }, header: ifMatch(version) as never }, body: patchOf(edit) as never }));
        accept(saved);
        version = saved.version;
      }
      return unwrap(api.POST('/api/v1/roles-templates/{id}/publish', { params: { path: { id: base.id }, header: ifMatch(version) as never } }));
    },
    onSuccess: (t) => {
      accept(t);
      notify({ color: 'teal', title: 'Published', message: `“${t.name}” is Live: solution interests can use it.` });
    },
    onError: (e) => onWriteError(e, edit.roles),
  });
  const duplicate = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/roles-templates/{id}/duplicate', { params: { path: { id: base.id } } })),
    onSuccess: (t) => {
      refreshLists();
      notify({ color: 'teal', message: `Created the draft “${t.name}”` });
      void navigate(`/buying-groups/roles-templates/${t.id}`);
    },
    onError: (e) => notify({ color: 'red', title: 'Not duplicated', message: errorMessage(e) }),
  });

  const doReload = async () => {
    const fresh = await reload();
    if (!fresh) return;
    setConflict(false);
    setInvalidJson(new Set());
    setResets((n) => n + 1);
    accept(fresh);
  };
  const askReload = () =>
    modals.openConfirmModal({
      title: 'Reload and discard your edits?',
      children: <Text size="sm">You will see the template as it was saved by the other person; your unsaved edits are lost.</Text>,
      labels: { confirm: 'Discard and reload', cancel: 'Keep editing' },
      confirmProps: { color: 'red' },
      onConfirm: () => void doReload(),
    });

  const setRoles = (roles: EditRole[]) => setEdit((e) => ({ ...e, roles }));
  const changeRole = (r: EditRole) => {
    setRoles(edit.roles.map((x) => (x.roleId === r.roleId ? r : x)));
    if (errors?.byRole.has(r.roleId)) {
      const byRole = new Map(errors.byRole);
      byRole.delete(r.roleId);
      setErrors({ ...errors, byRole });
    }
  };
  const removeRole = (roleId: string) => {
    setRoles(edit.roles.filter((x) => x.roleId !== roleId));
    setInvalidJson((s) => new Set([...s].filter((x) => x !== roleId)));
  };

  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const position = (id: string | number) => edit.roles.findIndex((r) => r.roleId === id) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${roleName(String(active.id))} at priority ${position(active.id)}.`,
    onDragOver: ({ active, over }) => (over ? `${roleName(String(active.id))} would move to priority ${position(over.id)}.` : `${roleName(String(active.id))} is not over a position.`),
    onDragEnd: ({ active, over }) => (over ? `${roleName(String(active.id))} dropped at priority ${position(over.id)}.` : `${roleName(String(active.id))} dropped.`),
    onDragCancel: ({ active }) => `Moving ${roleName(String(active.id))} was cancelled.`,
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = edit.roles.findIndex((r) => r.roleId === active.id);
    const to = edit.roles.findIndex((r) => r.roleId === over.id);
    if (from >= 0 && to >= 0) setRoles(arrayMove(edit.roles, from, to));
  };

  const shown = (roleId: string): RoleErrors | undefined => errors?.byRole.get(roleId) ?? previewErrors?.byRole.get(roleId);
  const otherErrors = errors?.other ?? [];
  const listError = otherErrors.find((e) => e.field === '/roles')?.message;
  const nameError = otherErrors.find((e) => e.field === '/name')?.message;
  const restErrors = otherErrors.filter((e) => e.field !== '/roles' && e.field !== '/name');
  const available = lookups.roles.filter((r) => !edit.roles.some((x) => x.roleId === r.id)).map((r) => ({ value: r.id, label: r.name }));
  const usedBy = lookups.solutionInterests.filter((s) => s.templateId === base.id);

  return (
    <Stack gap="md">
      <UnsavedGuard when={dirty} />
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Anchor component={Link} to="/buying-groups/roles-templates" size="sm">
            <Group gap={4}>
              <IconArrowLeft size={14} aria-hidden />
              All roles templates
            </Group>
          </Anchor>
          <Group gap="sm">
            <Title order={2} size="h3">
              {base.name}
            </Title>
            <Badge variant="dot" color={live ? 'teal' : 'gray'} data-testid="template-status">
              {live ? 'Live' : 'Draft'}
            </Badge>
            {!readOnly &&
              (dirty ? (
                <Badge variant="dot" color="yellow" data-testid="dirty">
                  Unsaved changes
                </Badge>
              ) : (
                <Text size="sm" c="dimmed" data-testid="saved">
                  All changes saved
                </Text>
              ))}
          </Group>
          <Group gap={6}>
            <Text size="sm" c="dimmed">
              Updated
            </Text>
            <RelativeTime iso={base.updatedAt} />
            <Text size="sm" c="dimmed">
              by {base.updatedBy?.name ?? 'the system'}
              {usedBy.length > 0 ? ` · used by ${usedBy.map((s) => s.name).join(', ')}` : ''}
            </Text>
          </Group>
        </Stack>
        {canEdit && (
          <Group gap="xs">
            {live ? (
              <Button leftSection={<IconCopy size={16} aria-hidden />} onClick={() => duplicate.mutate()} loading={duplicate.isPending}>
                Duplicate as draft
              </Button>
            ) : (
              <>
                <Button variant="default" leftSection={<IconDeviceFloppy size={16} aria-hidden />} onClick={() => save.mutate(edit)} loading={save.isPending} disabled={!dirty || invalidJson.size > 0 || publish.isPending}>
                  Save
                </Button>
                <Button leftSection={<IconRocket size={16} aria-hidden />} onClick={() => publish.mutate()} loading={publish.isPending} disabled={invalidJson.size > 0 || save.isPending}>
                  {dirty ? 'Save and publish' : 'Publish'}
                </Button>
              </>
            )}
          </Group>
        )}
      </Group>

      {conflict && (
        <Alert color="yellow" data-testid="conflict">
          <Text size="sm" fw={700}>Someone else saved this template since you opened it</Text>
          <Group justify="space-between">
            <Text size="sm">Your edits were not saved. Reload to see their version (your edits are discarded), then apply yours again.</Text>
            <Button size="xs" variant="default" onClick={askReload}>
              Reload
            </Button>
          </Group>
        </Alert>
      )}
      {live && canEdit && (
        <Alert color="blue" variant="light" data-testid="live-note">
          <Text size="sm">Live templates are frozen so buying groups stay explainable. Duplicate it as a draft to change it, then publish the copy.</Text>
        </Alert>
      )}
      {restErrors.length > 0 && (
        <Alert color="red" variant="light">
          <Text size="sm" fw={700}>Not saved</Text>
          {restErrors.map((e, i) => (
            <Text size="sm" key={i} style={{ whiteSpace: 'pre-wrap' }}>
              {e.message}
            </Text>
          ))}
        </Alert>
      )}

      <Grid gutter="md">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="sm">
            {!readOnly && (
              <Paper withBorder p="sm">
                <Stack gap="xs">
                  <TextInput label="Name" required value={edit.name} maxLength={255} onChange={(e) => setEdit({ ...edit, name: e.currentTarget.value })} error={nameError} />
                  <Textarea label="Description" value={edit.description} autosize minRows={1} onChange={(e) => setEdit({ ...edit, description: e.currentTarget.value })} />
                </Stack>
              </Paper>
            )}
            {readOnly && base.description && <Text size="sm">{base.description}</Text>}
            <Group justify="space-between" align="flex-end">
              <Stack gap={0}>
                <Title order={3} size="h5">
                  Roles in priority order
                </Title>
                <Text size="xs" c="dimmed">
                  A person gets the first role whose condition holds.
                </Text>
              </Stack>
              {!readOnly && (
                <Select
                  label="Add a role"
                  placeholder={available.length ? 'Choose a role' : 'Every role is in the template'}
                  data={available}
                  value={null}
                  onChange={(v) => v && setRoles([...edit.roles, newRole(v)])}
                  disabled={available.length === 0}
                  searchable
                  w={260}
                />
              )}
            </Group>
            {listError && (
              <Alert color="red" variant="light" data-testid="roles-error">
                <Text size="sm">{listError}</Text>
              </Alert>
            )}
            {edit.roles.length === 0 ? (
              <EmptyState title="No roles yet">{readOnly ? 'This template defines no roles.' : 'Add the roles that matter for this kind of offering; their order is their priority.'}</EmptyState>
            ) : (
              <DndContext sensors={sensors} collisionDetection={closestCorners} onDragEnd={onDragEnd} accessibility={{ announcements, screenReaderInstructions: { draggable: 'To reorder a role, press Space, move it with the arrow keys, then press Space again to drop it or Escape to cancel.' } }}>
                <SortableContext items={edit.roles.map((r) => r.roleId)} strategy={verticalListSortingStrategy}>
                  <Stack gap="sm">
                    {edit.roles.map((r, i) => (
                      <RoleCard
                        key={r.roleId}
                        role={r}
                        roleName={roleName(r.roleId)}
                        priority={i + 1}
                        readOnly={readOnly}
                        errors={shown(r.roleId)}
                        count={counts.get(r.roleId)}
                        conditionKey={`${r.roleId}-${resets}-${base.version}`}
                        onChange={changeRole}
                        onRemove={() => removeRole(r.roleId)}
                        onMove={(by) => setRoles(arrayMove(edit.roles, i, i + by))}
                        isFirst={i === 0}
                        isLast={i === edit.roles.length - 1}
                        onConditionInvalid={(bad) => setInvalidJson((s) => (bad ? new Set([...s, r.roleId]) : new Set([...s].filter((x) => x !== r.roleId))))}
                      />
                    ))}
                  </Stack>
                </SortableContext>
              </DndContext>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <div style={{ position: 'sticky', top: 72 }}>
            <DryRunPanel target={target} onTarget={setTarget} run={run} lookups={lookups} roleName={roleName} />
          </div>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
