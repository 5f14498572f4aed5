/**
 * One journey (/journeys/:id). A Draft opens in the canvas editor: a palette of node kinds, the
 * canvas (drag nodes, draw edges), the properties of the selected node, the journey's settings and
 * its problems (those publishing would refuse, checked after each save, shown on their nodes);
 * Save with If-Match (412: someone else saved — reload), Publish with start and end dates. A Live,
 * Closed, Finished or Aborted journey is read-only with the per-node counters on the canvas (each
 * opens the accounts behind it); only the end date changes (Live, Closed); close, abort, duplicate.
 * Node positions are the journey's `layout`, saved on their own shortly after a drag in any status
 * (cosmetic: not part of the definition, so not an unsaved change either). Every write goes out
 * one after the other with the latest version this page knows, so a layout save in flight does
 * not make the next Save look stale.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Anchor, Badge, Button, Checkbox, Grid, Group, Modal, NumberInput, Paper, ScrollArea, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconArrowLeft, IconCopy, IconDeviceFloppy, IconPlayerStop, IconPlus, IconRocket, IconX } from '@tabler/icons-react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { api, ApiError, unwrap } from '../../api/client.ts';
import { useCan } from '../../auth/session.tsx';
import { ifMatch, isConflict, notify, refusal } from '../../lib/config-writes.tsx';
import { useLookups } from '../../lib/lookups.ts';
import { EmptyState, ErrorState, LoadingState } from '../../components/States.tsx';
import { UnsavedGuard } from '../../components/UnsavedGuard.tsx';
import { JourneyCanvas, type CounterFilter, type NodeCounts } from './Canvas.tsx';
import { DurationField, NodeProperties } from './Properties.tsx';
import { NodeAccountsDrawer } from './NodeAccounts.tsx';
import { fetchJourney } from './api.ts';
import { JOURNEYS_KEY, JourneyStatusBadge, shownDate } from './Journeys.tsx';
import { freeSpot, freshId, fromLocalInput, KIND_LABELS, layoutOf, messagesByNode, newNode, positionsOf, removeNode, setSlot, toLocalInput, type JNode, type Journey, type JourneyDef, type NodeKind, type NodeMessage, type Point } from './model.ts';

interface Edit {
  name: string;
  description: string;
  definition: JourneyDef;
}
const editOf = (j: Journey): Edit => ({ name: j.name, description: j.description ?? '', definition: j.definition });
const sameEdit = (a: Edit, b: Edit) => JSON.stringify(a) === JSON.stringify(b);
const PALETTE: NodeKind[] = ['entry', 'accountSplit', 'peopleSplit', 'merge', 'wait', 'listen', 'action'];

/** How long after the last drag the positions are saved. */
const LAYOUT_SAVE_MS = 600;

/** Problems of a refused write: each with its node (by id or by index) or the journey's own. */
function writeMessages(e: unknown): { field: string; message: string; nodeId?: string | null }[] {
  if (!(e instanceof ApiError)) return [{ field: '', message: refusal(e) }];
  const errors = (e.problem.errors ?? []) as { field: string; message: string; nodeId?: string }[];
  return errors.length ? errors : [{ field: '', message: e.message }];
}

export function JourneyPage() {
  const { id = '' } = useParams();
  const journey = useQuery({ queryKey: ['journey', id], queryFn: ({ signal }) => fetchJourney(id, signal) });
  if (journey.error) {
    if (journey.error instanceof ApiError && journey.error.status === 404) {
      return (
        <EmptyState title="This journey does not exist" action={<Anchor component={Link} to="/journeys">All journeys</Anchor>}>
          It may have been deleted.
        </EmptyState>
      );
    }
    return <ErrorState error={journey.error} onRetry={() => void journey.refetch()} />;
  }
  if (!journey.data) return <LoadingState />;
  return <JourneyView key={journey.data.id} initial={journey.data} reload={async () => (await journey.refetch()).data} />;
}

