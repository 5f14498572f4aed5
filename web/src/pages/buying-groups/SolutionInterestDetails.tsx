/**
 * A solution interest's page: what it is, and its learned member suggestions — the model's
 * status (when trained, on what, what it learned most), Train / Propose members as a followed job,
 * and "Induce template", which saves a Draft roles template learned from the confirmed members and
 * opens it in the template editor.
 */
import { useState } from 'react';
import { Anchor, Badge, Breadcrumbs, Button, Card, Checkbox, Group, NumberInput, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconBulb, IconPlayerPlay, IconSchool } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client.ts';
import { useCan } from '../../auth/session.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/States.tsx';
import { Fact } from '../../components/Fact.tsx';
import { RelativeTime } from '../../components/RelativeTime.tsx';
import { notify } from '../../lib/config-writes.tsx';
import { LOOKUPS_KEY, useLookups, type Lookups } from '../../lib/lookups.ts';
import { ErrorAlert, JobPanel, percent, reasonWords, useSuggestionJob, useSuggestionModel, type SuggestionModel } from './suggestions/shared.tsx';

export function SolutionInterestDetailsPage() {
  const { id = '' } = useParams();
  const lookups = useLookups();
  if (lookups.error) return <ErrorState error={lookups.error} onRetry={() => void lookups.refetch()} />;
  if (!lookups.data) return <LoadingState />;
  const si = lookups.data.solutionInterest(id);
  if (!si) return <EmptyState title="No such solution interest">It may have been deleted. See the list of solution interests.</EmptyState>;
  return <Details si={si} lookups={lookups.data} />;
}

function Details({ si, lookups }: { si: Schemas['SolutionInterest']; lookups: Lookups }) {
  const template = lookups.template(si.templateId);
  return (
    <Stack>
      <Breadcrumbs>
        <Anchor component={Link} to="/buying-groups/solution-interests" size="sm">
          Solution interests
        </Anchor>
        <Text size="sm">{si.name}</Text>
      </Breadcrumbs>
      <Group justify="space-between">
        <Title order={2} size="h3">
          {si.name}
        </Title>
        <Group gap="xs">
          <Button component={Link} to={`/buying-groups/browse?solutionInterestId=${si.id}`} variant="default" size="xs">
            Browse its buying groups
          </Button>
          <Button component={Link} to={`/buying-groups/suggestions?solutionInterestId=${si.id}`} variant="default" size="xs">
            Its suggestions
          </Button>
        </Group>
      </Group>
      <Paper withBorder p="sm">
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          <Fact name="Roles template">
            <Anchor component={Link} to={`/buying-groups/roles-templates/${si.templateId}`} size="sm">
              {template?.name ?? si.templateId}
            </Anchor>
          </Fact>
          <Fact name="Stage model">{lookups.stageModel(si.stageModelId)?.name ?? '—'}</Fact>
          <Fact name="Products">{si.products.length ? si.products.join(', ') : '—'}</Fact>
          <Fact name="Follows membership changes">{si.followMembershipChanges ? 'Yes' : 'No'}</Fact>
        </SimpleGrid>
        {si.description && (
          <Text size="sm" mt="sm">
            {si.description}
          </Text>
        )}
      </Paper>
      <LearnedSuggestions si={si} lookups={lookups} />
    </Stack>
  );
}

function LearnedSuggestions({ si, lookups }: { si: Schemas['SolutionInterest']; lookups: Lookups }) {
  const canEdit = useCan('editor');
  const model = useSuggestionModel(si.id);
  const job = useSuggestionJob(si.id);
  const [withRules, setWithRules] = useState(false);
  const [proposeAfter, setProposeAfter] = useState(true);
  const [thresholdPct, setThresholdPct] = useState<number | string>(60);
  const threshold = typeof thresholdPct === 'number' ? thresholdPct / 100 : undefined;

  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        Learned member suggestions
      </Title>
      <Text size="sm" c="dimmed" maw={900}>
        A model learned from the confirmed members of this solution interest&apos;s groups — people added by hand, imported, or confirmed suggestions — against the other people of their
        accounts, with dismissed suggestions as counter-examples. It proposes members for every group with a probability and its reasons; a person becomes a member only when confirmed.
      </Text>
      {model.error ? (
        <ErrorState error={model.error} onRetry={() => void model.refetch()} />
      ) : model.data === undefined ? (
        <LoadingState />
      ) : model.data === null ? (
        <Paper withBorder p="sm" data-testid="model-status">
          <Text size="sm" fw={600}>
            No model trained yet
          </Text>
          <Text size="sm" c="dimmed">
            Confirm some members first (add the right people by hand in a few groups), then train.
          </Text>
        </Paper>
      ) : (
        <ModelStatus model={model.data} lookups={lookups} />
      )}
      {canEdit && (
        <Paper withBorder p="sm">
          <Stack gap="xs">
            <Group gap="lg" align="flex-end" wrap="wrap">
              <NumberInput
                label="Propose from probability"
                description="Suggestions below it are not proposed"
                value={thresholdPct}
                onChange={setThresholdPct}
                min={0}
                max={100}
                suffix="%"
                w={260}
              />
              <Stack gap={6}>
                <Checkbox size="sm" label="Learn from rule members too (weighted lower)" checked={withRules} onChange={(e) => setWithRules(e.currentTarget.checked)} />
                <Checkbox size="sm" label="Propose members when trained" checked={proposeAfter} onChange={(e) => setProposeAfter(e.currentTarget.checked)} />
              </Stack>
            </Group>
            <Group gap="xs">
              <Button
                leftSection={<IconSchool size={16} aria-hidden />}
                loading={job.running}
                onClick={() => job.start.mutate({ train: true, run: proposeAfter, includeRuleMembers: withRules, ...(threshold !== undefined ? { threshold } : {}) })}
              >
                Train model
              </Button>
              <Button
                variant="default"
                leftSection={<IconPlayerPlay size={16} aria-hidden />}
                loading={job.running}
                disabled={!model.data}
                title={model.data ? undefined : 'Train a model first'}
                onClick={() => job.start.mutate({ train: false, run: true, ...(threshold !== undefined ? { threshold } : {}) })}
              >
                Propose members
              </Button>
            </Group>
            <ErrorAlert title="The job was not started" error={job.start.error} />
            <JobPanel job={job.job} error={job.jobError} />
          </Stack>
        </Paper>
      )}
      {canEdit && <InduceTemplate si={si} lookups={lookups} />}
    </Stack>
  );
}

