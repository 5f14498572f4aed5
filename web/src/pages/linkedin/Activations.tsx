/**
 * Activations (admins only): buying-group filters kept in sync with LinkedIn lists. The list page
 * shows each one's lists with LinkedIn's status and size; the detail page shows the filter in
 * words, "Sync now" with live progress (the sync job's event stream), the sync history, the
 * upload CSVs and LinkedIn's limits as warnings.
 */
import { useEffect, useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, List, Paper, Progress, SimpleGrid, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconDownload, IconRefresh } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client.ts';
import { useCan } from '../../auth/session.tsx';
import { ifMatch, notify, READABLE_TITLE, refusal } from '../../lib/config-writes.tsx';
import { describeFilter, listWarnings } from '../../lib/linkedin.ts';
import { useLookups } from '../../lib/lookups.ts';
import { EmptyState, ErrorState, LoadingState } from '../../components/States.tsx';
import { RelativeTime } from '../../components/RelativeTime.tsx';
import { DeleteButton } from '../../components/DeleteButton.tsx';
import { TableHead } from '../../components/TableHead.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ACTIVATIONS_KEY, DESTINATIONS_KEY, DestinationStatusBadge, useDestinations } from './Destinations.tsx';
import { EditActivationModal, scheduleLabel } from './ActivationForm.tsx';

type Activation = Schemas['Activation'];
type SyncJob = Schemas['ActivationSyncJob'];
type Sync = Schemas['ActivationSync'];
const SYNC_COLOR: Record<Sync['status'], string> = { running: 'blue', succeeded: 'teal', partial: 'yellow', failed: 'red' };
const FINISHED: SyncJob['status'][] = ['succeeded', 'failed', 'cancelled'];

function ListCell({ on, list }: { on: boolean; list: Activation['companies'] }) {
  if (!on) return <Text size="sm" c="dimmed">off</Text>;
  if (!list.segmentId) return <Text size="sm" c="dimmed">not on LinkedIn yet</Text>;
  return (
    <Group gap={6} wrap="nowrap">
      <Badge variant="dot" color={list.status === 'READY' ? 'teal' : list.status && ['EXPIRED', 'FAILED', 'ERROR'].includes(list.status) ? 'red' : 'gray'}>
        {list.status ?? 'unknown'}
      </Badge>
      <Text size="sm">{list.audienceSize === null ? 'size unknown' : `${list.audienceSize.toLocaleString()} matched`}</Text>
    </Group>
  );
}

