/**
 * One stage model. A Draft is edited here: its stages (key, name, kind: entry, intermediate,
 * success or failure; drag to reorder), the moves each stage allows ("Can move to": the
 * transitions), and a graph of the result. "Check" saves and asks the API what would stop
 * publishing, each problem shown beside the stage it concerns; "Publish" checks, then freezes the
 * model as Live. A Live model is read-only: duplicate it as a Draft to change it. Every write
 * carries If-Match; a 412 says someone else saved first and offers a reload.
 */
import { useMemo, useRef, useState } from 'react';
import { ActionIcon, Alert, Anchor, Badge, Box, Breadcrumbs, Button, Group, List, MultiSelect, Paper, Select, Stack, Table, Text, TextInput, Textarea, Title, Tooltip } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconAlertTriangle, IconCheck, IconCopy, IconGripVertical, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, arrayMove, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { api, ApiError, unwrap, type Schemas } from '../../api/client.ts';
import { useCan } from '../../auth/session.tsx';
import { LOOKUPS_KEY } from '../../lib/lookups.ts';
import { fieldError, ifMatch, isConflict, SaveError, notify, READABLE_TITLE, refusal } from '../../lib/config-writes.tsx';
import { ErrorState, LoadingState } from '../../components/States.tsx';
import { StageGraph, type StageKind } from './StageGraph.tsx';
import { StageStatusBadge, useDuplicateStageModel } from './StageModels.tsx';
import { bodyOf, draftOf, placeProblems, sameBody, uid, type Body, type Draft, type Placed, type Row } from './stage-draft.ts';

type StageModel = Schemas['StageModel'];

const KINDS: { value: StageKind; label: string }[] = [
  { value: 'entry', label: 'Entry' },
  { value: 'intermediate', label: 'Intermediate' },
  { value: 'success', label: 'Success' },
  { value: 'failure', label: 'Failure' },
];
/** Widths of the stage columns (the header row and every card use them). */
const COL = { key: 160, name: 200, kind: 150 };
const KIND_WORD: Record<StageKind, string> = { entry: 'Entry', intermediate: 'Intermediate', success: 'Success', failure: 'Failure' };
const KIND_COLOR: Record<StageKind, string> = { entry: 'blue', intermediate: 'gray', success: 'teal', failure: 'red' };

