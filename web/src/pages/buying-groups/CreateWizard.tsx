/**
 * Create buying groups: solution interest + audience (+ depth) + where members come from (the
 * rules, the rules then suggestions for empty roles, or the trained model alone) → estimate from
 * the preview endpoint (generation's own SQL, so its counts are the job's; the model has no
 * estimate) → confirm → live progress from the job's event stream, with cancel → Browse.
 */
import { useEffect, useState } from 'react';
import { Alert, Anchor, Badge, Button, Checkbox, Group, NumberInput, Paper, Progress, Radio, Select, SimpleGrid, Stack, Stepper, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client.ts';
import { useLookups } from '../../lib/lookups.ts';
import { useAccountLists } from '../../lib/account-lists.ts';
import { ErrorState, LoadingState, errorMessage } from '../../components/States.tsx';
import { JOB_STATUS_COLOR } from './Jobs.tsx';

type Job = Schemas['BuyingGroupJob'];
type Preview = Schemas['RolesTemplatePreview'];

const FINISHED: Job['status'][] = ['succeeded', 'failed', 'cancelled'];

/** Where members come from: the job's options.method, with suggestWhereRulesFindNone as a middle way. */
type MembersFrom = 'rules' | 'rulesThenSuggestions' | 'suggestions';
const DEFAULT_THRESHOLD = 0.6;

/** The job as its Server-Sent Events stream reports it (`progress` events, then `end`). */
function useJobStream(jobId: string | null): Job | null {
  const [job, setJob] = useState<Job | null>(null);
  useEffect(() => {
    if (!jobId) return;
    const source = new EventSource(`/api/v1/buying-group-jobs/${jobId}/progress`);
    const onJob = (e: MessageEvent<string>) => setJob(JSON.parse(e.data) as Job);
    source.addEventListener('progress', onJob);
    // `end` carries only the final status; the last `progress` event had the whole job.
    source.addEventListener('end', () => source.close());
    return () => source.close();
  }, [jobId]);
  return job;
}

export function CreateWizardPage() {
  const lookups = useLookups();
  const lists = useAccountLists();
  const queryClient = useQueryClient();
  const [step, setStep] = useState(0);
  const [solutionInterestId, setSi] = useState<string | null>(null);
  const [audienceId, setAudience] = useState<string | null>(null);
  const [depth, setDepth] = useState<number>(0);
  const [updateScope, setUpdateScope] = useState(false);
  const [membersFrom, setMembersFrom] = useState<MembersFrom>('rules');
  const [threshold, setThreshold] = useState<number>(DEFAULT_THRESHOLD);
  // Which solution interests have a trained model (a list, so that none is a 200, not a 404 per interest).
  const models = useQuery({ queryKey: ['suggestion-model', 'list'], queryFn: () => unwrap(api.GET('/api/v1/suggestion-models')), staleTime: 10_000 });
  const hasModel = solutionInterestId != null && (models.data?.data.some((m) => m.solutionInterestId === solutionInterestId) ?? false);
  const fromModel = membersFrom === 'suggestions';
  // The solution interest's stored scope: its groups all look this deep (jobs with another depth
  // must say so explicitly, with updateScope).
  const scope = useQuery({
    enabled: solutionInterestId != null,
    queryKey: ['solution-interest-audiences', solutionInterestId],
    queryFn: () => unwrap(api.GET('/api/v1/solution-interests/{id}/audiences', { params: { path: { id: solutionInterestId ?? '' } } })),
  });
  const storedDepth = scope.data?.data[0]?.descendantDepth;
  useEffect(() => {
    if (storedDepth !== undefined) setDepth(storedDepth);
    setUpdateScope(false);
  }, [storedDepth, solutionInterestId]);
  useEffect(() => {
    // A solution interest without a model cannot use it.
    if (models.data && !hasModel && membersFrom !== 'rules') setMembersFrom('rules');
  }, [models.data, hasModel, membersFrom]);
  const scopeChanges = !fromModel && storedDepth !== undefined && depth !== storedDepth;
  const [preview, setPreview] = useState<Preview | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const streamed = useJobStream(jobId);

  const estimate = useMutation({
    mutationFn: async () => {
      const si = lookups.data?.solutionInterest(solutionInterestId ?? '');
      if (!si || !audienceId) throw new Error('Choose a solution interest and an audience');
      // The model decides per account when the job runs: there is nothing to estimate beforehand.
      if (fromModel) return null;
      return unwrap(api.POST('/api/v1/roles-templates/{id}/preview', { params: { path: { id: si.templateId } }, body: { audienceId, solutionInterestId: si.id, descendantDepth: depth } as never }));
    },
    onSuccess: (p) => {
      setPreview(p);
      setStep(1);
    },
  });
  const jobOptions = () => {
    if (fromModel) return { method: 'suggestions', suggestionThreshold: threshold };
    return {
      descendantDepth: depth,
      ...(scopeChanges && updateScope ? { updateScope: true } : {}),
      ...(membersFrom === 'rulesThenSuggestions' ? { suggestWhereRulesFindNone: true, suggestionThreshold: threshold } : {}),
    };
  };
  const start = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/buying-group-jobs', {
          body: { solutionInterestId: solutionInterestId ?? '', audienceId: audienceId ?? '', options: jobOptions() } as never,
        }),
      ),
    onSuccess: (job) => {
      setJobId(job.id);
      setStep(2);
      void queryClient.invalidateQueries({ queryKey: ['jobs'] });
    },
  });
  const cancel = useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/v1/buying-group-jobs/{id}/cancel', { params: { path: { id } } })),
    onError: (e) => notifications.show({ color: 'red', title: 'Not cancelled', message: errorMessage(e) }),
  });

  useEffect(() => {
    if (streamed && FINISHED.includes(streamed.status)) void queryClient.invalidateQueries({ queryKey: ['buying-groups'] });
  }, [streamed?.status]); // eslint-disable-line react-hooks/exhaustive-deps

  if (lookups.error) return <ErrorState error={lookups.error} />;
  if (!lookups.data || !lists.data) return <LoadingState />;
  const siOptions = lookups.data.solutionInterests.map((s) => ({ value: s.id, label: s.name }));
  const listOptions = lists.data.map((x) => ({ value: x.id, label: `${x.name} (${x.kind}${x.memberCount != null ? `, ${x.memberCount} accounts` : ''})` }));
  const job = streamed;
  const pct = job && job.progress.total ? (100 * job.progress.done) / job.progress.total : job?.status === 'succeeded' ? 100 : 0;

  return (
    <Stack maw={900}>
      <Title order={1} size="h2">
        Create buying groups
      </Title>
      <Stepper active={step} allowNextStepsSelect={false}>
        <Stepper.Step label="Choose" description="Solution interest and audience">
          <Paper withBorder p="md" mt="md">
            <Stack>
              <Select label="Solution interest" description="What you sell; its Live roles template decides the roles" data={siOptions} value={solutionInterestId} onChange={setSi} searchable required />
              <Select label="Audience" description="One buying group per account of this account list" data={listOptions} value={audienceId} onChange={setAudience} searchable required />
              <MembersFromInput value={membersFrom} onChange={setMembersFrom} hasModel={hasModel} modelLoading={models.isLoading} solutionInterestId={solutionInterestId} />
              {membersFrom !== 'rules' && (
                <NumberInput
                  label="Suggestion threshold"
                  description="The probability the model needs to propose someone (higher: fewer, surer suggestions)"
                  min={0.05}
                  max={0.95}
                  step={0.05}
                  decimalScale={2}
                  value={threshold}
                  onChange={(v) => setThreshold(typeof v === 'number' ? v : DEFAULT_THRESHOLD)}
                  w={240}
                />
              )}
              {!fromModel && (
                <NumberInput
                  label="Descendant depth"
                  description="Also consider people of child accounts down to this many levels (0: the account itself)"
                  min={0}
                  max={10}
                  value={depth}
                  onChange={(v) => setDepth(typeof v === 'number' ? v : 0)}
                  w={240}
                />
              )}
              {!fromModel && storedDepth !== undefined && (
                <Text size="xs" c="dimmed">
                  This solution interest’s groups look {storedDepth} level{storedDepth === 1 ? '' : 's'} deep (its stored scope).
                </Text>
              )}
              {scopeChanges && (
                <Checkbox
                  label={`Change the depth of all this solution interest’s groups from ${storedDepth} to ${depth}`}
                  description="Without this the job is refused: every group of a solution interest uses one depth."
                  checked={updateScope}
                  onChange={(e) => setUpdateScope(e.currentTarget.checked)}
                />
              )}
              {estimate.error && <ErrorState error={estimate.error} />}
              <Group justify="flex-end">
                <Button onClick={() => estimate.mutate()} loading={estimate.isPending} disabled={!solutionInterestId || !audienceId || (scopeChanges && !updateScope)}>
                  Estimate
                </Button>
              </Group>
            </Stack>
          </Paper>
        </Stepper.Step>
        <Stepper.Step label="Estimate" description="What the job will do">
          {fromModel && step === 1 && (
            <Paper withBorder p="md" mt="md">
              <Stack>
                <Alert color="blue" variant="light" title="The trained model decides">
                  Each account of the audience gets a buying group only if the model proposes someone with a probability of at least {threshold.toFixed(2)}. Its proposals are pending suggestions, not members: confirm or dismiss them on the group’s page or in Suggestions. Such a job does not keep following the audience; run it again to refresh.
                </Alert>
                <StartRow error={start.error} pending={start.isPending} onBack={() => setStep(0)} onStart={() => start.mutate()} />
              </Stack>
            </Paper>
          )}
          {!fromModel && preview && (
            <Paper withBorder p="md" mt="md">
              <Stack>
                <SimpleGrid cols={{ base: 2, sm: 4 }}>
                  <Stat label="Accounts" value={preview.accountsConsidered} />
                  <Stat label="New groups" value={preview.diff?.groupsCreated ?? preview.accountsConsidered} />
                  <Stat label="Existing groups" value={preview.diff?.groupsExisting ?? 0} />
                  <Stat label="People assigned" value={preview.peopleAssigned} />
                </SimpleGrid>
                <Table aria-label="Members per role">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Role</Table.Th>
                      <Table.Th>Members</Table.Th>
                      <Table.Th>For example</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {preview.roles.map((r) => (
                      <Table.Tr key={r.roleId} data-testid="estimate-role">
                        <Table.Td>{r.roleName}</Table.Td>
                        <Table.Td>{r.count}</Table.Td>
                        <Table.Td>
                          <Text size="xs" c="dimmed">
                            {r.samples
                              .slice(0, 2)
                              .map((s) => `${[s.firstName, s.lastName].filter(Boolean).join(' ') || s.email} (${s.jobTitle ?? 'no title'})`)
                              .join(', ') || '—'}
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
                {preview.accountsSkipped > 0 && (
                  <Alert color="yellow" variant="light">
                    {preview.accountsSkipped} accounts will be skipped.
                  </Alert>
                )}
                <StartRow error={start.error} pending={start.isPending} onBack={() => setStep(0)} onStart={() => start.mutate()} />
              </Stack>
            </Paper>
          )}
        </Stepper.Step>
        <Stepper.Step label="Run" description="Progress">
          <Paper withBorder p="md" mt="md">
            {!job ? (
              <LoadingState label="Starting the job…" />
            ) : (
              <Stack>
                <Group justify="space-between">
                  <Badge color={JOB_STATUS_COLOR[job.status]} variant="dot" size="lg" data-testid="job-status">
                    {job.status}
                  </Badge>
                  <Text size="sm" data-testid="job-progress">
                    {job.progress.done} of {job.progress.total} accounts ({Math.round(pct)}%)
                  </Text>
                </Group>
                <Progress value={pct} size="lg" animated={job.status === 'running'} aria-label={`Job progress ${Math.round(pct)}%`} />
                <SimpleGrid cols={{ base: 2, sm: 4 }}>
                  <Stat label="Groups created" value={job.counts.groupsCreated} />
                  <Stat label="Members added" value={job.counts.membersAdded} />
                  <Stat label="Members removed" value={job.counts.membersRemoved} />
                  <Stat label="Accounts skipped" value={job.counts.accountsSkipped} />
                </SimpleGrid>
                <SuggestionCounts job={job} />
                {job.error && (
                  <Alert color="red" variant="light">
                    {job.error}
                  </Alert>
                )}
                <Group justify="space-between">
                  {!FINISHED.includes(job.status) ? (
                    <Button variant="light" color="red" onClick={() => cancel.mutate(job.id)} loading={cancel.isPending} disabled={job.cancelRequested}>
                      {job.cancelRequested ? 'Cancelling…' : 'Cancel'}
                    </Button>
                  ) : (
                    <span />
                  )}
                  {FINISHED.includes(job.status) && (
                    <Anchor component={Link} to={`/buying-groups/browse?solutionInterestId=${job.solutionInterestId}`} fw={500}>
                      See the buying groups in Browse →
                    </Anchor>
                  )}
                </Group>
              </Stack>
            )}
          </Paper>
        </Stepper.Step>
      </Stepper>
    </Stack>
  );
}

function Stat({ label, value }: { label: string; value: number }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700}>
        {value.toLocaleString()}
      </Text>
    </Stack>
  );
}