function JourneyView({ initial, reload }: { initial: Journey; reload: () => Promise<Journey | undefined> }) {
  const canEdit = useCan('editor');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const lookups = useLookups();
  const [base, setBase] = useState(initial);
  const [edit, setEdit] = useState<Edit>(() => editOf(initial));
  const [selected, setSelected] = useState<string | null>(null);
  const [positions, setPositions] = useState<Map<string, Point>>(() => positionsOf(initial.definition.nodes, initial.layout));
  const [refused, setRefused] = useState<{ field: string; message: string; nodeId?: string | null }[] | null>(null);
  // What a 412 refused: the edits (Save, publish, close / abort) or only the node positions after a drag.
  const [conflict, setConflict] = useState<false | 'edits' | 'layout'>(false);
  const [publishing, setPublishing] = useState(false);
  const [drill, setDrill] = useState<{ nodeId: string; filter: CounterFilter } | null>(null);
  const [resets, setResets] = useState(0);

  const draft = base.status === 'draft';
  const readOnly = !canEdit || !draft;
  const dirty = !readOnly && !sameEdit(edit, editOf(base));
  const nodes = edit.definition.nodes;

  const problems = useQuery({
    queryKey: ['journey', base.id, 'problems', base.version],
    enabled: draft,
    // The last check's problems stay on the nodes while the next one runs (no flash of "none").
    placeholderData: keepPreviousData,
    queryFn: () => unwrap(api.POST('/api/v1/journeys/{id}/validate', { params: { path: { id: base.id } } })),
  });
  const counters = useQuery({
    queryKey: ['journey', base.id, 'counters'],
    enabled: !draft,
    refetchInterval: base.status === 'live' || base.status === 'closed' ? 10_000 : false,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/journeys/{id}/counters', { params: { path: { id: base.id } }, signal })),
  });
  const counts = useMemo(() => (counters.data ? new Map<string, NodeCounts>(counters.data.nodes.map((n) => [n.nodeId, n])) : undefined), [counters.data]);

  // A refused write's messages replace the last check's until the next save.
  const messages = useMemo(() => messagesByNode(base.definition.nodes, refused ?? problems.data?.problems ?? []), [base.definition.nodes, refused, problems.data]);
  const journeyMessages = messages.get('') ?? [];
  const allMessages = [...messages.entries()].flatMap(([nodeId, ms]) => ms.map((m) => ({ nodeId, ...m })));

  // The latest version this page wrote or read, and the writes in order (see the header).
  const version = useRef(initial.version);
  const writes = useRef<Promise<unknown>>(Promise.resolve());
  const serial = useCallback(<T,>(write: (version: number) => Promise<T & { version: number }>): Promise<T & { version: number }> => {
    const run = writes.current.then(async () => {
      const j = await write(version.current);
      version.current = Math.max(version.current, j.version);
      return j;
    });
    writes.current = run.catch(() => undefined);
    return run;
  }, []);
  // A late answer (a layout save after a Save) must not put back an older journey.
  const newer = (j: Journey) => setBase((b) => (j.version >= b.version ? j : b));

  const accept = (j: Journey) => {
    newer(j);
    version.current = Math.max(version.current, j.version);
    setEdit(editOf(j));
    setRefused(null);
    setConflict(false);
    queryClient.setQueryData(['journey', j.id], j);
    void queryClient.invalidateQueries({ queryKey: JOURNEYS_KEY });
  };
  const onWriteError = (e: unknown) => {
    if (isConflict(e)) setConflict('edits');
    else setRefused(writeMessages(e));
  };
  const patch = (body: Record<string, unknown>) => serial((v) => unwrap(api.PATCH('/api/v1/journeys/{id}', { params: { path: { id: base.id }, header: ifMatch(v) }, body: body as never })));
  // The positions of the nodes saved with them (new nodes get theirs stored here).
  const editBody = () => ({ name: edit.name, description: edit.description, definition: edit.definition, layout: layoutOf(positions, edit.definition.nodes) });

  const save = useMutation({
    mutationFn: () => patch(editBody()),
    onSuccess: (j) => {
      accept(j);
      notify({ color: 'teal', message: `Saved “${j.name}”` });
    },
    onError: onWriteError,
  });
  const publish = useMutation({
    mutationFn: async (dates: { startAt: string | null; endAt: string | null }) => {
      const saved = await patch({ ...(dirty ? editBody() : {}), ...dates });
      accept(saved);
      return serial((v) => unwrap(api.POST('/api/v1/journeys/{id}/publish', { params: { path: { id: base.id }, header: ifMatch(v) } })));
    },
    onSuccess: (j) => {
      accept(j);
      setPublishing(false);
      notify({ color: 'teal', title: 'Published', message: `“${j.name}” is Live.` });
    },
    onError: (e) => {
      setPublishing(false);
      onWriteError(e);
    },
  });
  const lifecycle = useMutation({
    mutationFn: (action: 'close' | 'abort') => serial((v) => unwrap(api.POST(`/api/v1/journeys/{id}/${action}`, { params: { path: { id: base.id }, header: ifMatch(v) } }))),
    onSuccess: (j) => {
      accept(j);
      notify({ color: 'teal', message: `“${j.name}” is ${j.status === 'closed' ? 'Closed: no new entries' : 'Aborted'}` });
    },
    onError: (e) => (isConflict(e) ? setConflict('edits') : notify({ color: 'red', title: 'Refused', message: refusal(e) })),
  });
  const duplicate = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/journeys/{id}/duplicate', { params: { path: { id: base.id } } })),
    onSuccess: (j) => {
      void queryClient.invalidateQueries({ queryKey: JOURNEYS_KEY });
      notify({ color: 'teal', message: `Created the draft “${j.name}”` });
      void navigate(`/journeys/${j.id}`);
    },
    onError: (e) => notify({ color: 'red', title: 'Not duplicated', message: refusal(e) }),
  });
  const [endAt, setEndAt] = useState(toLocalInput(base.endAt));
  const changeEnd = useMutation({
    mutationFn: () => patch({ endAt: fromLocalInput(endAt) }),
    onSuccess: (j) => {
      accept(j);
      notify({ color: 'teal', message: `The journey now ends ${shownDate(j.endAt)}` });
    },
    onError: onWriteError,
  });

  const doReload = async () => {
    const fresh = await reload();
    if (!fresh) return;
    setResets((n) => n + 1);
    setPositions(positionsOf(fresh.definition.nodes, fresh.layout));
    accept(fresh);
  };

  // Saving the positions: LAYOUT_SAVE_MS after the last move, those of the saved nodes (a node
  // added since the last Save has its position stored with it by the Save).
  const positionsNow = useRef(positions);
  positionsNow.current = positions;
  const saved = useRef(base);
  saved.current = base;
  const layoutTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saveLayout = useCallback(() => {
    layoutTimer.current = null;
    const layout = layoutOf(positionsNow.current, saved.current.definition.nodes);
    // Only a new node moved (it is stored by the next Save), or dragged back: nothing to write.
    if (JSON.stringify(layout) === JSON.stringify(layoutOf(positionsOf(saved.current.definition.nodes, saved.current.layout), saved.current.definition.nodes))) return;
    serial((v) => unwrap(api.PATCH('/api/v1/journeys/{id}', { params: { path: { id: initial.id }, header: ifMatch(v) }, body: { layout } })))
      .then((j) => {
        setBase((b) => (j.version >= b.version ? j : b));
        queryClient.setQueryData(['journey', j.id], j);
      })
      .catch((e: unknown) => (isConflict(e) ? setConflict((c) => c || 'layout') : notify({ color: 'red', title: 'Node positions not saved', message: refusal(e) })));
  }, [initial.id, serial, queryClient]);
  const scheduleLayoutSave = useCallback(() => {
    if (!canEdit) return;
    if (layoutTimer.current) clearTimeout(layoutTimer.current);
    layoutTimer.current = setTimeout(saveLayout, LAYOUT_SAVE_MS);
  }, [canEdit, saveLayout]);
  // Leaving the page right after a drag still saves it.
  useEffect(
    () => () => {
      if (layoutTimer.current) {
        clearTimeout(layoutTimer.current);
        saveLayout();
      }
    },
    [saveLayout],
  );

  const setNodes = useCallback((f: (ns: JNode[]) => JNode[]) => setEdit((e) => ({ ...e, definition: { ...e.definition, nodes: f(e.definition.nodes) } })), []);
  const place = useCallback((nodeId: string, p: Point) => setPositions((m) => new Map(m).set(nodeId, p)), []);
  const move = useCallback(
    (nodeId: string, p: Point) => {
      place(nodeId, p);
      scheduleLayoutSave();
    },
    [place, scheduleLayoutSave],
  );
  const addNode = (kind: NodeKind) => {
    const nodeId = freshId(nodes, kind);
    const node = newNode(kind, nodeId, { solutionInterestId: lookups.data?.solutionInterests[0]?.id ?? null });
    // The entry must be the first node.
    setNodes((ns) => (kind === 'entry' ? [node, ...ns] : [...ns, node]));
    // Stored by the next Save, with the node.
    place(nodeId, freeSpot(positions.values()));
    setSelected(nodeId);
  };
  const deleteNode = useCallback(
    (nodeId: string) => {
      setNodes((ns) => removeNode(ns, nodeId));
      setSelected((s) => (s === nodeId ? null : s));
    },
    [setNodes],
  );
  const connect = useCallback((source: string, handle: string, target: string) => setNodes((ns) => ns.map((n) => (n.id === source ? setSlot(n, handle, target) : n))), [setNodes]);
  const disconnect = useCallback((source: string, handle: string) => setNodes((ns) => ns.map((n) => (n.id === source ? setSlot(n, handle, null) : n))), [setNodes]);
  const openCounter = useCallback((nodeId: string, filter: CounterFilter) => setDrill({ nodeId, filter }), []);

  const selectedNode = nodes.find((n) => n.id === selected) ?? null;
  const title = (n: JNode) => n.label?.trim() || `${KIND_LABELS[n.kind]} (${n.id})`;
  const reentry = edit.definition.reentry;
  const setReentry = (r: Partial<typeof reentry>) => setEdit((e) => ({ ...e, definition: { ...e.definition, reentry: { ...e.definition.reentry, ...r } } }));

  return (
    <Stack gap="sm">
      <UnsavedGuard when={dirty} />
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Anchor component={Link} to="/journeys" size="sm">
            <Group gap={4}>
              <IconArrowLeft size={14} aria-hidden />
              All journeys
            </Group>
          </Anchor>
          <Group gap="sm">
            <Title order={1} size="h3">
              {base.name}
            </Title>
            <JourneyStatusBadge status={base.status} />
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
          <Text size="sm" c="dimmed">
            {draft ? 'Draft: starts when published' : `Started ${shownDate(base.startAt)} · ends ${shownDate(base.endAt)}`}
            {counters.data ? ` · ${counters.data.entered.toLocaleString()} entered, ${counters.data.active.toLocaleString()} inside now` : ''}
          </Text>
        </Stack>
        {canEdit && (
          <Group gap="xs">
            {draft && (
              <>
                <Button variant="default" leftSection={<IconDeviceFloppy size={16} aria-hidden />} onClick={() => save.mutate()} loading={save.isPending} disabled={!dirty || publish.isPending}>
                  Save
                </Button>
                <Button leftSection={<IconRocket size={16} aria-hidden />} onClick={() => setPublishing(true)} disabled={save.isPending}>
                  Publish…
                </Button>
              </>
            )}
            {base.status === 'live' && (
              <Button variant="default" leftSection={<IconPlayerStop size={16} aria-hidden />} loading={lifecycle.isPending && lifecycle.variables === 'close'} onClick={() => lifecycle.mutate('close')}>
                Close
              </Button>
            )}
            {(draft || base.status === 'live' || base.status === 'closed') && (
              <Button
                variant="outline"
                color="red"
                leftSection={<IconX size={16} aria-hidden />}
                onClick={() =>
                  modals.openConfirmModal({
                    title: `Abort “${base.name}”?`,
                    children: <Text size="sm">Every account inside leaves the journey at once and no account enters any more. This cannot be undone.</Text>,
                    labels: { confirm: 'Abort the journey', cancel: 'Keep it' },
                    confirmProps: { color: 'red' },
                    onConfirm: () => lifecycle.mutate('abort'),
                  })
                }
              >
                Abort
              </Button>
            )}
            <Button variant="default" leftSection={<IconCopy size={16} aria-hidden />} onClick={() => duplicate.mutate()} loading={duplicate.isPending}>
              Duplicate
            </Button>
          </Group>
        )}
      </Group>

      {conflict && (
        <Alert color="yellow" data-testid="conflict">
          <Text size="sm" fw={700}>
            Someone else changed this journey since you opened it
          </Text>
          <Group justify="space-between">
            <Text size="sm">
              {conflict === 'layout'
                ? 'The node positions you moved were not saved. Reload to see their version, then move the nodes again.'
                : 'Your edits were not saved. Reload to see their version (your edits are discarded), then apply yours again.'}
            </Text>
            <Button
              size="xs"
              variant="default"
              onClick={() =>
                modals.openConfirmModal({
                  title: 'Reload and discard your edits?',
                  children: <Text size="sm">You will see the journey as the other person saved it; your unsaved edits are lost.</Text>,
                  labels: { confirm: 'Discard and reload', cancel: 'Keep editing' },
                  confirmProps: { color: 'red' },
                  onConfirm: () => void doReload(),
                })
              }
            >
              Reload
            </Button>
          </Group>
        </Alert>
      )}
      {!draft && canEdit && (base.status === 'live' || base.status === 'closed') && (
        <Paper withBorder p="xs">
          <Group align="flex-end" gap="sm">
            <TextInput label="End date" type="datetime-local" value={endAt} onChange={(e) => setEndAt(e.currentTarget.value)} error={messages.get('')?.find((m) => m.field === '/endAt')?.message} />
            <Button variant="default" onClick={() => changeEnd.mutate()} loading={changeEnd.isPending} disabled={endAt === toLocalInput(base.endAt) || !endAt}>
              Change end date
            </Button>
            <Text size="xs" c="dimmed" maw={420}>
              Once Live only the end date changes. Duplicate the journey to change anything else.
            </Text>
          </Group>
        </Paper>
      )}

      <Grid gutter="sm">
        <Grid.Col span={{ base: 12, lg: readOnly ? 9 : 8 }}>
          <Stack gap="xs">
            {!readOnly && (
              <Group gap={6} role="toolbar" aria-label="Add a node">
                {PALETTE.map((k) => (
                  <Button
                    key={k}
                    size="compact-xs"
                    variant="default"
                    leftSection={<IconPlus size={12} aria-hidden />}
                    onClick={() => addNode(k)}
                    disabled={(k === 'entry' && nodes.some((n) => n.kind === 'entry')) || (k === 'listen' && !lookups.data?.solutionInterests.length)}
                  >
                    {KIND_LABELS[k]}
                  </Button>
                ))}
              </Group>
            )}
            <div style={{ height: readOnly ? 600 : 560 }}>
              <JourneyCanvas
                nodes={nodes}
                positions={positions}
                messages={messages}
                selected={selected}
                readOnly={readOnly}
                counts={counts}
                onCounter={openCounter}
                onSelect={setSelected}
                onMove={move}
                onConnect={connect}
                onDisconnect={disconnect}
                onDelete={deleteNode}
              />
            </div>
            {nodes.length === 0 && (
              <Text size="sm" c="dimmed">
                {readOnly ? 'This journey has no nodes.' : 'Start with an entry node: the account list whose accounts enter. Then add splits, waits and actions and draw the edges between them.'}
              </Text>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: readOnly ? 3 : 4 }}>
          <ScrollArea.Autosize mah={720} type="auto" offsetScrollbars>
            <Stack gap="sm">
              {selectedNode ? (
                <Paper withBorder p="sm">
                  <NodeProperties
                    key={`${selectedNode.id}-${resets}`}
                    node={selectedNode}
                    nodes={nodes}
                    messages={messages.get(selectedNode.id) ?? []}
                    readOnly={readOnly}
                    onChange={(n) => setNodes((ns) => ns.map((x) => (x.id === n.id ? n : x)))}
                    onDelete={() => deleteNode(selectedNode.id)}
                  />
                </Paper>
              ) : readOnly ? (
                <Paper withBorder p="sm" data-testid="journey-summary">
                  <Stack gap={6}>
                    <Title order={2} size="h5">
                      Journey
                    </Title>
                    {base.description && <Text size="sm">{base.description}</Text>}
                    <Text size="sm">
                      {reentry.enabled
                        ? `Accounts may enter again${reentry.delay ? `, ${reentry.delay.amount} ${reentry.delay.unit} after the ${reentry.from} of the previous entry` : ''}${reentry.limit ? `, at most ${reentry.limit} times` : ''}.`
                        : 'Each account enters once.'}
                    </Text>
                    {counters.data && (
                      <Text size="sm">
                        {counters.data.entered.toLocaleString()} entered · {counters.data.active.toLocaleString()} inside now
                      </Text>
                    )}
                    <Text size="xs" c="dimmed">
                      Click a counter on a node to see its accounts; select a node to see its settings.
                    </Text>
                  </Stack>
                </Paper>
              ) : (
                <Paper withBorder p="sm">
                  <Stack gap="xs">
                    <Title order={2} size="h5">
                      Journey
                    </Title>
                    <TextInput label="Name" required value={edit.name} readOnly={readOnly} maxLength={255} onChange={(e) => setEdit({ ...edit, name: e.currentTarget.value })} />
                    <Textarea label="Description" value={edit.description} readOnly={readOnly} autosize minRows={1} onChange={(e) => setEdit({ ...edit, description: e.currentTarget.value })} />
                    <Checkbox label="Accounts may enter again" checked={reentry.enabled} disabled={readOnly} onChange={(e) => setReentry({ enabled: e.currentTarget.checked })} />
                    {reentry.enabled && (
                      <>
                        <DurationField label="Re-entry delay" value={reentry.delay ?? { amount: 30, unit: 'days' }} readOnly={readOnly} onChange={(d) => setReentry({ delay: d })} />
                        <Select label="Delay counts from" data={[{ value: 'end', label: 'the end of the previous entry' }, { value: 'start', label: 'the start of the previous entry' }]} value={reentry.from} readOnly={readOnly} allowDeselect={false} onChange={(v) => v && setReentry({ from: v as 'end' | 'start' })} />
                        <NumberInput label="At most this many entries (optional)" min={1} max={1000} value={reentry.limit ?? ''} readOnly={readOnly} onChange={(v) => setReentry({ limit: typeof v === 'number' ? v : undefined })} />
                      </>
                    )}
                    <Text size="xs" c="dimmed">
                      Select a node on the canvas to edit it.
                    </Text>
                  </Stack>
                </Paper>
              )}
              {draft && (
                <Paper withBorder p="sm" data-testid="problems">
                  <Stack gap={6}>
                    <Title order={2} size="h5">
                      {allMessages.length ? `Problems (${allMessages.length})` : 'Problems'}
                    </Title>
                    {allMessages.length === 0 ? (
                      <Text size="sm" c="dimmed" data-testid="no-problems">
                        {problems.isFetching ? 'Checking…' : dirty ? 'None as of the last save.' : 'None: the journey can be published.'}
                      </Text>
                    ) : (
                      allMessages.map((m, i) => (
                        <Text key={i} size="sm" data-testid="problem" data-node-id={m.nodeId}>
                          {m.nodeId ? (
                            <Anchor component="button" type="button" size="sm" onClick={() => setSelected(m.nodeId)}>
                              {title(nodes.find((n) => n.id === m.nodeId) ?? ({ id: m.nodeId, kind: 'merge', next: null } as JNode))}
                            </Anchor>
                          ) : (
                            <Text span size="sm" fw={500}>
                              Journey
                            </Text>
                          )}
                          : {m.message}
                        </Text>
                      ))
                    )}
                  </Stack>
                </Paper>
              )}
            </Stack>
          </ScrollArea.Autosize>
        </Grid.Col>
      </Grid>

      {publishing && <PublishModal journey={base} messages={journeyMessages} busy={publish.isPending} onClose={() => setPublishing(false)} onPublish={(d) => publish.mutate(d)} />}
      {drill && (
        <NodeAccountsDrawer
          journeyId={base.id}
          nodeId={drill.nodeId}
          filter={drill.filter}
          nodeTitle={title(nodes.find((n) => n.id === drill.nodeId) ?? ({ id: drill.nodeId, kind: 'merge', next: null } as JNode))}
          onClose={() => setDrill(null)}
        />
      )}
    </Stack>
  );
}

function PublishModal({ journey, messages, busy, onClose, onPublish }: { journey: Journey; messages: NodeMessage[]; busy: boolean; onClose: () => void; onPublish: (d: { startAt: string | null; endAt: string | null }) => void }) {
  const [start, setStart] = useState(toLocalInput(journey.startAt));
  const [end, setEnd] = useState(toLocalInput(journey.endAt));
  return (
    <Modal opened onClose={onClose} title={`Publish “${journey.name}”`}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onPublish({ startAt: fromLocalInput(start), endAt: fromLocalInput(end) });
        }}
      >
        <Stack>
          <Text size="sm">Accounts of the entry list start to enter at the start date (now when empty). After publishing only the end date can change.</Text>
          <TextInput label="Start (optional)" type="datetime-local" value={start} onChange={(e) => setStart(e.currentTarget.value)} error={messages.find((m) => m.field === '/startAt')?.message} />
          <TextInput label="End" description="At most 3 years after the start" type="datetime-local" required value={end} onChange={(e) => setEnd(e.currentTarget.value)} error={messages.find((m) => m.field === '/endAt')?.message} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy} leftSection={<IconRocket size={16} aria-hidden />}>
              Publish
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
