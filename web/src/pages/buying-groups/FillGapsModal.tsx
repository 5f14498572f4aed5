/**
 * "Fill gaps" from Browse (issue 11): pick the solution interest and a credit budget, preview the
 * ZoomInfo searches derived from the missing roles and what they could cost (a dry run: nothing
 * is called or spent), confirm, follow the job's progress, then read what happened to each contact.
 */
import { Alert, Badge, Button, Group, List, Modal, NumberInput, Progress, Select, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client.ts';
import type { Lookups } from '../../lib/lookups.ts';
import { bodyFilter, type BrowseQuery } from './browse-query.ts';

type Preview = Schemas['FillGapsPreview'];
type Run = Schemas['FillGapsRun'];

const OUTCOMES: Record<string, { label: string; color: string }> = {
  added: { label: 'added', color: 'teal' },
  no_role: { label: 'matched no role (kept)', color: 'yellow' },
  duplicate: { label: 'duplicate', color: 'gray' },
  refused_consent: { label: 'refused by consent', color: 'red' },
  no_match: { label: 'no match', color: 'gray' },
  no_email: { label: 'no email', color: 'gray' },
  over_budget: { label: 'over budget', color: 'orange' },
};

/** The solution interest is sent apart (the modal's pick), not as a filter. */
function withoutSolutionInterest<T extends { solutionInterestId?: unknown }>(f: T): Omit<T, 'solutionInterestId'> {
  const { solutionInterestId: _si, ...rest } = f;
  return rest;
}

function searchText(q: Preview['searches'][number]['query']): string {
  const parts = [q.companyWebsite ? `website ${q.companyWebsite}` : `company “${q.companyName ?? ''}”`];
  if (q.jobTitles.length) parts.push(`title ${q.jobTitles.map((t) => `“${t}”`).join(' or ')}`);
  if (q.managementLevels.length) parts.push(`management level ${q.managementLevels.join(' or ')}`);
  if (q.departments.length) parts.push(`department ${q.departments.join(' or ')}`);
  if (q.countries.length) parts.push(`country ${q.countries.join(' or ')}`);
  return parts.join('; ');
}

function PreviewView({ preview }: { preview: Preview }) {
  const e = preview.estimate;
  if (preview.searches.length === 0) return <Alert color="gray">No buying group of this view misses a required role that can be searched for: nothing to fill.</Alert>;
  return (
    <Stack gap="sm">
      <Text size="sm">
        {preview.groups} buying group(s) with missing roles → {preview.searches.length} ZoomInfo search(es). Searching is free; each contact enriched costs one credit.
      </Text>
      <Table striped withTableBorder data-testid="fill-gaps-searches">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Account</Table.Th>
            <Table.Th>Missing role</Table.Th>
            <Table.Th>Search</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.searches.slice(0, 50).map((s, i) => (
            <Table.Tr key={i}>
              <Table.Td>{s.accountName}</Table.Td>
              <Table.Td>{s.roleName}</Table.Td>
              <Table.Td>{searchText(s.query)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {preview.searches.length > 50 && <Text size="xs" c="dimmed">… and {preview.searches.length - 50} more.</Text>}
      {preview.roles.some((r) => r.untranslated.length) && (
        <Alert color="gray">
          <Text size="sm" fw={500}>
            Not expressed in the search (the role rules still decide)
          </Text>
          <List size="xs">
            {preview.roles.flatMap((r) => r.untranslated.map((u) => <List.Item key={`${r.roleId}${u}`}>{`${r.roleName}: ${u}`}</List.Item>))}
          </List>
        </Alert>
      )}
      <Text size="sm" data-testid="fill-gaps-estimate">
        At most <b>{e.atMost}</b> credit(s) will be spent (up to {e.maxCredits} if every hit were enriched; run budget {e.budget}; this month {e.monthSpent} of {e.monthlyBudget} spent{e.monthReserved ? `, ${e.monthReserved} reserved` : ''}).
      </Text>
    </Stack>
  );
}

function RunView({ runId }: { runId: string }) {
  const run = useQuery({
    queryKey: ['fill-gaps-run', runId],
    queryFn: () => unwrap(api.GET('/api/v1/fill-gaps/runs/{id}', { params: { path: { id: runId } } })),
    refetchInterval: (q) => (q.state.data && (q.state.data.status === 'succeeded' || q.state.data.status === 'failed') ? false : 500),
  });
  const r: Run | undefined = run.data;
  if (run.error) return <Alert color="red">{run.error.message}</Alert>;
  if (!r) return <Progress value={0} animated aria-label="Starting" />;
  const done = r.status === 'succeeded' || r.status === 'failed';
  const p = r.job?.progress ?? { done: 0, total: 0 };
  return (
    <Stack gap="sm" data-testid="fill-gaps-run">
      {!done && <Progress value={p.total ? (100 * p.done) / p.total : 5} animated aria-label={`${p.done} of ${p.total} searches`} />}
      <Text size="sm" data-testid="fill-gaps-status">
        {done ? (r.status === 'succeeded' ? 'Done' : 'Failed') : 'Running'}: {p.done}/{p.total} search(es), {r.creditsSpent} credit(s) spent.
      </Text>
      {r.error && <Alert color="red">{r.error}</Alert>}
      {done && (
        <>
          <Group gap={6}>
            {Object.entries(OUTCOMES).map(([k, o]) => (
              <Badge key={k} color={o.color} variant="light" style={{ textTransform: 'none' }}>
                {o.label}: {r.counts[k as keyof Run['counts']]}
              </Badge>
            ))}
          </Group>
          {r.results.length > 0 && (
            <Table withTableBorder data-testid="fill-gaps-results">
              <Table.Tbody>
                {r.results.map((x, i) => (
                  <Table.Tr key={i}>
                    <Table.Td>{x.personId ? <Link to={`/people/${x.personId}`}>{x.email ?? x.name}</Link> : (x.name ?? `contact ${x.providerId}`)}</Table.Td>
                    <Table.Td>{x.jobTitle ?? ''}</Table.Td>
                    <Table.Td>
                      <Badge color={OUTCOMES[x.outcome]?.color ?? 'gray'} variant="light" maw="none" style={{ textTransform: 'none' }}>
                        {OUTCOMES[x.outcome]?.label ?? x.outcome}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs" c="dimmed">
                        {x.reason ?? ''}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </>
      )}
    </Stack>
  );
}

export function FillGapsModal({ opened, onClose, query, lookups }: { opened: boolean; onClose: () => void; query: BrowseQuery; lookups: Lookups }) {
  const filtered = query.multi.solutionInterestId;
  const [si, setSi] = useState<string | null>(filtered.length === 1 ? filtered[0]! : null);
  const [budget, setBudget] = useState<number | string>('');
  const [runId, setRunId] = useState<string | null>(null);
  const request = () => ({ solutionInterestId: si ?? '', filter: withoutSolutionInterest(bodyFilter(query)) as never, provider: 'zoominfo' as const, ...(typeof budget === 'number' ? { budget } : {}) });
  const preview = useMutation({ mutationFn: () => unwrap(api.POST('/api/v1/fill-gaps', { body: { ...request(), dryRun: true } })) as Promise<Preview> });
  const start = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/fill-gaps', { body: { ...request(), dryRun: false } })) as Promise<Schemas['FillGapsQueued']>,
    onSuccess: (q) => setRunId(q.runId),
  });
  const close = () => {
    preview.reset();
    start.reset();
    setRunId(null);
    onClose();
  };
  const error = preview.error ?? start.error;
  return (
    <Modal opened={opened} onClose={close} title="Fill gaps from ZoomInfo" size="xl">
      <Stack>
        {runId ? (
          <RunView runId={runId} />
        ) : (
          <>
            <Group align="flex-end">
              <Select label="Solution interest" data={lookups.solutionInterests.map((s) => ({ value: s.id, label: s.name }))} value={si} onChange={(v) => (setSi(v), preview.reset())} required w={260} />
              <NumberInput label="Credit budget for this run" description="Empty: the provider’s default" min={0} allowDecimal={false} value={budget} onChange={(v) => (setBudget(v), preview.reset())} w={220} />
            </Group>
            {error && <Alert color="red" data-testid="fill-gaps-error">{error.message}</Alert>}
            {preview.data && <PreviewView preview={preview.data} />}
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {runId ? 'Close' : 'Cancel'}
          </Button>
          {!runId && !preview.data && (
            <Button onClick={() => preview.mutate()} loading={preview.isPending} disabled={!si}>
              Preview searches and cost
            </Button>
          )}
          {!runId && preview.data && preview.data.searches.length > 0 && (
            <Button onClick={() => start.mutate()} loading={start.isPending}>
              Run: spend at most {preview.data.estimate.atMost} credit(s)
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