function MembersFromInput(props: { value: MembersFrom; onChange: (v: MembersFrom) => void; hasModel: boolean; modelLoading: boolean; solutionInterestId: string | null }) {
  const noModel = !props.hasModel && !props.modelLoading && props.solutionInterestId != null;
  return (
    <Stack gap={4}>
      <Radio.Group label="Members come from" value={props.value} onChange={(v) => props.onChange(v as MembersFrom)}>
        <Stack gap="xs" mt={6}>
          <Radio value="rules" label="The template’s rules" description="People matching each role’s conditions become members; the groups follow the audience" />
          <Radio value="rulesThenSuggestions" disabled={!props.hasModel} label="The rules, then suggestions for the roles they leave empty" description="The trained model proposes people (pending, to confirm) where no member fills a role" />
          <Radio value="suggestions" disabled={!props.hasModel} label="Suggestions alone (AI/ML)" description="A group only where the trained model proposes someone, holding its proposals" />
        </Stack>
      </Radio.Group>
      {noModel && (
        <Text size="xs" c="dimmed">
          Suggestions need a trained model:{' '}
          <Anchor component={Link} to={`/buying-groups/solution-interests/${props.solutionInterestId}`} size="xs">
            train one on the solution interest’s page
          </Anchor>
          .
        </Text>
      )}
    </Stack>
  );
}

