/**
 * The live dry run beside the editor: the preview endpoint with the role definitions as being
 * edited (unsaved), refreshed 500 ms after the last edit; a newer edit cancels the request in
 * flight (TanStack Query's AbortSignal). The last result stays on screen while it updates.
 */
import { useMemo, useState } from 'react';
import { Accordion, Alert, Badge, Group, Loader, MultiSelect, Paper, SegmentedControl, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, ApiError, unwrap, type Schemas } from '../../../api/client.ts';
import { useAccountLists } from '../../../lib/account-lists.ts';
import type { Lookups } from '../../../lib/lookups.ts';
import { errorMessage } from '../../../components/States.tsx';
import { incomplete, rolesWrite, type EditRole } from './model.ts';

export type Preview = Schemas['RolesTemplatePreview'];

export interface DryRunTarget {
  mode: 'audience' | 'accounts';
  audienceId: string | null;
  accounts: { value: string; label: string }[];
  solutionInterestId: string | null;
}

export const NO_TARGET: DryRunTarget = { mode: 'audience', audienceId: null, accounts: [], solutionInterestId: null };

export function useDryRun(templateId: string, roles: EditRole[], target: DryRunTarget, blocked: boolean) {
  const body = useMemo(() => {
    const who = target.mode === 'audience' ? (target.audienceId ? { audienceId: target.audienceId } : null) : target.accounts.length ? { accountIds: target.accounts.map((a) => a.value) } : null;
    if (!who) return null;
    return { ...who, ...(target.solutionInterestId ? { solutionInterestId: target.solutionInterestId } : {}), roles: rolesWrite(roles) };
  }, [roles, target]);
  const [debounced] = useDebouncedValue(body, 500);
  const waitingFor = incomplete(roles);
  const enabled = debounced !== null && !blocked && waitingFor.length === 0;
  const query = useQuery({
    queryKey: ['template-dry-run', templateId, debounced],
    enabled,
    placeholderData: keepPreviousData,
    retry: false,
    queryFn: ({ signal }) => unwrap(api.POST('/api/v1/roles-templates/{id}/preview', { params: { path: { id: templateId } }, body: debounced as never, signal })),
  });
  const settling = JSON.stringify(body) !== JSON.stringify(debounced);
  // The last answer stays on screen while the next one comes, and beside an error (invalid edits).
  const [last, setLast] = useState<Preview | null>(null);
  if (query.data && query.data !== last) setLast(query.data);
  const result = body === null ? null : (query.data ?? last);
  return { query, result, enabled, hasTarget: body !== null, waitingFor, updating: enabled && (query.isFetching || settling) };
}

function AccountPicker({ value, onChange }: { value: { value: string; label: string }[]; onChange: (v: { value: string; label: string }[]) => void }) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 300);
  const found = useQuery({
    queryKey: ['accounts-search', q],
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/accounts', { params: { query: { q: q || undefined, limit: 20 } as never }, signal })),
  });
  const data = useMemo(() => {
    const map = new Map(value.map((v) => [v.value, v.label]));
    for (const a of found.data?.data ?? []) if (!map.has(a.id)) map.set(a.id, a.name);
    return [...map].map(([v, label]) => ({ value: v, label }));
  }, [found.data, value]);
  return (
    <MultiSelect
      label="Accounts"
      placeholder={value.length ? undefined : 'Search accounts'}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      data={data}
      value={value.map((v) => v.value)}
      onChange={(ids) => onChange(ids.map((id) => ({ value: id, label: data.find((d) => d.value === id)?.label ?? id })))}
      filter={({ options }) => options}
      nothingFoundMessage={found.isFetching ? 'Searching…' : 'No account matches'}
      maxValues={50}
      clearable
    />
  );
}

const person = (s: { firstName: string | null; lastName: string | null; email: string }) => [s.firstName, s.lastName].filter(Boolean).join(' ') || s.email;