function ModelStatus({ model, lookups }: { model: SuggestionModel; lookups: Lookups }) {
  const s = model.stats;
  const roleName = (id: string) => lookups.role(id)?.name ?? id;
  const learned = Object.entries(s.positives).filter(([, n]) => n > 0);
  return (
    <Paper withBorder p="sm" data-testid="model-status">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }}>
          <Fact name="Trained">
            <RelativeTime iso={model.trainedAt} />
          </Fact>
          <Fact name="Groups learned from">
            {s.groups.toLocaleString()}
            {s.groupsSkipped ? ` (${s.groupsSkipped.toLocaleString()} without confirmed members skipped)` : ''}
          </Fact>
          <Fact name="Examples">{s.examples.toLocaleString()}</Fact>
          <Fact name="Counter-examples">{s.negatives.toLocaleString()}</Fact>
          <Fact name="Dismissals learned from">{s.dismissals.toLocaleString()}</Fact>
          <Fact name="Features">{s.features.toLocaleString()}</Fact>
        </SimpleGrid>
        {learned.length === 0 ? (
          <Text size="sm">No role had a confirmed member to learn from.</Text>
        ) : (
          <Table verticalSpacing={4} aria-label="What the model learned per role">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Role</Table.Th>
                <Table.Th>Confirmed members learned from</Table.Th>
                <Table.Th>Strongest signs</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {learned.map(([roleId, n]) => (
                <Table.Tr key={roleId}>
                  <Table.Td>
                    <Badge variant="light" style={{ textTransform: 'none', minWidth: 'max-content' }}>
                      {roleName(roleId)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{n.toLocaleString()}</Table.Td>
                  <Table.Td>
                    <Text size="xs">
                      {(model.topFeatures[roleId] ?? [])
                        .slice(0, 4)
                        .map((f) => reasonWords(f))
                        .join(' · ') || '—'}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}

function InduceTemplate({ si, lookups }: { si: Schemas['SolutionInterest']; lookups: Lookups }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const induce = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/solution-interests/{id}/induce-template', { params: { path: { id: si.id } }, body: {} })),
    onSuccess: async (r) => {
      notify({
        color: 'teal',
        title: `Draft “${r.templateName}” created`,
        message: r.roles.length ? (
          <Stack gap={0} component="span">
            {r.roles.map((x) => (
              <span key={x.roleId}>
                {lookups.role(x.roleId)?.name ?? x.roleId}: precision {percent(x.precision)}, recall {percent(x.recall)}
              </span>
            ))}
          </Stack>
        ) : (
          'No role condition could be learned; the Draft keeps the roles without automatic assignment.'
        ),
        autoClose: 8000,
      });
      await queryClient.invalidateQueries({ queryKey: LOOKUPS_KEY });
      void navigate(`/buying-groups/roles-templates/${r.templateId}`);
    },
  });
  return (
    <Card withBorder>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Text fw={600}>Induce a roles template</Text>
          <Text size="sm" c="dimmed" maw={760}>
            Learns, per role, a short list of conditions in Quorum&apos;s own condition language (seniority, function, title and department words) from the confirmed members, measures
            each role&apos;s precision and recall on this data, and saves them as a Draft roles template you can read, edit and publish.
          </Text>
        </div>
        <Button variant="light" leftSection={<IconBulb size={16} aria-hidden />} loading={induce.isPending} onClick={() => induce.mutate()} style={{ flexShrink: 0 }}>
          Induce template
        </Button>
      </Group>
      <Stack mt={induce.error ? 'sm' : 0}>
        <ErrorAlert title="No template was induced" error={induce.error} />
      </Stack>
    </Card>
  );
}