function SuggestionCounts({ job }: { job: Job }) {
  const g = job.counts.suggestionGeneration;
  const e = job.counts.emptyRoleSuggestions;
  if (g)
    return (
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Stat label="Accounts with suggestions" value={g.accountsWithSuggestions} />
        <Stat label="Accounts without" value={g.accountsWithoutSuggestions} />
        <Stat label="Suggestions proposed" value={g.proposed} />
      </SimpleGrid>
    );
  if (!e) return null;
  if (e.warning)
    return (
      <Alert color="yellow" variant="light">
        {e.warning}
      </Alert>
    );
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }}>
      <Stat label="Groups with an empty role" value={e.groups} />
      <Stat label="Empty roles" value={e.rolesWithoutMembers} />
      <Stat label="Suggestions proposed" value={e.proposed} />
    </SimpleGrid>
  );
}

/** The estimate step's last row: the start's error, Back and Create. */
function StartRow(props: { error: Error | null; pending: boolean; onBack: () => void; onStart: () => void }) {
  return (
    <>
      {props.error && <ErrorState error={props.error} />}
      <Group justify="space-between">
        <Button variant="default" onClick={props.onBack}>
          Back
        </Button>
        <Button onClick={props.onStart} loading={props.pending}>
          Create buying groups
        </Button>
      </Group>
    </>
  );
}