export function DryRunPanel({
  target,
  onTarget,
  run,
  lookups,
  roleName,
}: {
  target: DryRunTarget;
  onTarget: (t: DryRunTarget) => void;
  run: ReturnType<typeof useDryRun>;
  lookups: Lookups;
  roleName: (id: string | null | undefined) => string;
}) {
  const lists = useAccountLists();
  const p = run.result;
  const error = run.query.error;
  const problemErrors = error instanceof ApiError ? (error.problem.errors ?? []) : [];
  const fieldWords = (field: string) => {
    const m = /^\/roles\/(\d+)/.exec(field);
    return m ? `Priority ${Number(m[1]) + 1}` : field;
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="dry-run-title" data-testid="dry-run">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="dry-run-title">
            Dry run
          </Title>
          <Group gap={6} aria-live="polite" data-testid="dry-run-status">
            {run.updating ? (
              <>
                <Loader size="xs" aria-hidden />
                <Text size="sm" c="dimmed">
                  updating…
                </Text>
              </>
            ) : p && run.enabled ? (
              <Text size="sm" c="dimmed">
                up to date
              </Text>
            ) : null}
          </Group>
        </Group>
        <Text size="sm" c="dimmed">
          What a creation job with these role definitions would do, unsaved edits included. Nothing is written.
        </Text>
        <SegmentedControl
          aria-label="Dry run over"
          value={target.mode}
          onChange={(v) => onTarget({ ...target, mode: v as DryRunTarget['mode'] })}
          data={[
            { value: 'audience', label: 'An audience' },
            { value: 'accounts', label: 'Some accounts' },
          ]}
        />
        {target.mode === 'audience' ? (
          <Select
            label="Audience"
            placeholder="Choose an account list"
            data={(lists.data ?? []).map((l) => ({ value: l.id, label: l.name }))}
            value={target.audienceId}
            onChange={(v) => onTarget({ ...target, audienceId: v })}
            searchable
            clearable
          />
        ) : (
          <AccountPicker value={target.accounts} onChange={(accounts) => onTarget({ ...target, accounts })} />
        )}
        <Select
          label="Compare with a solution interest"
          description="Optional: what would change in its buying groups"
          placeholder="None"
          data={lookups.solutionInterests.map((s) => ({ value: s.id, label: s.name }))}
          value={target.solutionInterestId}
          onChange={(v) => onTarget({ ...target, solutionInterestId: v })}
          searchable
          clearable
        />
        {run.waitingFor.length > 0 && (
          <Alert color="yellow" variant="light" data-testid="dry-run-waiting">
            <Text size="sm">
              Finish the condition of the role at priority {run.waitingFor.map((i) => i + 1).join(', ')} (or turn its auto-assign off) to see the dry run.
            </Text>
          </Alert>
        )}
        {error && (
          <Alert color="red" variant="light" data-testid="dry-run-error">
          <Text size="sm" fw={700}>The dry run cannot use these definitions yet</Text>
            {problemErrors.length ? (
              <Stack gap={2}>
                {problemErrors.slice(0, 6).map((e, i) => (
                  <Text size="sm" key={i}>
                    {fieldWords(e.field)}: {e.message}
                  </Text>
                ))}
              </Stack>
            ) : (
              <Text size="sm">{errorMessage(error)}</Text>
            )}
          </Alert>
        )}
        {!run.hasTarget && !p && (
          <Text size="sm" c="dimmed" data-testid="dry-run-empty">
            Choose an audience or accounts to see who would get each role.
          </Text>
        )}
        {p && (
          <Stack gap="sm" data-testid="dry-run-result">
            <SimpleGrid cols={3} spacing="xs">
              <Stat label="Accounts" value={p.accountsConsidered} testId="dry-run-accounts" />
              <Stat label="People considered" value={p.peopleConsidered} testId="dry-run-considered" />
              <Stat label="People assigned" value={p.peopleAssigned} testId="dry-run-assigned" />
            </SimpleGrid>
            <Table aria-label="Dry run: people per role" verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Priority</Table.Th>
                  <Table.Th>Role</Table.Th>
                  <Table.Th ta="right">People</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {p.roles.map((r) => (
                  <Table.Tr key={r.roleId} data-testid="dry-run-role" data-role-id={r.roleId}>
                    <Table.Td>{r.priority}</Table.Td>
                    <Table.Td>
                      {r.roleName}
                      {!r.autoAssign && (
                        <Text span size="xs" c="dimmed">
                          {' '}
                          (not by rules)
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td ta="right" data-testid="dry-run-count">
                      {r.count}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {p.roles.some((r) => r.samples.length > 0) && (
              <Accordion variant="contained" chevronPosition="right">
                {p.roles
                  .filter((r) => r.samples.length > 0)
                  .map((r) => (
                    <Accordion.Item key={r.roleId} value={r.roleId}>
                      <Accordion.Control>
                        <Text size="sm">Samples: {r.roleName}</Text>
                      </Accordion.Control>
                      <Accordion.Panel>
                        <Stack gap="xs">
                          {r.samples.map((s) => (
                            <div key={`${s.accountId}-${s.personId}`} data-testid="dry-run-sample">
                              <Text size="sm" fw={500}>
                                {person(s)}
                                <Text span size="xs" c="dimmed">
                                  {' '}
                                  {s.jobTitle ?? ''} · {s.accountName}
                                </Text>
                              </Text>
                              <Text size="xs">{s.summary}</Text>
                              {s.matchedRoleIds.length > 1 && (
                                <Group gap={4} mt={2}>
                                  <Text size="xs" c="dimmed">
                                    Matched:
                                  </Text>
                                  {s.matchedRoleIds.map((id) => (
                                    <Badge key={id} size="xs" variant="dot" color="gray">
                                      {roleName(id)}
                                    </Badge>
                                  ))}
                                </Group>
                              )}
                            </div>
                          ))}
                        </Stack>
                      </Accordion.Panel>
                    </Accordion.Item>
                  ))}
              </Accordion>
            )}
            {p.diff && <DiffView diff={p.diff} roleName={roleName} />}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

function Stat({ label, value, testId }: { label: string; value: number; testId: string }) {
  return (
    <Paper withBorder p="xs">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg" data-testid={testId}>
        {value.toLocaleString()}
      </Text>
    </Paper>
  );
}

function DiffView({ diff, roleName }: { diff: NonNullable<Preview['diff']>; roleName: (id: string | null | undefined) => string }) {
  const rows: { label: string; n: number; items: { key: string; text: string }[] }[] = [
    { label: 'Added', n: diff.membersAdded, items: diff.added.map((d) => ({ key: `${d.accountId}-${d.personId}`, text: `${d.email} → ${roleName(d.roleId)}` })) },
    { label: 'Removed', n: diff.membersRemoved, items: diff.removed.map((d) => ({ key: `${d.accountId}-${d.personId}`, text: `${d.email} (was ${roleName(d.roleId)})` })) },
    { label: 'Role changed', n: diff.rolesChanged, items: diff.roleChanged.map((d) => ({ key: `${d.accountId}-${d.personId}`, text: `${d.email}: ${roleName(d.fromRoleId)} → ${roleName(d.toRoleId)}` })) },
  ];
  return (
    <Stack gap="xs" data-testid="dry-run-diff">
      <Text size="sm" fw={600}>
        Against “{diff.solutionInterestName}”{diff.templateUpgrade ? ' (as a template upgrade)' : ''}: {diff.groupsExisting} groups exist, {diff.groupsCreated} would be created
      </Text>
      <Accordion variant="contained" chevronPosition="right" multiple>
        {rows.map((r) => (
          <Accordion.Item key={r.label} value={r.label}>
            <Accordion.Control disabled={r.n === 0}>
              <Text size="sm">
                {r.label}: <b data-testid={`dry-run-diff-${r.label.toLowerCase().replace(' ', '-')}`}>{r.n}</b>
              </Text>
            </Accordion.Control>
            <Accordion.Panel>
              <Stack gap={2}>
                {r.items.map((i) => (
                  <Text size="xs" key={i.key}>
                    {i.text}
                  </Text>
                ))}
                {r.n > r.items.length && (
                  <Text size="xs" c="dimmed">
                    and {r.n - r.items.length} more
                  </Text>
                )}
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
      {(diff.membersKept > 0 || diff.membersStayingRemoved > 0) && (
        <Text size="xs" c="dimmed">
          Kept by a stronger source: {diff.membersKept}; staying removed: {diff.membersStayingRemoved}
        </Text>
      )}
    </Stack>
  );
}
