/**
 * Learned member suggestions (issue 10), the pieces the group page, the Suggestions page and the
 * solution interest page share: the table of suggestions with confirm/dismiss (one and in bulk),
 * the model's status, and starting and following a train/run job.
 */
import { useEffect, useState } from 'react';
import { Alert, Anchor, Badge, Button, Checkbox, Group, Paper, Progress, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, ApiError, unwrap, type Schemas } from '../../../api/client.ts';
import { errorMessage } from '../../../components/States.tsx';
import { notify, READABLE_TITLE } from '../../../lib/config-writes.tsx';
import type { Lookups } from '../../../lib/lookups.ts';
import { JOB_STATUS_COLOR } from '../Jobs.tsx';

export type Suggestion = Schemas['MemberSuggestion'];
export type SuggestionJob = Schemas['SuggestionsJob'];
export type Decision = 'confirm' | 'dismiss';
type Ref = { buyingGroupId: string; personId: string };

/** A suggestion's identity: at most one pending suggestion per person and group. */
export const suggestionKey = (s: Ref): string => `${s.buyingGroupId}|${s.personId}`;

export function personName(p: { firstName: string | null; lastName: string | null; email: string }): string {
  return [p.firstName, p.lastName].filter(Boolean).join(' ') || p.email;
}

export const percent = (p: number): string => `${Math.round(p * 100)}%`;

/** A reason as the API words it, with its weight in the log-odds: "title contains 'engineer' (+1.8)". */
export function reasonWords(r: { text: string; weight: number }): string {
  return `${r.text} (${r.weight >= 0 ? '+' : ''}${r.weight.toFixed(1)})`;
}

/** Every query a decision or a job can change: suggestion lists, group pages (members, scores), models. */
function invalidateAll(queryClient: ReturnType<typeof useQueryClient>): void {
  void queryClient.invalidateQueries({ queryKey: ['suggestions'] });
  void queryClient.invalidateQueries({ queryKey: ['buying-group'] });
  void queryClient.invalidateQueries({ queryKey: ['buying-groups'] });
  void queryClient.invalidateQueries({ queryKey: ['suggestion-model'] });
}

// ---------------------------------------------------------------- the model

type ModelResponse = Awaited<ReturnType<typeof fetchModel>>;
export type SuggestionModel = NonNullable<ModelResponse>;

async function fetchModel(id: string) {
  try {
    return await unwrap(api.GET('/api/v1/solution-interests/{id}/suggestion-model', { params: { path: { id } } }));
  } catch (e) {
    // 404 is the API's answer for "no model trained yet", a state of its own, not an error.
    if (e instanceof ApiError && e.status === 404 && e.problem.code === 'not_found') return null;
    throw e;
  }
}

/** The solution interest's trained model; null when none is trained yet. */
export function useSuggestionModel(solutionInterestId: string) {
  return useQuery({ queryKey: ['suggestion-model', solutionInterestId], queryFn: () => fetchModel(solutionInterestId), staleTime: 10_000, enabled: solutionInterestId !== '' });
}

// ---------------------------------------------------------------- jobs

export interface JobRequest {
  train: boolean;
  run: boolean;
  includeRuleMembers?: boolean;
  /** 0..1; the API's default (0.6) when absent. */
  threshold?: number;
}

const FINISHED: SuggestionJob['status'][] = ['succeeded', 'failed', 'cancelled'];

/**
 * Starts a train and/or run job for a solution interest and follows it until it ends; when it
 * ends, every list it may have changed is fetched again.
 */
export function useSuggestionJob(solutionInterestId: string) {
  const queryClient = useQueryClient();
  const [jobId, setJobId] = useState<string | null>(null);
  const start = useMutation({
    mutationFn: (r: JobRequest) => {
      const threshold = r.threshold === undefined ? {} : { threshold: r.threshold };
      const path = { params: { path: { id: solutionInterestId } } };
      return r.train
        ? unwrap(api.POST('/api/v1/solution-interests/{id}/suggestions/train', { ...path, body: { run: r.run, ...threshold, ...(r.includeRuleMembers ? { options: { includeRuleMembers: true } } : {}) } }))
        : unwrap(api.POST('/api/v1/solution-interests/{id}/suggestions/run', { ...path, body: threshold }));
    },
    onSuccess: (j) => setJobId(j.id),
  });
  const job = useQuery({
    enabled: jobId != null,
    queryKey: ['suggestion-job', jobId],
    queryFn: () => unwrap(api.GET('/api/v1/suggestion-jobs/{id}', { params: { path: { id: jobId ?? '' } } })),
    refetchInterval: (q) => (q.state.data && FINISHED.includes(q.state.data.status) ? false : 800),
  });
  const status = job.data?.status;
  const finished = status != null && FINISHED.includes(status);
  useEffect(() => {
    if (finished) invalidateAll(queryClient);
  }, [finished, jobId, queryClient]);
  const running = start.isPending || (jobId != null && !finished);
  return { start, job: job.data, jobError: job.error, running };
}