export function ActivationsPage() {
  const isAdmin = useCan('admin');
  const [params] = useSearchParams();
  const destinationId = params.get('destinationId') ?? undefined;
  const lookups = useLookups();
  const destinations = useDestinations(isAdmin);
  const activations = useQuery({ queryKey: [...ACTIVATIONS_KEY, destinationId ?? null], queryFn: () => unwrap(api.GET('/api/v1/activations', { params: { query: destinationId ? { destinationId } : {} } })), enabled: isAdmin });
  if (!isAdmin) return <EmptyState title="Admins only">Activations send buying group data to LinkedIn; an admin manages them.</EmptyState>;
  const destination = (id: string) => destinations.data?.data.find((d) => d.id === id);
  let body;
  if (activations.error) body = <ErrorState error={activations.error} onRetry={() => void activations.refetch()} />;
  else if (!activations.data) body = <LoadingState />;
  else if (activations.data.data.length === 0)
    body = (
      <EmptyState title="No activations yet" action={<Button component={Link} to="/buying-groups">Go to Browse</Button>}>
        Filter buying groups in Browse (e.g. Decision Maker missing, completeness below 50), then choose “Activate to LinkedIn”.
      </EmptyState>
    );
  else
    body = (
      <Paper withBorder>
        <Table verticalSpacing="xs" aria-label="Activations">
          <TableHead columns={['Name', 'Destination', 'Company list', 'Contact list', 'Schedule', 'Last sync']} />
          <Table.Tbody>
            {activations.data.data.map((a) => (
              <Table.Tr key={a.id} data-testid="activation-row">
                <Table.Td>
                  <Anchor component={Link} to={`/activations/${a.id}`} size="sm" fw={500}>
                    {a.name}
                  </Anchor>
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {describeFilter(a.filter, lookups.data).join(' · ')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{destination(a.destinationId)?.name ?? a.destinationId}</Text>
                </Table.Td>
                <Table.Td>
                  <ListCell on={a.companyList} list={a.companies} />
                </Table.Td>
                <Table.Td>
                  <ListCell on={a.contactList} list={a.contacts} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{scheduleLabel(a.syncIntervalMs)}</Text>
                </Table.Td>
                <Table.Td>{a.lastSyncAt ? <RelativeTime iso={a.lastSyncAt} /> : <Text size="sm" c="dimmed">never</Text>}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    );
  return (
    <Stack gap="sm">
      <PageHeader
        title={`LinkedIn activations${destinationId && destination(destinationId) ? ` — ${destination(destinationId)!.name}` : ''}`}
        actions={
          <Button variant="default" component={Link} to="/destinations">
            Destinations
          </Button>
        }
      >
        Each activation keeps a company list and/or a contact list on LinkedIn in step with a Browse filter. Syncs are incremental: they add the groups’ newcomers and remove those who left.
      </PageHeader>
      {body}
    </Stack>
  );
}

/** The sync job as its Server-Sent Events stream reports it (`progress` events, then `end`). */
function useSyncJobStream(jobId: string | null): SyncJob | null {
  const [job, setJob] = useState<SyncJob | null>(null);
  useEffect(() => {
    // A new job: forget the last one's state (its status would look like this one's).
    setJob(null);
    if (!jobId) return;
    const source = new EventSource(`/api/v1/activation-sync-jobs/${jobId}/progress`);
    source.addEventListener('progress', (e: MessageEvent<string>) => setJob(JSON.parse(e.data) as SyncJob));
    source.addEventListener('end', () => source.close());
    return () => source.close();
  }, [jobId]);
  return job;
}

function SyncProgress({ job }: { job: SyncJob }) {
  const { done, total } = job.progress;
  const finished = FINISHED.includes(job.status);
  if (job.status === 'failed')
    return (
      <Alert color="red" title="The sync failed" styles={READABLE_TITLE} data-testid="sync-error">
        {job.error}
      </Alert>
    );
  return (
    <Paper withBorder p="sm" data-testid="sync-progress" data-status={job.status}>
      <Stack gap={6}>
        <Group justify="space-between">
          <Text size="sm" fw={500}>
            {job.status === 'queued' ? 'Waiting for the job runner…' : finished ? 'Sync finished' : total === 0 ? 'Comparing the lists with LinkedIn…' : `Sending to LinkedIn: batch ${done} of ${total}`}
          </Text>
          <Text size="sm" c="dimmed">
            {total > 0 ? `${done} / ${total} batches` : finished ? 'nothing to send' : ''}
          </Text>
        </Group>
        <Progress value={finished ? 100 : total ? (100 * done) / total : 5} animated={!finished} aria-label="Sync progress" />
      </Stack>
    </Paper>
  );
}

function SyncHistory({ activationId }: { activationId: string }) {
  const syncs = useQuery({ queryKey: [...ACTIVATIONS_KEY, activationId, 'syncs'], queryFn: () => unwrap(api.GET('/api/v1/activations/{id}/syncs', { params: { path: { id: activationId } } })) });
  if (syncs.error) return <ErrorState error={syncs.error} onRetry={() => void syncs.refetch()} />;
  if (!syncs.data) return <LoadingState />;
  const rows = syncs.data.data;
  if (rows.length === 0) return <EmptyState title="Not synced yet">“Sync now” sends the lists to LinkedIn; scheduled syncs appear here too.</EmptyState>;
  return (
    <Paper withBorder>
      <Table verticalSpacing="xs" aria-label="Sync history">
        <TableHead columns={['Started', 'Finished', 'Trigger', 'Status', 'Companies', 'Contacts', 'Errors', 'Messages']} />
        <Table.Tbody>
          {rows.map((s) => (
            <Table.Tr key={s.id} data-testid="sync-row" data-status={s.status}>
              <Table.Td>
                <RelativeTime iso={s.startedAt} />
              </Table.Td>
              <Table.Td>{s.finishedAt ? <RelativeTime iso={s.finishedAt} /> : '—'}</Table.Td>
              <Table.Td>{s.trigger === 'manual' ? 'on demand' : s.trigger === 'journey' ? 'journey' : 'schedule'}</Table.Td>
              <Table.Td>
                <Badge color={SYNC_COLOR[s.status]} variant="dot">
                  {s.status}
                </Badge>
              </Table.Td>
              <Table.Td data-testid="sync-companies">
                +{s.companiesAdded} −{s.companiesRemoved}
              </Table.Td>
              <Table.Td data-testid="sync-contacts">
                +{s.contactsAdded} −{s.contactsRemoved}
              </Table.Td>
              <Table.Td>
                {s.errors}
                {s.retries > 0 && (
                  <Text size="xs" c="dimmed">
                    {s.retries} retried
                  </Text>
                )}
              </Table.Td>
              <Table.Td maw={420}>
                {s.message && (
                  <Text size="xs" c={s.status === 'failed' ? 'red' : undefined}>
                    {s.message}
                  </Text>
                )}
                {s.warnings.map((w) => (
                  <Text key={w} size="xs" c="dimmed">
                    {w}
                  </Text>
                ))}
                {s.errorSamples.slice(0, 3).map((e) => (
                  <Text key={e} size="xs" c="dimmed" lineClamp={1}>
                    {e}
                  </Text>
                ))}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

function ListCard({ title, on, list, kind, activationId }: { title: string; on: boolean; list: Activation['companies']; kind: 'companies' | 'contacts'; activationId: string }) {
  const warnings = on ? listWarnings(kind, list.audienceSize, list.segmentId) : [];
  return (
    <Paper withBorder p="sm">
      <Stack gap={6}>
        <Group justify="space-between">
          <Text fw={600}>{title}</Text>
          {on && (
            <Button component="a" href={`/api/v1/activations/${activationId}/template.csv?list=${kind}`} download size="compact-xs" variant="default" leftSection={<IconDownload size={12} aria-hidden />} aria-label={`Download the ${title.toLowerCase()} as LinkedIn’s upload CSV`}>
              Upload CSV
            </Button>
          )}
        </Group>
        <ListCell on={on} list={list} />
        {list.segmentId && (
          <Text size="xs" c="dimmed">
            DMP segment {list.segmentId}
          </Text>
        )}
        {warnings.map((w) => (
          <Alert key={w} color="yellow" p="xs" data-testid="limit-warning">
            <Text size="xs">{w}</Text>
          </Alert>
        ))}
      </Stack>
    </Paper>
  );
}

export function ActivationDetailsPage() {
  const { id = '' } = useParams();
  const isAdmin = useCan('admin');
  const lookups = useLookups();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const activation = useQuery({ queryKey: [...ACTIVATIONS_KEY, 'one', id], queryFn: () => unwrap(api.GET('/api/v1/activations/{id}', { params: { path: { id } } })), enabled: isAdmin });
  const destinations = useDestinations(isAdmin);
  const job = useSyncJobStream(jobId);
  const sync = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/activations/{id}/sync', { params: { path: { id } } })),
    onSuccess: (j) => {
      setJobId(j.id);
      if (j.coalesced) notify({ message: 'A sync of this activation was already under way: showing its progress' });
    },
    onError: (e) => notify({ color: 'red', title: 'Not synced', message: refusal(e), autoClose: 10_000 }),
  });
  const remove = useMutation({
    mutationFn: (a: Activation) => unwrap(api.DELETE('/api/v1/activations/{id}', { params: { path: { id: a.id }, header: ifMatch(a.version) } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ACTIVATIONS_KEY });
      notify({ color: 'teal', message: 'Activation deleted' });
      void navigate('/activations');
    },
    onError: (e) => notify({ color: 'red', title: 'Not deleted', message: refusal(e), autoClose: 10_000 }),
  });
  const jobFinished = job !== null && FINISHED.includes(job.status);
  const finishedJobId = jobFinished ? job.id : null;
  useEffect(() => {
    // The run wrote its history row, LinkedIn's sizes and perhaps the destination's state: show them.
    if (!finishedJobId) return;
    void queryClient.invalidateQueries({ queryKey: ACTIVATIONS_KEY });
    void queryClient.invalidateQueries({ queryKey: DESTINATIONS_KEY });
  }, [finishedJobId, queryClient]);

  if (!isAdmin) return <EmptyState title="Admins only">Activations send buying group data to LinkedIn; an admin manages them.</EmptyState>;
  if (activation.error) return <ErrorState error={activation.error} onRetry={() => void activation.refetch()} />;
  if (!activation.data) return <LoadingState />;
  const a = activation.data;
  const destination = destinations.data?.data.find((d) => d.id === a.destinationId);
  const roles = a.roleIds.map((r) => lookups.data?.role(r)?.name ?? r);
  const running = job !== null && !jobFinished;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Anchor component={Link} to="/activations" size="sm">
            ← Activations
          </Anchor>
          <Title order={1} size="h2">
            {a.name}
          </Title>
          <Text size="sm" c="dimmed">
            {scheduleLabel(a.syncIntervalMs)}
            {a.nextSyncAt ? ` · next sync ` : ''}
            {a.nextSyncAt && <RelativeTime iso={a.nextSyncAt} />}
            {' · last sync '}
            {a.lastSyncAt ? <RelativeTime iso={a.lastSyncAt} /> : 'never'}
          </Text>
        </div>
        <Group gap="xs">
          <Button leftSection={<IconRefresh size={16} aria-hidden />} onClick={() => sync.mutate()} loading={sync.isPending || running}>
            Sync now
          </Button>
          <Button variant="default" onClick={() => setEditing(true)}>
            Edit
          </Button>
          <DeleteButton name={a.name} title="Delete this activation?" onConfirm={() => remove.mutate(a)}>
            Its sync history goes with it. The lists stay on LinkedIn: archive them in Campaign Manager if they are no longer needed.
          </DeleteButton>
        </Group>
      </Group>
      {job && <SyncProgress job={job} />}
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Paper withBorder p="sm">
          <Stack gap={6}>
            <Text fw={600}>Buying groups</Text>
            <List size="sm" data-testid="activation-filter">
              {describeFilter(a.filter, lookups.data).map((w) => (
                <List.Item key={w}>{w}</List.Item>
              ))}
            </List>
            {a.contactList && (
              <Text size="xs" c="dimmed">
                Contacts: {roles.length ? `members holding ${roles.join(', ')}` : 'every member'} with an email
              </Text>
            )}
            <Text size="xs" c="dimmed">
              Edits apply at the next sync.
            </Text>
          </Stack>
        </Paper>
        <ListCard title="Company list" on={a.companyList} list={a.companies} kind="companies" activationId={a.id} />
        <ListCard title="Contact list" on={a.contactList} list={a.contacts} kind="contacts" activationId={a.id} />
      </SimpleGrid>
      {destination && (
        <Group gap="sm">
          <Text size="sm">
            Destination: <Anchor component={Link} to="/destinations">{destination.name}</Anchor> (ad account {destination.adAccountId})
          </Text>
          <DestinationStatusBadge d={destination} />
        </Group>
      )}
      <Text size="xs" c="dimmed">
        LinkedIn’s limits: a list (companies or contacts) serves ads once at least 300 members match; a list holds at most 300,000 records. Matching can take up to 48 hours after a first upload.
      </Text>
      <Title order={2} size="h4">
        Sync history
      </Title>
      <SyncHistory activationId={a.id} />
      {editing && <EditActivationModal activation={a} onClose={() => setEditing(false)} />}
      <VisuallyHidden aria-live="polite">{job ? `Sync ${job.status}` : ''}</VisuallyHidden>
    </Stack>
  );
}
