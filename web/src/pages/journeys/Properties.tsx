/**
 * The properties panel of the selected node: its label, what its kind needs (the account list of
 * the entry; a split's paths with their conditions in the condition builder the roles templates
 * use; a wait's duration or date and "must end on"; a listen's event, its filters on the previous
 * and new value and its timeout; an action's settings, with the person condition narrowing whom an
 * assign / remove acts on), where each of its slots leads (the keyboard's way to draw edges), its
 * problems, and delete. Every edit replaces the node whole through `onChange`.
 */
import type { ReactNode } from 'react';
import { Alert, Button, Checkbox, Chip, Group, MultiSelect, NumberInput, Paper, SegmentedControl, Select, Stack, TagsInput, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import { useCan } from '../../auth/session.tsx';
import { useAccountLists } from '../../lib/account-lists.ts';
import { useConditionRefs, type ConditionRefs } from '../../components/conditions/data.ts';
import { ScoreTestEditor, StringTestEditor } from '../../components/conditions/operands.tsx';
import type { ScoreOp } from '../../components/conditions/index.ts';
import { ConditionField } from '../buying-groups/templates/ConditionField.tsx';
import { ACTION_LABELS, KIND_LABELS, setSlot, slots, fromLocalInput, toLocalInput, type ActionType, type JNode, type NodeMessage, type Of } from './model.ts';

type Duration = Of<'wait'>['wait'] extends infer W ? (W extends { type: 'duration'; duration: infer D } ? D : never) : never;
type Unit = Duration['unit'];
const UNITS: { value: Unit; label: string }[] = [
  { value: 'minutes', label: 'minutes' },
  { value: 'hours', label: 'hours' },
  { value: 'days', label: 'days' },
  { value: 'weeks', label: 'weeks' },
];
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const EVENT_TYPES = [
  { value: 'memberAssigned', label: 'Member assigned' },
  { value: 'memberRemoved', label: 'Member removed' },
  { value: 'stageChanged', label: 'Stage changed' },
  { value: 'statusChanged', label: 'Status changed' },
  { value: 'completenessChanged', label: 'Completeness changed' },
  { value: 'engagementChanged', label: 'Engagement changed' },
  { value: 'personActivity', label: 'A person activity' },
] as const;

export interface PropertiesProps {
  node: JNode;
  nodes: JNode[];
  messages: NodeMessage[];
  readOnly: boolean;
  onChange: (n: JNode) => void;
  onDelete: () => void;
}

export function DurationField({ label, value, onChange, readOnly }: { label: string; value: Duration; onChange: (d: Duration) => void; readOnly: boolean }) {
  return (
    <Group gap="xs" align="flex-end" grow>
      <NumberInput label={label} min={1} max={100_000} allowDecimal={false} value={value.amount} readOnly={readOnly} onChange={(v) => onChange({ ...value, amount: typeof v === 'number' ? v : Number(v) || 0 })} />
      <Select label={`${label} unit`} data={UNITS} value={value.unit} readOnly={readOnly} allowDeselect={false} onChange={(u) => u && onChange({ ...value, unit: u as Unit })} />
    </Group>
  );
}

/** Messages at `sub` (a pointer inside the node) or below it, with the rest of the pointer. */
const under = (messages: NodeMessage[], sub: string) => messages.filter((m) => m.field === sub || m.field.startsWith(`${sub}/`)).map((m) => ({ path: m.field.slice(sub.length), message: m.message }));

function SplitPaths({ node, readOnly, messages, onChange, nodes }: { node: Of<'accountSplit'> | Of<'peopleSplit'>; readOnly: boolean; messages: NodeMessage[]; onChange: (n: JNode) => void; nodes: JNode[] }) {
  const subject = node.kind === 'accountSplit' ? 'account' : 'person';
  const setPaths = (paths: typeof node.paths) => onChange({ ...node, paths } as JNode);
  return (
    <Stack gap="xs">
      {node.paths.map((p, i) => (
        <Paper key={i} withBorder p="xs" data-testid="split-path">
          <Stack gap={6}>
            <Group justify="space-between" wrap="nowrap">
              <TextInput
                label={`Path ${i + 1} label`}
                placeholder={`Path ${i + 1}`}
                value={p.label ?? ''}
                readOnly={readOnly}
                maxLength={100}
                style={{ flex: 1 }}
                onChange={(e) => setPaths(node.paths.map((x, j) => (j === i ? { ...x, label: e.currentTarget.value || undefined } : x)))}
              />
              {!readOnly && node.paths.length > 1 && (
                <Button variant="subtle" color="red" size="compact-sm" mt={22} aria-label={`Remove path ${i + 1}`} onClick={() => setPaths(node.paths.filter((_, j) => j !== i))}>
                  <IconTrash size={14} aria-hidden />
                </Button>
              )}
            </Group>
            <ConditionField
              key={`${node.id}-${i}`}
              label={`Condition of path ${i + 1}`}
              subject={subject}
              value={p.condition ?? null}
              readOnly={readOnly}
              errors={under(messages, `/paths/${i}/condition`)}
              onChange={(c) => setPaths(node.paths.map((x, j) => (j === i ? { ...x, condition: (c ?? undefined) as typeof x.condition } : x)))}
            />
          </Stack>
        </Paper>
      ))}
      {!readOnly && (
        <Button variant="default" size="xs" leftSection={<IconPlus size={14} aria-hidden />} disabled={node.paths.length >= 25} onClick={() => setPaths([...node.paths, { next: null }])}>
          Add a path
        </Button>
      )}
      <Checkbox
        label={node.kind === 'accountSplit' ? 'Other accounts path (accounts that match no path)' : 'Other people path'}
        checked={!!node.otherPath}
        disabled={readOnly}
        onChange={(e) => onChange({ ...node, otherPath: e.currentTarget.checked ? { next: null } : null } as JNode)}
      />
      {node.kind === 'peopleSplit' && (
        <Select
          label="Closed by merge"
          placeholder="Choose a merge node"
          data={nodes.filter((n) => n.kind === 'merge').map((n) => ({ value: n.id, label: n.label?.trim() ? `${n.label} (${n.id})` : n.id }))}
          value={node.mergeId}
          readOnly={readOnly}
          onChange={(v) => onChange({ ...node, mergeId: v })}
        />
      )}
    </Stack>
  );
}

function WaitFields({ node, readOnly, onChange }: { node: Of<'wait'>; readOnly: boolean; onChange: (n: JNode) => void }) {
  const m = node.mustEndOn;
  return (
    <Stack gap="xs">
      <SegmentedControl
        aria-label="Wait for"
        value={node.wait.type}
        disabled={readOnly}
        data={[
          { value: 'duration', label: 'A duration' },
          { value: 'until', label: 'Until a date' },
        ]}
        onChange={(t) => onChange({ ...node, wait: t === 'duration' ? { type: 'duration', duration: { amount: 1, unit: 'days' } } : { type: 'until', until: new Date(Date.now() + 7 * 86_400_000).toISOString() } })}
      />
      {node.wait.type === 'duration' ? (
        <DurationField label="Wait" value={node.wait.duration} readOnly={readOnly} onChange={(d) => onChange({ ...node, wait: { type: 'duration', duration: d } })} />
      ) : (
        <TextInput label="Until" type="datetime-local" value={toLocalInput(node.wait.until)} readOnly={readOnly} onChange={(e) => onChange({ ...node, wait: { type: 'until', until: fromLocalInput(e.currentTarget.value) ?? (node.wait as { until: string }).until } })} />
      )}
      <Checkbox
        label="Must end on certain days or at a time of day"
        checked={!!m}
        disabled={readOnly}
        onChange={(e) => onChange({ ...node, mustEndOn: e.currentTarget.checked ? { weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'], timeOfDay: '09:00', timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone } : undefined })}
      />
      {m && (
        <Stack gap={6}>
          <Chip.Group multiple value={m.weekdays ?? []} onChange={(v) => onChange({ ...node, mustEndOn: { ...m, weekdays: v.length ? (v as typeof WEEKDAYS[number][]) : undefined } })}>
            <Group gap={4} role="group" aria-label="Allowed weekdays">
              {WEEKDAYS.map((d) => (
                <Chip key={d} value={d} size="xs" disabled={readOnly}>
                  {d}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
          <Group grow>
            <TextInput label="Time of day" type="time" value={m.timeOfDay ?? ''} readOnly={readOnly} onChange={(e) => onChange({ ...node, mustEndOn: { ...m, timeOfDay: e.currentTarget.value || undefined } })} />
            <TextInput label="Time zone" value={m.timeZone} readOnly={readOnly} onChange={(e) => onChange({ ...node, mustEndOn: { ...m, timeZone: e.currentTarget.value } })} />
          </Group>
        </Stack>
      )}
    </Stack>
  );
}

type ListenEvent = Of<'listen'>['event'];
type ValueEvent = Extract<ListenEvent, { type: 'statusChanged' | 'completenessChanged' | 'engagementChanged' }>;
const SIDES = [
  { key: 'previousValue', what: 'previous' },
  { key: 'newValue', what: 'new' },
] as const;
/** The API's type says `number[]` for the range; the schema takes exactly two (a tuple). */
type ScoreTest = { op: ScoreOp; value: number | [number, number] };
const VALUE_NAMES: Record<ValueEvent['type'], string> = { statusChanged: 'status label', completenessChanged: 'completeness score', engagementChanged: 'engagement score' };

/**
 * The filters of a change event on the value before and after it: a status label test (labels are
 * free text) or a score test on 0–100, each optional (absent: any value).
 */
function ValueFilters({ event: e, readOnly, onChange }: { event: ValueEvent; readOnly: boolean; onChange: (e: ValueEvent) => void }) {
  const name = VALUE_NAMES[e.type];
  return (
    <Stack gap={6} role="group" aria-label={`Filters on the ${name}`}>
      {SIDES.map(({ key, what }) => {
        const label = `Only when the ${what} ${name} matches`;
        const test = e[key];
        return (
          <Stack gap={4} key={key} data-testid={`listen-${key}`}>
            <Checkbox
              label={label}
              checked={test !== undefined}
              disabled={readOnly}
              onChange={(ev) => {
                const on = ev.currentTarget.checked;
                if (e.type === 'statusChanged') onChange({ ...e, [key]: on ? { op: 'is_not_empty' } : undefined });
                else onChange({ ...e, [key]: on ? { op: 'gte', value: 50 } : undefined });
              }}
            />
            {e.type === 'statusChanged'
              ? e[key] && <StringTestEditor test={e[key]} readOnly={readOnly} what={`${what} ${name}`} onChange={(t) => onChange({ ...e, [key]: t })} />
              : e[key] && <ScoreTestEditor test={e[key] as ScoreTest} readOnly={readOnly} what={`${what} ${name}`} onChange={(t) => onChange({ ...e, [key]: t })} />}
          </Stack>
        );
      })}
    </Stack>
  );
}

function ListenFields({ node, readOnly, onChange, refs }: { node: Of<'listen'>; readOnly: boolean; onChange: (n: JNode) => void; refs: ConditionRefs }) {
  const e = node.event;
  const si = 'solutionInterestId' in e ? e.solutionInterestId : null;
  const stages = si ? refs.stagesOf(si) : [];
  return (
    <Stack gap="xs">
      <Select
        label="Event"
        data={EVENT_TYPES as unknown as { value: string; label: string }[]}
        value={e.type}
        readOnly={readOnly}
        allowDeselect={false}
        onChange={(t) => {
          if (!t) return;
          const event = t === 'personActivity' ? { type: t, activityTypes: [refs.activityTypes[0]?.value ?? 'page_viewed'] } : { type: t, solutionInterestId: si ?? refs.solutionInterests[0]?.value ?? '' };
          onChange({ ...node, event: event as Of<'listen'>['event'] });
        }}
      />
      {e.type === 'personActivity' ? (
        <MultiSelect label="Activity types" data={refs.activityTypes} value={e.activityTypes} readOnly={readOnly} onChange={(v) => onChange({ ...node, event: { ...e, activityTypes: v } })} />
      ) : (
        <Select
          label="Solution interest"
          data={refs.solutionInterests}
          value={e.solutionInterestId || null}
          readOnly={readOnly}
          allowDeselect={false}
          onChange={(v) => {
            if (!v || v === e.solutionInterestId) return;
            // Stage keys belong to one solution interest's stage model.
            if (e.type === 'stageChanged') {
              const { from: _f, to: _t, ...rest } = e;
              onChange({ ...node, event: { ...rest, solutionInterestId: v } });
            } else onChange({ ...node, event: { ...e, solutionInterestId: v } });
          }}
        />
      )}
      {(e.type === 'memberAssigned' || e.type === 'memberRemoved') && (
        <MultiSelect label="Only these roles (optional)" data={refs.roles} value={e.roleIds ?? []} readOnly={readOnly} onChange={(v) => onChange({ ...node, event: { ...e, roleIds: v.length ? v : undefined } })} />
      )}
      {e.type === 'stageChanged' && (
        <>
          {si && stages.length === 0 && (
            <Text size="xs" c="dimmed">
              This solution interest has no stage model: there are no stages to choose.
            </Text>
          )}
          <MultiSelect label="From these stages (optional)" placeholder={e.from?.length ? undefined : 'Any stage'} data={stages} value={e.from ?? []} readOnly={readOnly} onChange={(v) => onChange({ ...node, event: { ...e, from: v.length ? v : undefined } })} />
          <MultiSelect label="To these stages (optional)" placeholder={e.to?.length ? undefined : 'Any stage'} data={stages} value={e.to ?? []} readOnly={readOnly} onChange={(v) => onChange({ ...node, event: { ...e, to: v.length ? v : undefined } })} />
        </>
      )}
      {(e.type === 'statusChanged' || e.type === 'completenessChanged' || e.type === 'engagementChanged') && <ValueFilters event={e} readOnly={readOnly} onChange={(ev) => onChange({ ...node, event: ev })} />}
      <DurationField label="Timeout" value={node.timeout} readOnly={readOnly} onChange={(d) => onChange({ ...node, timeout: d })} />
      <Checkbox label="Timeout path (where accounts go when the event does not come)" checked={node.timeoutNext !== undefined} disabled={readOnly} onChange={(ev) => onChange({ ...node, timeoutNext: ev.currentTarget.checked ? null : undefined })} />
    </Stack>
  );
}

function ActionFields({ node, readOnly, onChange, refs, messages }: { node: Of<'action'>; readOnly: boolean; onChange: (n: JNode) => void; refs: ConditionRefs; messages: NodeMessage[] }) {
  const isAdmin = useCan('admin');
  const s = (node.settings ?? {}) as Record<string, unknown>;
  const set = (key: string, value: unknown) => {
    const next = { ...s };
    if (value === undefined || value === '' || value === null) delete next[key];
    else next[key] = value;
    onChange({ ...node, settings: Object.keys(next).length ? next : null });
  };
  const str = (k: string) => (typeof s[k] === 'string' ? (s[k] as string) : '');
  const journeys = useQuery({
    queryKey: ['journeys', 'live-options'],
    enabled: node.action === 'addToJourney',
    queryFn: async () => (await unwrap(api.GET('/api/v1/journeys', { params: { query: { status: 'live', limit: 500 } as never } }))).data,
  });
  const destinations = useQuery({ queryKey: ['destinations'], enabled: node.action === 'activate' && isAdmin, queryFn: async () => (await unwrap(api.GET('/api/v1/destinations'))).data });
  const destinationId = str('destinationId');
  const activations = useQuery({
    queryKey: ['activations', destinationId],
    enabled: node.action === 'activate' && isAdmin && destinationId !== '',
    queryFn: async () => (await unwrap(api.GET('/api/v1/activations', { params: { query: { destinationId } } }))).data,
  });
  /** A destination change leaves the activation of the old one behind. */
  const setDestination = (v: string | null) => onChange({ ...node, settings: v ? { destinationId: v } : null });
  const siSelect = <Select label="Solution interest" placeholder="Choose a solution interest" data={refs.solutionInterests} value={str('solutionInterestId') || null} readOnly={readOnly} onChange={(v) => set('solutionInterestId', v)} />;
  // Whom an assign / remove acts on: a people split's path's people, else the account's related people, narrowed by this.
  const where = (
    <Stack gap={2}>
      <ConditionField
        key={`${node.id}-where`}
        label="Only people who match (optional)"
        subject="person"
        value={s['where'] ?? null}
        readOnly={readOnly}
        errors={under(messages, '/settings/where')}
        onChange={(c) => set('where', c ?? undefined)}
      />
      <Text size="xs" c="dimmed">
        After a people split: the people of its path; elsewhere the account&apos;s related people. Without a condition, all of them.
      </Text>
    </Stack>
  );
  const fields: Record<ActionType, ReactNode> = {
    assignToBuyingGroup: (
      <>
        {siSelect}
        <Select label="Role" placeholder="Choose a role" data={refs.roles} value={str('roleId') || null} readOnly={readOnly} onChange={(v) => set('roleId', v)} />
        {where}
      </>
    ),
    removeFromBuyingGroup: (
      <>
        {siSelect}
        {where}
      </>
    ),
    updateStage: (
      <>
        {siSelect}
        <Select label="Stage" placeholder="Choose a stage" data={refs.stagesOf(str('solutionInterestId'))} value={str('stage') || null} readOnly={readOnly} onChange={(v) => set('stage', v)} />
      </>
    ),
    updateStatus: (
      <>
        {siSelect}
        <TextInput label="Status" maxLength={50} value={str('status')} readOnly={readOnly} onChange={(e) => set('status', e.currentTarget.value)} />
      </>
    ),
    salesAlert: (
      <>
        {siSelect}
        <TagsInput
          label="E-mail recipients"
          description="Press Enter after each address"
          value={(s['email'] as { to?: string[] } | undefined)?.to ?? []}
          readOnly={readOnly}
          onChange={(to) => set('email', to.length ? { to } : undefined)}
        />
        <TextInput label="Webhook URL (optional)" value={(s['webhook'] as { url?: string } | undefined)?.url ?? ''} readOnly={readOnly} onChange={(e) => set('webhook', e.currentTarget.value ? { url: e.currentTarget.value } : undefined)} />
      </>
    ),
    addToList: <Select label="Static list" placeholder="Choose a static list" data={refs.staticLists} value={str('listId') || null} readOnly={readOnly} onChange={(v) => set('listId', v)} />,
    removeFromList: <Select label="Static list" placeholder="Choose a static list" data={refs.staticLists} value={str('listId') || null} readOnly={readOnly} onChange={(v) => set('listId', v)} />,
    addToJourney: <Select label="Live journey" placeholder="Choose a Live journey" data={(journeys.data ?? []).map((j) => ({ value: j.id, label: j.name }))} value={str('journeyId') || null} readOnly={readOnly} onChange={(v) => set('journeyId', v)} />,
    activate: isAdmin ? (
      <>
        <Select label="Destination" placeholder="Choose a destination" data={(destinations.data ?? []).map((d) => ({ value: d.id, label: d.name }))} value={destinationId || null} readOnly={readOnly} onChange={setDestination} />
        <Select
          label="Activation"
          description="The account and its buying group's members join this activation's lists; its sync is queued"
          placeholder={destinationId ? 'Choose an activation' : 'Choose a destination first'}
          data={(activations.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
          value={str('activationId') || null}
          readOnly={readOnly}
          disabled={!destinationId}
          onChange={(v) => set('activationId', v)}
        />
      </>
    ) : (
      <>
        <TextInput label="Destination id" description="Admins pick from the list of destinations" value={destinationId} readOnly={readOnly} onChange={(e) => set('destinationId', e.currentTarget.value)} />
        <TextInput label="Activation id" description="Admins pick from the destination's activations" value={str('activationId')} readOnly={readOnly} onChange={(e) => set('activationId', e.currentTarget.value)} />
      </>
    ),
    callHttp: (
      <>
        <TextInput label="URL" placeholder="https://…" value={str('url')} readOnly={readOnly} onChange={(e) => set('url', e.currentTarget.value)} />
        <Group grow>
          <Select label="Method" data={['POST', 'PUT', 'PATCH', 'GET']} value={str('method') || 'POST'} readOnly={readOnly} allowDeselect={false} onChange={(v) => set('method', v)} />
          <NumberInput label="Timeout (ms)" min={100} max={60_000} value={typeof s['timeoutMs'] === 'number' ? (s['timeoutMs'] as number) : ''} readOnly={readOnly} onChange={(v) => set('timeoutMs', typeof v === 'number' ? v : undefined)} />
        </Group>
        <Checkbox label="Error path (where accounts go when the call fails or times out)" checked={node.errorNext !== undefined} disabled={readOnly} onChange={(e) => onChange({ ...node, errorNext: e.currentTarget.checked ? null : undefined })} />
      </>
    ),
  };
  return (
    <Stack gap="xs">
      <Select
        label="Action"
        data={(Object.keys(ACTION_LABELS) as ActionType[]).map((a) => ({ value: a, label: ACTION_LABELS[a] }))}
        value={node.action}
        readOnly={readOnly}
        allowDeselect={false}
        onChange={(a) => {
          if (!a || a === node.action) return;
          const { errorNext: _drop, ...rest } = node;
          // Settings belong to one kind of action; an error path only to HTTP calls.
          onChange({ ...rest, action: a as ActionType, settings: null });
        }}
      />
      {fields[node.action]}
    </Stack>
  );
}

export function NodeProperties({ node, nodes, messages, readOnly, onChange, onDelete }: PropertiesProps) {
  const refs = useConditionRefs();
  const lists = useAccountLists();
  const others = nodes.filter((n) => n.id !== node.id && n.kind !== 'entry').map((n) => ({ value: n.id, label: n.label?.trim() ? `${n.label} (${n.id})` : n.id }));
  let body: ReactNode = null;
  switch (node.kind) {
    case 'entry':
      body = (
        <Select
          label="Account list"
          description="Its accounts enter; accounts joining it later enter while the journey is Live"
          placeholder="Choose an account list"
          data={(lists.data ?? []).map((l) => ({ value: l.id, label: `${l.name} (${l.kind})` }))}
          value={node.listId}
          readOnly={readOnly}
          searchable
          onChange={(v) => onChange({ ...node, listId: v })}
        />
      );
      break;
    case 'accountSplit':
    case 'peopleSplit':
      body = <SplitPaths node={node} nodes={nodes} readOnly={readOnly} messages={messages} onChange={onChange} />;
      break;
    case 'merge':
      body = (
        <Text size="sm" c="dimmed">
          Joins the paths of a people split again.
        </Text>
      );
      break;
    case 'wait':
      body = <WaitFields node={node} readOnly={readOnly} onChange={onChange} />;
      break;
    case 'listen':
      body = <ListenFields node={node} readOnly={readOnly} onChange={onChange} refs={refs} />;
      break;
    case 'action':
      body = <ActionFields node={node} readOnly={readOnly} onChange={onChange} refs={refs} messages={messages} />;
      break;
  }
  // Shown by the path's condition field instead.
  const conditionShown = (m: NodeMessage) => /^\/paths\/\d+\/condition(\/|$)/.test(m.field) || /^\/settings\/where(\/|$)/.test(m.field);
  return (
    <Stack gap="sm" data-testid="node-properties" data-node-id={node.id}>
      <Group justify="space-between">
        <Title order={2} size="h5">
          {KIND_LABELS[node.kind]} <Text span c="dimmed" size="sm">({node.id})</Text>
        </Title>
        {!readOnly && (
          <Button variant="subtle" color="red" size="xs" leftSection={<IconTrash size={14} aria-hidden />} onClick={onDelete}>
            Delete node
          </Button>
        )}
      </Group>
      {messages.filter((m) => !conditionShown(m)).length > 0 && (
        <Alert color="red" variant="light" data-testid="node-messages" p="xs">
          {messages
            .filter((m) => !conditionShown(m))
            .map((m, i) => (
              <Text size="sm" key={i}>
                {m.message}
              </Text>
            ))}
        </Alert>
      )}
      <TextInput label="Label" value={node.label ?? ''} maxLength={100} readOnly={readOnly} onChange={(e) => onChange({ ...node, label: e.currentTarget.value || undefined } as JNode)} />
      {body}
      {slots(node).length > 0 && (
        <Stack gap={6}>
          <Text size="sm" fw={500}>
            Leads to
          </Text>
          {slots(node).map((s) => (
            <Select
              key={s.handle}
              label={`${s.label} leads to`}
              placeholder="The path ends here"
              data={others}
              value={s.target}
              readOnly={readOnly}
              clearable
              onChange={(v) => onChange(setSlot(node, s.handle, v))}
            />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