/** A job's status, progress and counts, and its error in its own words. */
export function JobPanel({ job, error }: { job: SuggestionJob | undefined; error?: unknown }) {
  if (error) return <ErrorAlert title="The job's progress could not be read" error={error} />;
  if (!job) return null;
  const pct = job.progress.total ? (100 * job.progress.done) / job.progress.total : job.status === 'succeeded' ? 100 : 0;
  const what = job.train && job.run ? 'Training and proposing' : job.train ? 'Training' : 'Proposing members';
  const c = job.counts;
  return (
    <Paper withBorder p="sm" role="region" aria-label="Suggestions job">
      <Stack gap={6}>
        <Group justify="space-between">
          <Text size="sm" fw={600}>
            {what}
          </Text>
          <Badge color={JOB_STATUS_COLOR[job.status]} variant="dot" data-testid="suggestion-job-status">
            {job.status}
          </Badge>
        </Group>
        <Group gap="xs" wrap="nowrap">
          <Progress value={pct} animated={!FINISHED.includes(job.status)} style={{ flex: 1 }} aria-label={`Job progress ${Math.round(pct)}%`} />
          <Text size="xs">
            {job.progress.done}/{job.progress.total} groups
          </Text>
        </Group>
        <Text size="xs" c="dimmed" data-testid="suggestion-job-counts">
          {[
            job.train ? `${c.examples.toLocaleString()} examples from ${c.groupsTrained} groups with confirmed members` : null,
            job.train && c.trainMs != null ? `trained in ${(c.trainMs / 1000).toFixed(1)} s` : null,
            job.run ? `${c.suggestionsProposed.toLocaleString()} suggestions proposed` : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {job.error && (
          <Alert color="red" variant="light" title="The job failed" styles={READABLE_TITLE}>
            <Text size="sm">{job.error}</Text>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

/** An API refusal next to the action that got it: the problem's detail and its field messages. */
export function ErrorAlert({ title, error }: { title: string; error: unknown }) {
  if (!error) return null;
  return (
    <Alert color="red" variant="light" title={title} styles={READABLE_TITLE} role="alert">
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {errorMessage(error)}
      </Text>
    </Alert>
  );
}

// ---------------------------------------------------------------- decisions

/** Confirm or dismiss suggestions (one or many, all or nothing), then refresh what they change. */
export function useDecide(onDone?: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ decision, items }: { decision: Decision; items: Ref[] }) => {
      // Only the references: the API's body is strict (a whole suggestion would be refused).
      const body = { items: items.map((s) => ({ buyingGroupId: s.buyingGroupId, personId: s.personId })) };
      return unwrap(decision === 'confirm' ? api.POST('/api/v1/suggestions/confirm', { body }) : api.POST('/api/v1/suggestions/dismiss', { body }));
    },
    onSuccess: (r) => {
      notify({
        color: 'teal',
        message: r.confirmed
          ? r.confirmed === 1
            ? '1 suggestion confirmed: now a manual member'
            : `${r.confirmed} suggestions confirmed: now manual members`
          : `${r.dismissed} ${r.dismissed === 1 ? 'suggestion' : 'suggestions'} dismissed: not proposed again for that role`,
      });
      onDone?.();
      invalidateAll(queryClient);
    },
  });
}

/** Bulk confirm / dismiss of the selection; dismissing asks first (a dismissal is remembered). */
export function BulkBar({ count, busy, onDecide, onClear }: { count: number; busy: boolean; onDecide: (d: Decision) => void; onClear: () => void }) {
  if (count === 0) return null;
  const n = `${count} ${count === 1 ? 'suggestion' : 'suggestions'}`;
  return (
    <Paper withBorder p="xs" bg="var(--mantine-color-indigo-light)">
      <Group gap="sm">
        <Text size="sm" fw={500}>
          {count} selected
        </Text>
        <Button size="xs" leftSection={<IconCheck size={14} aria-hidden />} loading={busy} onClick={() => onDecide('confirm')}>
          Confirm selected
        </Button>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconX size={14} aria-hidden />}
          loading={busy}
          onClick={() =>
            modals.openConfirmModal({
              title: `Dismiss ${n}?`,
              children: <Text size="sm">A dismissal is remembered: the model will not propose these people for these roles in these groups again, and learns from it.</Text>,
              labels: { confirm: 'Dismiss', cancel: 'Cancel' },
              confirmProps: { color: 'red' },
              onConfirm: () => onDecide('dismiss'),
            })
          }
        >
          Dismiss selected
        </Button>
        <Button size="xs" variant="subtle" onClick={onClear}>
          Clear selection
        </Button>
      </Group>
    </Paper>
  );
}

/**
 * Suggestions as a table: person, title, role, probability, the top reasons in words, and (for
 * editors) a checkbox and Confirm / Dismiss per row. `showGroup` adds the group and its account.
 */
export function SuggestionsTable(props: {
  rows: Suggestion[];
  lookups: Lookups;
  canEdit: boolean;
  showGroup?: boolean;
  selected: string[];
  onSelect: (keys: string[]) => void;
  onDecide: (d: Decision, items: Ref[]) => void;
  /** The row a single decision is being sent for (its buttons spin). */
  busyKey?: string | null;
  label: string;
}) {
  const { rows, lookups, canEdit, selected, onSelect } = props;
  const keys = rows.map(suggestionKey);
  const chosen = new Set(selected);
  const all = keys.length > 0 && keys.every((k) => chosen.has(k));
  return (
    <Paper withBorder style={{ overflowX: 'auto' }}>
      <Table striped verticalSpacing="xs" aria-label={props.label}>
        <Table.Thead>
          <Table.Tr>
            {canEdit && (
              <Table.Th w={40}>
                <Checkbox
                  aria-label="Select all suggestions"
                  checked={all}
                  indeterminate={!all && keys.some((k) => chosen.has(k))}
                  onChange={(e) => onSelect(e.currentTarget.checked ? keys : [])}
                />
              </Table.Th>
            )}
            <Table.Th>Person</Table.Th>
            <Table.Th>Title</Table.Th>
            <Table.Th>Suggested role</Table.Th>
            <Table.Th>Probability</Table.Th>
            <Table.Th>Why</Table.Th>
            {props.showGroup && <Table.Th>Buying group</Table.Th>}
            {canEdit && (
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((s) => {
            const key = suggestionKey(s);
            const name = personName(s.person);
            const role = lookups.role(s.roleId)?.name ?? s.roleId;
            const busy = props.busyKey === key;
            return (
              <Table.Tr key={key} data-testid="suggestion-row">
                {canEdit && (
                  <Table.Td>
                    <Checkbox aria-label={`Select ${name}`} checked={chosen.has(key)} onChange={(e) => onSelect(e.currentTarget.checked ? [...selected, key] : selected.filter((x) => x !== key))} />
                  </Table.Td>
                )}
                <Table.Td miw={190} maw={230}>
                  <Anchor component={Link} to={`/people/${s.personId}`} size="sm" fw={500}>
                    {name}
                  </Anchor>
                  <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {s.person.email}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{s.person.jobTitle ?? '—'}</Text>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" style={{ textTransform: 'none', minWidth: 'max-content' }}>
                    {role}
                  </Badge>
                </Table.Td>
                <Table.Td miw={110}>
                  <Text size="sm" fw={600}>
                    {percent(s.probability)}
                  </Text>
                  <Progress value={s.probability * 100} size="xs" w={80} color={s.probability >= 0.8 ? 'teal' : 'yellow'} aria-label={`Probability ${percent(s.probability)}`} />
                </Table.Td>
                {/* Reasons read as lines: the table must not squeeze them into a word a line. */}
                <Table.Td miw={250} maw={400}>
                  <Reasons reasons={s.reasons} />
                </Table.Td>
                {props.showGroup && (
                  <Table.Td miw={180}>
                    <Anchor component={Link} to={`/buying-groups/${s.buyingGroupId}?tab=suggestions`} size="sm">
                      {s.buyingGroupName}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {lookups.solutionInterest(s.solutionInterestId)?.name ?? s.solutionInterestId}
                    </Text>
                  </Table.Td>
                )}
                {canEdit && (
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Button size="compact-xs" loading={busy} onClick={() => props.onDecide('confirm', [s])} aria-label={`Confirm ${name} as ${role}`}>
                        Confirm
                      </Button>
                      <Button size="compact-xs" variant="default" loading={busy} onClick={() => props.onDecide('dismiss', [s])} aria-label={`Dismiss ${name} as ${role}`}>
                        Dismiss
                      </Button>
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

/** The top three reasons, one per line, each with its weight. */
function Reasons({ reasons }: { reasons: Suggestion['reasons'] }) {
  if (reasons.length === 0) return <Text size="xs">—</Text>;
  return (
    <Stack gap={0} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid="suggestion-reasons">
      {reasons.slice(0, 3).map((r) => (
        <Text key={r.feature} size="xs" component="li">
          {reasonWords(r)}
        </Text>
      ))}
    </Stack>
  );
}