function ProblemText({ messages, stageKey }: { messages: string[] | undefined; stageKey: string }) {
  if (!messages?.length) return null;
  return (
    <Stack gap={2} mt={6} data-testid="stage-problem" data-stage={stageKey}>
      {messages.map((m) => (
        <Group key={m} gap={6} wrap="nowrap" align="flex-start">
          <IconAlertTriangle size={16} color="var(--mantine-color-error)" aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
          <Text size="sm" c="var(--mantine-color-error)">
            {m}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

function StageCard({ row, index, rows, problems, onChange, onRemove }: { row: Row; index: number; rows: Row[]; problems: string[] | undefined; onChange: (r: Row) => void; onRemove: () => void }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: row.uid });
  const label = row.name || row.key || `stage ${index + 1}`;
  const others = rows.filter((r) => r.uid !== row.uid && r.key).map((r) => ({ value: r.key, label: `${r.name || r.key} (${r.key})` }));
  // Keep a move to a key no longer present visible, so it can be removed.
  const data = [...others, ...row.to.filter((k) => !others.some((o) => o.value === k)).map((k) => ({ value: k, label: `${k} (unknown)` }))];
  return (
    <Paper
      ref={setNodeRef}
      withBorder
      px="sm"
      py={8}
      data-testid="stage-card"
      data-stage={row.key}
      style={{ transform: CSS.Transform.toString(transform), transition, zIndex: isDragging ? 2 : undefined, position: 'relative', borderColor: problems?.length ? 'var(--mantine-color-error)' : undefined }}
    >
      <Group align="flex-start" gap="sm" wrap="nowrap">
        <ActionIcon ref={setActivatorNodeRef} variant="subtle" color="gray" mt={4} aria-label={`Reorder stage ${label} (drag, or Space then arrow keys)`} {...attributes} {...listeners} style={{ cursor: 'grab' }}>
          <IconGripVertical size={18} aria-hidden />
        </ActionIcon>
        <TextInput w={COL.key} value={row.key} onChange={(e) => onChange({ ...row, key: e.currentTarget.value })} aria-label={`Key of stage ${index + 1}`} maxLength={50} />
        <TextInput w={COL.name} value={row.name} onChange={(e) => onChange({ ...row, name: e.currentTarget.value })} aria-label={`Name of stage ${index + 1}`} maxLength={100} />
        <Select w={COL.kind} data={KINDS} value={row.kind} onChange={(v) => v && onChange({ ...row, kind: v as StageKind })} allowDeselect={false} aria-label={`Kind of stage ${index + 1}`} />
        <MultiSelect
          style={{ flex: 1 }}
          data={data}
          value={row.to}
          onChange={(to) => onChange({ ...row, to })}
          placeholder={row.to.length ? undefined : row.kind === 'success' ? 'Nothing: the journey ends here' : 'Pick the next stages'}
          aria-label={`Stages ${label} can move to`}
          clearable
        />
        <Tooltip label="Remove stage">
          <ActionIcon variant="subtle" color="gray" mt={4} aria-label={`Remove stage ${label}`} onClick={onRemove}>
            <IconTrash size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Group>
      <ProblemText messages={problems} stageKey={row.key} />
    </Paper>
  );
}

function ReadOnlyStages({ model }: { model: StageModel }) {
  return (
    <Paper withBorder>
      <Table verticalSpacing="xs" aria-label="Stages">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>#</Table.Th>
            <Table.Th>Key</Table.Th>
            <Table.Th>Name</Table.Th>
            <Table.Th>Kind</Table.Th>
            <Table.Th>Can move to</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {model.stages.map((s, i) => {
            const to = model.transitions.filter((t) => t.from === s.key).map((t) => model.stages.find((x) => x.key === t.to)?.name ?? t.to);
            return (
              <Table.Tr key={s.key} data-testid="stage-row">
                <Table.Td>{i + 1}</Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {s.key}
                  </Text>
                </Table.Td>
                <Table.Td>{s.name}</Table.Td>
                <Table.Td>
                  <Badge variant="dot" color={KIND_COLOR[s.kind]}>
                    {KIND_WORD[s.kind]}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={to.length ? undefined : 'dimmed'}>
                    {to.length ? to.join(', ') : '—'}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

function Editor({ model, onReload }: { model: StageModel; onReload: () => void }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [saved, setSaved] = useState(model);
  const [draft, setDraft] = useState<Draft>(() => draftOf(model));
  const [placed, setPlaced] = useState<Placed | null>(null);
  const [checked, setChecked] = useState<'valid' | null>(null);
  const sent = useRef<{ body: Body; rows: Row[] } | null>(null);
  const sensors = useSensors(useSensor(PointerSensor), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const body = useMemo(() => bodyOf(draft), [draft]);
  const dirty = !sameBody(body, saved);

  const stored = (m: StageModel) => {
    setSaved(m);
    queryClient.setQueryData(['stage-model', m.id], m);
    void queryClient.invalidateQueries({ queryKey: LOOKUPS_KEY });
  };

  /** Saves the draft when it changed; answers the stored model. */
  const saveIfDirty = async (): Promise<StageModel> => {
    if (!dirty) return saved;
    sent.current = { body, rows: draft.rows };
    const m = await unwrap(api.PATCH('/api/v1/stage-models/{id}', { params: { path: { id: saved.id }, header: ifMatch(saved.version) }, body }));
    stored(m);
    return m;
  };
  const onError = (e: unknown) => {
    if (e instanceof ApiError && e.problem.errors?.length && sent.current) setPlaced(placeProblems(e.problem.errors, sent.current.body, sent.current.rows));
  };

  const save = useMutation({
    mutationFn: saveIfDirty,
    onMutate: () => setChecked(null),
    onSuccess: () => {
      setPlaced(null);
      notify({ color: 'teal', message: 'Draft saved' });
    },
    onError,
  });
  /** Saves, then asks the API what would stop publishing; true when nothing would. */
  const check = useMutation({
    mutationFn: async () => {
      const model = await saveIfDirty();
      const rows = draft.rows;
      const result = await unwrap(api.POST('/api/v1/stage-models/{id}/validate', { params: { path: { id: model.id } } }));
      return { result, rows, model };
    },
    onMutate: () => setChecked(null),
    onSuccess: ({ result, rows, model: m }) => {
      // The problems point into the stored model, whose stages are in the rows' order.
      setPlaced(result.valid ? null : placeProblems(result.problems, m, rows));
      setChecked(result.valid ? 'valid' : null);
    },
    onError,
  });
  const publish = useMutation({
    mutationFn: (m: StageModel) => unwrap(api.POST('/api/v1/stage-models/{id}/publish', { params: { path: { id: m.id }, header: ifMatch(m.version) } })),
    onSuccess: (m) => {
      stored(m);
      notify({ color: 'teal', message: `“${m.name}” is Live` });
    },
    onError: (e) => notify({ color: 'red', title: isConflict(e) ? 'Someone else changed it first' : 'Not published', message: refusal(e) }),
  });
  const remove = useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/v1/stage-models/{id}', { params: { path: { id: saved.id }, header: ifMatch(saved.version) } })),
    onSuccess: () => {
      notify({ color: 'teal', message: 'Stage model deleted' });
      void queryClient.invalidateQueries({ queryKey: LOOKUPS_KEY });
      void navigate('/buying-groups/stages');
    },
    onError: (e) => notify({ color: 'red', title: 'Not deleted', message: refusal(e), autoClose: 10_000 }),
  });

  const onPublish = async () => {
    const outcome = await check.mutateAsync().catch(() => null);
    if (!outcome?.result.valid) {
      if (outcome) notify({ color: 'yellow', title: 'Not published yet', message: 'Fix the problems shown beside the stages first.' });
      return;
    }
    modals.openConfirmModal({
      title: `Publish “${draft.name}”?`,
      children: <Text size="sm">A Live model is frozen: solution interests can use it, and to change it you duplicate it as a new draft.</Text>,
      labels: { confirm: 'Publish', cancel: 'Cancel' },
      onConfirm: () => publish.mutate(outcome.model),
    });
  };

  const setRow = (i: number, next: Row) =>
    setDraft((d) => {
      const before = d.rows[i];
      const rows = d.rows.map((r, j) => (j === i ? next : r));
      // A renamed key keeps the moves that lead to it.
      const renamed = before && before.key !== next.key ? rows.map((r) => ({ ...r, to: r.to.map((k) => (k === before.key ? next.key : k)) })) : rows;
      return { ...d, rows: renamed };
    });
  const removeRow = (i: number) =>
    setDraft((d) => {
      const gone = d.rows[i];
      return { ...d, rows: d.rows.filter((_, j) => j !== i).map((r) => ({ ...r, to: r.to.filter((k) => k !== gone?.key) })) };
    });
  const addRow = () =>
    setDraft((d) => {
      let n = d.rows.length + 1;
      while (d.rows.some((r) => r.key === `stage_${n}`)) n++;
      return { ...d, rows: [...d.rows, { uid: uid(), key: `stage_${n}`, name: `Stage ${n}`, kind: d.rows.length === 0 ? 'entry' : 'intermediate', to: [] }] };
    });
  const onDragEnd = (e: DragEndEvent) => {
    if (!e.over || e.active.id === e.over.id) return;
    setDraft((d) => {
      const from = d.rows.findIndex((r) => r.uid === e.active.id);
      const to = d.rows.findIndex((r) => r.uid === e.over?.id);
      return { ...d, rows: arrayMove(d.rows, from, to) };
    });
  };

  const busy = save.isPending || check.isPending || publish.isPending;
  const saveError = save.error ?? check.error;
  return (
    <Stack gap="md">
      <SaveError error={saveError} shown={() => true} onReload={onReload} />
      {saveError instanceof ApiError && saveError.problem.errors?.length && !isConflict(saveError) ? (
        <Alert color="red" variant="light" styles={READABLE_TITLE} title="Not saved">
          {saveError.message}
        </Alert>
      ) : null}
      <Group align="flex-end" gap="sm">
        <TextInput label="Name" required w={360} value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })} error={placed?.name ?? fieldError(saveError, '/name')} maxLength={255} />
        <Textarea label="Description" style={{ flex: 1 }} value={draft.description} onChange={(e) => setDraft({ ...draft, description: e.currentTarget.value })} autosize minRows={1} maxRows={3} />
      </Group>
      <Group justify="space-between">
        <Title order={2} size="h4">
          Stages and allowed moves
        </Title>
        <Group gap="xs">
          <Button variant="default" onClick={() => save.mutate()} disabled={!dirty} loading={save.isPending}>
            {dirty ? 'Save draft' : 'Saved'}
          </Button>
          <Button variant="default" leftSection={<IconCheck size={16} aria-hidden />} onClick={() => check.mutate()} loading={check.isPending} disabled={busy && !check.isPending}>
            Check
          </Button>
          <Button onClick={() => void onPublish()} loading={publish.isPending} disabled={busy && !publish.isPending}>
            Publish
          </Button>
          <Button
            variant="default"
            onClick={() =>
              modals.openConfirmModal({
                title: `Delete the draft “${saved.name}”?`,
                children: <Text size="sm">Its stages and transitions are lost.</Text>,
                labels: { confirm: 'Delete', cancel: 'Cancel' },
                confirmProps: { color: 'red' },
                onConfirm: () => remove.mutate(),
              })
            }
          >
            Delete draft
          </Button>
        </Group>
      </Group>
      {checked === 'valid' && !dirty && (
        <Alert color="teal" variant="light" styles={READABLE_TITLE} title="Ready to publish" icon={<IconCheck aria-hidden />}>
          Every stage is reachable from an entry stage, and every stage that is not an end has a way out.
        </Alert>
      )}
      {placed && placed.general.length > 0 && (
        <Alert color="red" variant="light" styles={READABLE_TITLE} title="Problems with the model as a whole" data-testid="model-problems">
          <List size="sm">
            {placed.general.map((m) => (
              <List.Item key={m}>{m}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {placed && placed.byUid.size > 0 && (
        <Alert color="red" variant="light" styles={READABLE_TITLE} title="Not ready to publish" icon={<IconAlertTriangle aria-hidden />}>
          {((n) => `${n} ${n === 1 ? 'problem' : 'problems'} would stop publishing; each is shown beside its stage.`)([...placed.byUid.values()].flat().length)}
        </Alert>
      )}
      {draft.rows.length > 0 && (
        <Group gap="sm" wrap="nowrap" px="sm" mb={-6} aria-hidden>
          <Box w={28} />
          {(
            [
              ['Key', COL.key],
              ['Name', COL.name],
              ['Kind', COL.kind],
            ] as const
          ).map(([l, w]) => (
            <Text key={l} size="sm" fw={500} w={w}>
              {l}
            </Text>
          ))}
          <Text size="sm" fw={500} style={{ flex: 1 }}>
            Can move to
          </Text>
        </Group>
      )}
      <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
        <SortableContext items={draft.rows.map((r) => r.uid)} strategy={verticalListSortingStrategy}>
          <Stack gap="xs">
            {draft.rows.map((r, i) => (
              <StageCard key={r.uid} row={r} index={i} rows={draft.rows} problems={placed?.byUid.get(r.uid)} onChange={(next) => setRow(i, next)} onRemove={() => removeRow(i)} />
            ))}
          </Stack>
        </SortableContext>
      </DndContext>
      <Group>
        <Button variant="default" leftSection={<IconPlus size={16} aria-hidden />} onClick={addRow}>
          Add stage
        </Button>
        {draft.rows.length === 0 && (
          <Text size="sm" c="dimmed">
            Start with an entry stage (where groups start) and one success stage (the goal).
          </Text>
        )}
      </Group>
      {draft.rows.length > 0 && (
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            Graph
          </Title>
          <StageGraph stages={body.stages} transitions={body.transitions} flagged={new Set(draft.rows.filter((r) => placed?.byUid.has(r.uid)).map((r) => r.key))} />
        </Paper>
      )}
    </Stack>
  );
}

export function StageModelEditorPage() {
  const { id = '' } = useParams();
  const canEdit = useCan('editor');
  const queryClient = useQueryClient();
  const [generation, setGeneration] = useState(0);
  const duplicate = useDuplicateStageModel();
  const model = useQuery({ queryKey: ['stage-model', id], queryFn: () => unwrap(api.GET('/api/v1/stage-models/{id}', { params: { path: { id } } })) });
  const reload = () => {
    void queryClient.invalidateQueries({ queryKey: LOOKUPS_KEY });
    void model.refetch().then(() => setGeneration((g) => g + 1));
  };

  if (model.error) return <ErrorState error={model.error} onRetry={() => void model.refetch()} />;
  if (!model.data) return <LoadingState />;
  const m = model.data;
  const editable = canEdit && m.status === 'draft';
  return (
    <Stack gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to="/buying-groups/stages" size="sm">
          Stage models
        </Anchor>
        <Text size="sm">{m.name}</Text>
      </Breadcrumbs>
      <Group justify="space-between">
        <Group gap="sm">
          <Title order={2} size="h3">
            {m.name}
          </Title>
          <StageStatusBadge status={m.status} />
        </Group>
        {canEdit && m.status === 'live' && (
          <Button leftSection={<IconCopy size={16} aria-hidden />} onClick={() => duplicate.mutate(m)} loading={duplicate.isPending}>
            Duplicate as draft
          </Button>
        )}
      </Group>
      {editable ? (
        <Editor key={`${m.id}:${generation}`} model={m} onReload={reload} />
      ) : (
        <>
          {m.description && <Text size="sm">{m.description}</Text>}
          <Text size="sm" c="dimmed">
            {m.status === 'live' ? 'Live models are frozen; duplicate this one as a draft to change it.' : 'You can read this draft; editors change it.'}
          </Text>
          {m.stages.length > 0 && (
            <Paper withBorder p="md">
              <Title order={2} size="h4" mb="sm">
                Graph
              </Title>
              <StageGraph stages={m.stages} transitions={m.transitions} />
            </Paper>
          )}
          <ReadOnlyStages model={m} />
        </>
      )}
    </Stack>
  );
}
