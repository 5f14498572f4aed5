/**
 * Weighting models (SPEC §5): how much each activity type counts towards engagement, with the
 * model's own bands, window, daily cap and K. At most one is active (none: the SPEC default);
 * activating one, or changing the active one, recomputes every engagement score. Every write
 * carries If-Match; a 412 says someone else saved first and offers a reload.
 */
import { useState, type ReactNode } from 'react';
import { ActionIcon, Badge, Button, Card, Code, Group, Modal, NumberInput, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client.ts';
import { useCan } from '../../auth/session.tsx';
import { fieldError, ifMatch, isConflict, SaveError, notify, refusal } from '../../lib/config-writes.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/States.tsx';
import { RelativeTime } from '../../components/RelativeTime.tsx';
import { ACTIVITY_TYPES_KEY } from './ActivityTypes.tsx';
import { DeleteButton } from '../../components/DeleteButton.tsx';

type Model = Schemas['WeightingModel'];
type ActivityType = Schemas['ActivityType'];

/** The SPEC §5 default model: what scores use while no model is active, and what a new model starts from. */
export const DEFAULT_MODEL = {
  weights: { event_attended: 60, event_registered: 60, interesting_moment: 60, form_filled: 40, page_viewed: 40, link_clicked: 40, email_clicked: 30, email_opened: 30 } as Record<string, number>,
  bands: { no_weight: 0, trivial: 20, minor: 40, normal: 60, important: 80, vital: 100 } as Record<string, number>,
  windowDays: 30,
  dailyCap: 20,
  k: 20,
};

const MODELS_KEY = ['weighting-models'] as const;

interface BandRow {
  uid: string;
  name: string;
  value: number | string;
}
interface Form {
  name: string;
  windowDays: number | string;
  dailyCap: number | string;
  k: number | string;
  bands: BandRow[];
  /** Activity type → a number, or the name of one of the bands (kept while the value is untouched). */
  weights: Record<string, number | string>;
}

let seq = 0;
const bandRows = (b: Record<string, number>): BandRow[] => Object.entries(b).sort(([, x], [, y]) => x - y).map(([name, value]) => ({ uid: `b${++seq}`, name, value }));

function formOf(m: Model | null): Form {
  if (!m) return { name: '', windowDays: DEFAULT_MODEL.windowDays, dailyCap: DEFAULT_MODEL.dailyCap, k: DEFAULT_MODEL.k, bands: bandRows(DEFAULT_MODEL.bands), weights: { ...DEFAULT_MODEL.weights } };
  return { name: m.name, windowDays: m.windowDays, dailyCap: m.dailyCap, k: m.k, bands: bandRows(m.bands), weights: { ...m.weightsAsGiven } };
}

const num = (v: number | string) => (typeof v === 'number' ? v : v.trim() === '' ? undefined : Number(v));

function bodyOf(f: Form) {
  const weights: Record<string, number | string> = {};
  for (const [type, w] of Object.entries(f.weights)) if (w !== '') weights[type] = w;
  return {
    name: f.name,
    windowDays: num(f.windowDays) as number,
    dailyCap: num(f.dailyCap) as number,
    k: num(f.k) as number,
    bands: Object.fromEntries(f.bands.map((b) => [b.name, num(b.value) as number])),
    weights,
  };
}

function ModelModal({ editing, types, onClose }: { editing: Model | 'new'; types: ActivityType[]; onClose: () => void }) {
  const queryClient = useQueryClient();
  const existing = editing === 'new' ? null : editing;
  const [form, setForm] = useState<Form>(() => formOf(existing));
  const reload = () => void queryClient.invalidateQueries({ queryKey: MODELS_KEY });
  const save = useMutation({
    mutationFn: async () => {
      const body = bodyOf(form);
      if (!existing) return unwrap(api.POST('/api/v1/weighting-models', { body }));
      return unwrap(api.PATCH('/api/v1/weighting-models/{id}', { params: { path: { id: existing.id }, header: ifMatch(existing.version) }, body }));
    },
    onSuccess: (m) => {
      notify({ color: 'teal', message: m.active ? `Saved “${m.name}”; engagement scores follow it` : `Saved “${m.name}”` });
      reload();
      onClose();
    },
  });
  const err = (path: string) => fieldError(save.error, path);
  const bandValue = (name: string) => num(form.bands.find((b) => b.name === name)?.value ?? '');
  const shownField = (f: string) => ['/name', '/windowDays', '/dailyCap', '/k'].includes(f) || f.startsWith('/weights/') || f.startsWith('/bands/');

  const setBand = (i: number, next: BandRow) =>
    setForm((f) => {
      const before = f.bands[i];
      const weights = { ...f.weights };
      // Weights naming a renamed band follow it.
      if (before && before.name !== next.name) for (const [t, w] of Object.entries(weights)) if (w === before.name) weights[t] = next.name;
      return { ...f, bands: f.bands.map((b, j) => (j === i ? next : b)), weights };
    });
  const removeBand = (i: number) =>
    setForm((f) => {
      const gone = f.bands[i];
      const weights = { ...f.weights };
      // Weights naming a removed band keep its value as a number.
      if (gone) for (const [t, w] of Object.entries(weights)) if (w === gone.name) weights[t] = num(gone.value) ?? 0;
      return { ...f, bands: f.bands.filter((_, j) => j !== i), weights };
    });

  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': 'Close' }} title={existing ? `Edit weighting model “${existing.name}”` : 'New weighting model'} size="xl">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Stack>
          <SaveError error={save.error} shown={shownField} onReload={() => (reload(), onClose())} />
          {existing?.active && (
            <Text size="sm" c="dimmed">
              This model is active: saving a change to its weights, window, cap or K recomputes every engagement score.
            </Text>
          )}
          <TextInput label="Name" required value={form.name} onChange={(e) => setForm({ ...form, name: e.currentTarget.value })} error={err('/name')} maxLength={255} data-autofocus />
          <SimpleGrid cols={3}>
            <NumberInput label="Window (days)" description="Days of activity that count" min={1} allowDecimal={false} value={form.windowDays} onChange={(v) => setForm({ ...form, windowDays: v })} error={err('/windowDays')} />
            <NumberInput label="Daily cap" description="Most activities counted per person, type and day" min={1} allowDecimal={false} value={form.dailyCap} onChange={(v) => setForm({ ...form, dailyCap: v })} error={err('/dailyCap')} />
            <NumberInput label="K" description="Score = 100 × (1 − e^(−raw / K))" min={0} value={form.k} onChange={(v) => setForm({ ...form, k: v })} error={err('/k')} />
          </SimpleGrid>

          <Title order={3} size="h5">
            Bands
          </Title>
          <Text size="sm" c="dimmed" mt={-10}>
            Named weights an activity type can use; a weight naming a band follows its value.
          </Text>
          <SimpleGrid cols={2} spacing="xs" verticalSpacing={6}>
            {form.bands.map((b, i) => (
              <Group key={b.uid} gap="xs" align="flex-start" data-testid="band-row">
                <TextInput aria-label={`Band ${i + 1} name`} w={200} value={b.name} onChange={(e) => setBand(i, { ...b, name: e.currentTarget.value })} error={err(`/bands/${b.name}`)} maxLength={32} />
                <NumberInput aria-label={`Band ${b.name || i + 1} value`} w={120} min={0} max={100} value={b.value} onChange={(v) => setBand(i, { ...b, value: v })} />
                <Tooltip label="Remove band">
                  <ActionIcon variant="subtle" color="gray" mt={4} aria-label={`Remove band ${b.name || i + 1}`} onClick={() => removeBand(i)}>
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Tooltip>
              </Group>
            ))}
          </SimpleGrid>
          <Group>
            <Button size="xs" variant="default" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setForm((f) => ({ ...f, bands: [...f.bands, { uid: `b${++seq}`, name: '', value: 50 }] }))}>
              Add band
            </Button>
          </Group>

          <Title order={3} size="h5">
            Activity type weights
          </Title>
          <Text size="sm" c="dimmed" mt={-10}>
            0–100 each; an empty weight counts 0.
          </Text>
          <Table verticalSpacing={4} aria-label="Activity type weights">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Activity type</Table.Th>
                <Table.Th>Default</Table.Th>
                <Table.Th>Weight</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {types.map((t) => {
                const given = form.weights[t.key] ?? '';
                const isBand = typeof given === 'string' && given !== '';
                const shown = isBand ? (bandValue(given) ?? '') : given;
                return (
                  <Table.Tr key={t.key} data-testid="weight-row" data-type={t.key}>
                    <Table.Td>
                      <Text size="sm">{t.label}</Text>
                      <Code>{t.key}</Code>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c="dimmed">
                        {DEFAULT_MODEL.weights[t.key] ?? 0}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap="sm" wrap="nowrap" align="flex-start">
                        <NumberInput
                          aria-label={`Weight of ${t.label}`}
                          w={140}
                          min={0}
                          max={100}
                          placeholder="0"
                          value={shown}
                          onChange={(v) => setForm((f) => ({ ...f, weights: { ...f.weights, [t.key]: v } }))}
                          error={err(`/weights/${t.key}`)}
                        />
                        {isBand && (
                          <Text size="sm" c="dimmed" mt={6}>
                            band “{given}”
                          </Text>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
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

export function WeightingModelsPage() {
  const canEdit = useCan('editor');
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<Model | 'new' | null>(null);
  const models = useQuery({ queryKey: MODELS_KEY, queryFn: () => unwrap(api.GET('/api/v1/weighting-models', { params: { query: { limit: 500 } } })) });
  const active = useQuery({ queryKey: [...MODELS_KEY, 'active'], queryFn: () => unwrap(api.GET('/api/v1/weighting-models/active')) });
  const types = useQuery({ queryKey: ACTIVITY_TYPES_KEY, queryFn: () => unwrap(api.GET('/api/v1/activity-types')) });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: MODELS_KEY });
  const activate = useMutation({
    mutationFn: (m: Model) => unwrap(api.POST('/api/v1/weighting-models/{id}/activate', { params: { path: { id: m.id }, header: ifMatch(m.version) } })),
    onSuccess: ({ model, recompute }) =>
      notify({
        color: 'teal',
        title: `“${model.name}” is active`,
        message: recompute ? `Recomputed ${recompute.people} people (${recompute.peopleChanged} changed) and ${recompute.groups} buying groups (${recompute.groupsChanged} changed).` : 'Scores did not change.',
      }),
    onError: (e) => notify({ color: 'red', title: isConflict(e) ? 'Someone else changed it first; reloaded' : 'Not activated', message: refusal(e) }),
    onSettled: refresh,
  });
  const remove = useMutation({
    mutationFn: (m: Model) => unwrap(api.DELETE('/api/v1/weighting-models/{id}', { params: { path: { id: m.id }, header: ifMatch(m.version) } })),
    onSuccess: () => notify({ color: 'teal', message: 'Weighting model deleted' }),
    onError: (e) => notify({ color: 'red', title: isConflict(e) ? 'Someone else changed it first; reloaded' : 'Not deleted', message: refusal(e) }),
    onSettled: refresh,
  });

  const error = models.error ?? types.error ?? active.error;
  const page = (body: ReactNode) => (
    <Stack gap="sm">
      <Title order={1} size="h2">
        Weighting models
      </Title>
      {body}
    </Stack>
  );
  if (error) return page(<ErrorState error={error} onRetry={() => void Promise.all([models.refetch(), types.refetch(), active.refetch()])} />);
  if (!models.data || !types.data || !active.data) return page(<LoadingState />);
  const rows = models.data.data;
  const a = active.data;

  return page(
    <>
      <Card withBorder padding="sm" data-testid="active-model">
        <Group justify="space-between">
          <div>
            <Text size="sm" c="dimmed">
              Engagement scores use
            </Text>
            <Text fw={600}>{a.isDefault ? 'The default model (no model is active)' : a.name}</Text>
          </div>
          <Text size="sm" c="dimmed">
            Window {a.windowDays} days · cap {a.dailyCap} a day · K {a.k}
          </Text>
        </Group>
      </Card>
      {canEdit && (
        <Group>
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
            New weighting model
          </Button>
        </Group>
      )}
      {rows.length === 0 ? (
        <EmptyState title="No weighting models yet">Scores use the default weights until a model is created and activated.</EmptyState>
      ) : (
        <Paper withBorder>
          <Table striped verticalSpacing="xs" aria-label="Weighting models">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Weighted types</Table.Th>
                <Table.Th>Window</Table.Th>
                <Table.Th>Daily cap</Table.Th>
                <Table.Th>K</Table.Th>
                <Table.Th>Updated</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((m) => (
                <Table.Tr key={m.id} data-testid="weighting-row" data-active={m.active}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {m.name}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {m.active ? (
                      <Badge variant="dot" color="teal">
                        Active
                      </Badge>
                    ) : (
                      <Text size="sm" c="dimmed">
                        Inactive
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{Object.values(m.weights).filter((w) => w > 0).length}</Table.Td>
                  <Table.Td>{m.windowDays} days</Table.Td>
                  <Table.Td>{m.dailyCap}</Table.Td>
                  <Table.Td>{m.k}</Table.Td>
                  <Table.Td>
                    <RelativeTime iso={m.updatedAt} />
                  </Table.Td>
                  <Table.Td>
                    {canEdit && (
                      <Group gap="xs" wrap="nowrap" justify="flex-end">
                        <Button size="compact-xs" variant="default" aria-label={`Edit ${m.name}`} onClick={() => setEditing(m)}>
                          Edit
                        </Button>
                        {!m.active && (
                          <Button
                            size="compact-xs"
                            variant="default"
                            aria-label={`Activate ${m.name}`}
                            onClick={() =>
                              modals.openConfirmModal({
                                title: `Activate “${m.name}”?`,
                                children: <Text size="sm">Engagement scores of every person and buying group will be recomputed with this model now, and follow it from then on.</Text>,
                                labels: { confirm: 'Activate and recompute', cancel: 'Cancel' },
                                onConfirm: () => activate.mutate(m),
                              })
                            }
                          >
                            Activate
                          </Button>
                        )}
                        {!m.active && (
                          <DeleteButton name={m.name} title={`Delete weighting model “${m.name}”?`} onConfirm={() => remove.mutate(m)}>
                            It is not active, so no score changes.
                          </DeleteButton>
                        )}
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {editing != null && <ModelModal key={editing === 'new' ? 'new' : editing.id} editing={editing} types={types.data.data} onClose={() => setEditing(null)} />}
    </>,
  );
}
