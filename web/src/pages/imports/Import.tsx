/**
 * Import: choose what the file holds → upload it (drop zone) → see how it will be read (format,
 * encoding, delimiter, the mapping of columns to fields, editable, with sample values; required
 * fields flagged; unmapped columns listed, optionally kept as custom attributes) → a dry run or
 * the import, as a job followed live over Server-Sent Events, with cancel → the counts and the
 * per-row report as CSV. Recent imports are listed below. Nothing is written before "Import".
 */
import '@mantine/dropzone/styles.css';
import { useEffect, useMemo, useState } from 'react';
import { Alert, Anchor, Badge, Button, Checkbox, Group, Paper, Progress, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { notifications } from '@mantine/notifications';
import { IconFileUpload, IconUpload, IconX } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, csrfToken, unwrap, type Problem, type Schemas } from '../../api/client.ts';
import { useCan } from '../../auth/session.tsx';
import { EmptyState, ErrorState, LoadingState, errorMessage } from '../../components/States.tsx';
import { RelativeTime } from '../../components/RelativeTime.tsx';
import { Fact } from '../../components/Fact.tsx';
import { JOB_STATUS_COLOR } from '../buying-groups/Jobs.tsx';

type ImportJob = Schemas['ImportJob'];
type Detected = Schemas['DetectedImport'];
type Upload = Schemas['ImportUpload'];
type ImportType = ImportJob['importType'];
type Mapping = Record<string, string | null>;

const TYPES: { value: ImportType; label: string }[] = [
  { value: 'accounts', label: 'Accounts' },
  { value: 'people', label: 'People' },
  { value: 'relations', label: 'Relations (people ↔ accounts)' },
  { value: 'activities', label: 'Activities' },
  { value: 'members', label: 'Buying group members (third-party)' },
];
/** Types whose unmapped columns can be kept as custom attributes (the API's rule). */
const CUSTOM_TYPES: ReadonlySet<ImportType> = new Set(['accounts', 'people']);
const FINISHED: ImportJob['status'][] = ['succeeded', 'failed', 'cancelled'];
const IGNORE = '__ignore__';

/** A column name as a custom attribute key: letters, digits, _ and -, not starting with a digit. */
function customKey(column: string): string {
  const key = column
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9_-]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 64);
  return /^[A-Za-z_]/.test(key) ? key : `c_${key}`.slice(0, 64);
}

/** Multipart upload (openapi-fetch sends JSON): the same session cookie and CSRF header. */
async function uploadFile(file: File, type: ImportType): Promise<Upload> {
  const form = new FormData();
  form.append('file', file, file.name);
  const token = csrfToken();
  const res = await fetch(`/api/v1/imports/uploads?type=${encodeURIComponent(type)}`, { method: 'POST', credentials: 'same-origin', body: form, headers: token ? { 'X-CSRF-Token': token } : {} });
  const body = (await res.json().catch(() => ({}))) as unknown;
  if (!res.ok) throw new ApiError({ ...(body as Partial<Problem>), status: res.status });
  return body as Upload;
}

/** The import job as its event stream reports it (`progress` events, then `end`). */
function useImportStream(jobId: string | null): ImportJob | null {
  const [job, setJob] = useState<ImportJob | null>(null);
  useEffect(() => {
    setJob(null);
    if (!jobId) return;
    const source = new EventSource(`/api/v1/imports/${jobId}/progress`);
    source.addEventListener('progress', (e: MessageEvent<string>) => setJob(JSON.parse(e.data) as ImportJob));
    source.addEventListener('end', () => source.close());
    return () => source.close();
  }, [jobId]);
  return job;
}

export function ImportPage() {
  const canEdit = useCan('editor');
  if (!canEdit)
    return (
      <Stack maw={1100}>
        <Title order={1} size="h2">
          Import
        </Title>
        <EmptyState title="Importing needs the editor role">An import writes accounts, people, relations, activities or buying group members. Ask an admin for the editor role.</EmptyState>
      </Stack>
    );
  return <ImportFlow />;
}

function ImportFlow() {
  const queryClient = useQueryClient();
  const [type, setType] = useState<ImportType>('accounts');
  const [upload, setUpload] = useState<Upload | null>(null);
  const [detected, setDetected] = useState<Detected | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [keepUnmapped, setKeepUnmapped] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const streamed = useImportStream(jobId);

  const send = useMutation({
    mutationFn: (file: File) => uploadFile(file, type),
    onSuccess: (u) => {
      setUpload(u);
      setDetected(u.detected);
      setMapping(u.detected.mapping);
      setJobId(null);
    },
  });
  // Every edit of the mapping is checked by the API (unknown fields, required fields still missing).
  const redetect = useMutation({
    mutationFn: (next: { type: ImportType; mapping: Mapping }) =>
      unwrap(api.POST('/api/v1/imports/uploads/{id}/detect', { params: { path: { id: upload?.uploadId ?? '' } }, body: next })),
    onSuccess: (d) => setDetected(d),
  });
  const start = useMutation({
    mutationFn: (dryRun: boolean) =>
      unwrap(api.POST('/api/v1/imports', { body: { uploadId: upload?.uploadId ?? '', type, mapping, dryRun, keepUnmapped: keepUnmapped && CUSTOM_TYPES.has(type) } })),
    onSuccess: (job) => {
      setJobId(job.id);
      void queryClient.invalidateQueries({ queryKey: ['imports'] });
    },
  });
  const cancel = useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/v1/imports/{id}/cancel', { params: { path: { id } } })),
    onError: (e) => notifications.show({ color: 'red', title: 'Not cancelled', message: errorMessage(e) }),
  });
  useEffect(() => {
    if (streamed && FINISHED.includes(streamed.status)) {
      void queryClient.invalidateQueries({ queryKey: ['imports'] });
      if (!streamed.dryRun) void queryClient.invalidateQueries();
    }
  }, [streamed?.status]); // eslint-disable-line react-hooks/exhaustive-deps

  const changeType = (t: ImportType) => {
    setType(t);
    if (upload) {
      // The same file read as another type: the recognised mapping of that type.
      setMapping({});
      redetect.mutate(
        { type: t, mapping: {} },
        {
          onSuccess: (d) => setMapping(d.mapping),
        },
      );
    }
  };
  const changeMapping = (column: string, field: string | null) => {
    const next = { ...mapping, [column]: field };
    setMapping(next);
    redetect.mutate({ type, mapping: next });
  };
  const reset = () => {
    setUpload(null);
    setDetected(null);
    setMapping({});
    setJobId(null);
    send.reset();
    start.reset();
  };

  const running = jobId != null && (!streamed || !FINISHED.includes(streamed.status));
  const canRun = upload != null && detected != null && detected.missingRequired.length === 0 && !redetect.isPending && !redetect.error && !running;

  return (
    <Stack maw={1100}>
      <Title order={1} size="h2">
        Import
      </Title>
      <Text c="dimmed" size="sm">
        Import accounts, people, relations, activities or buying group members from a CSV or JSON Lines file (exports of Salesforce, HubSpot or Marketo are recognised). You see how the file will be read before anything is written.
      </Text>

      <Paper withBorder p="md">
        <Stack>
          <Select
            label="What the file holds"
            data={TYPES}
            value={type}
            onChange={(v) => v && changeType(v as ImportType)}
            allowDeselect={false}
            w={360}
            disabled={running}
          />
          {!upload ? (
            <Dropzone
              onDrop={(files) => files[0] && send.mutate(files[0])}
              onReject={() => notifications.show({ color: 'red', title: 'Not uploaded', message: 'Choose one CSV or JSON Lines file' })}
              multiple={false}
              loading={send.isPending}
              aria-label="Upload a file to import"
              inputProps={{ 'aria-label': 'File to import' }}
            >
              <Group justify="center" gap="lg" mih={120} style={{ pointerEvents: 'none' }}>
                <Dropzone.Accept>
                  <IconUpload size={40} aria-hidden />
                </Dropzone.Accept>
                <Dropzone.Reject>
                  <IconX size={40} aria-hidden />
                </Dropzone.Reject>
                <Dropzone.Idle>
                  <IconFileUpload size={40} aria-hidden />
                </Dropzone.Idle>
                <div>
                  <Text size="lg">Drop a file here or click to choose one</Text>
                  <Text size="sm" c="dimmed">
                    CSV (comma, semicolon, tab) or JSON Lines; UTF-8 or Windows-1252. Nothing is imported yet.
                  </Text>
                </div>
              </Group>
            </Dropzone>
          ) : (
            <Group justify="space-between">
              <Text>
                <b>{upload.filename}</b> ({formatBytes(upload.bytes)})
              </Text>
              <Button variant="default" onClick={reset} disabled={running}>
                Choose another file
              </Button>
            </Group>
          )}
          {send.error && <ErrorState error={send.error} />}
        </Stack>
      </Paper>

      {upload && detected && (
        <MappingPanel
          type={type}
          detected={detected}
          mapping={mapping}
          onChange={changeMapping}
          keepUnmapped={keepUnmapped}
          onKeepUnmapped={setKeepUnmapped}
          disabled={running}
          error={redetect.error}
        />
      )}

      {upload && detected && (
        <Group justify="flex-end">
          <Button variant="default" onClick={() => start.mutate(true)} disabled={!canRun} loading={start.isPending && start.variables === true}>
            Dry run
          </Button>
          <Button onClick={() => start.mutate(false)} disabled={!canRun} loading={start.isPending && start.variables === false}>
            Import
          </Button>
        </Group>
      )}
      {start.error && <ErrorState error={start.error} />}

      {jobId && (streamed ? <RunPanel job={streamed} onCancel={() => cancel.mutate(streamed.id)} cancelling={cancel.isPending} /> : <LoadingState label="Starting the import…" />)}

      <RecentImports />
    </Stack>
  );
}

function MappingPanel(props: {
  type: ImportType;
  detected: Detected;
  mapping: Mapping;
  onChange: (column: string, field: string | null) => void;
  keepUnmapped: boolean;
  onKeepUnmapped: (v: boolean) => void;
  disabled: boolean;
  error: unknown;
}) {
  const { type, detected, mapping } = props;
  const custom = CUSTOM_TYPES.has(type);
  const fieldOptions = useMemo(() => detected.fields.map((f) => ({ value: f.name, label: `${f.label}${f.required ? ' (required)' : ''}` })), [detected.fields]);
  const mappedFields = new Set(Object.values(detected.mapping).filter((v): v is string => v != null));
  const required = detected.fields.filter((f) => f.required);
  // Set to "not imported" on purpose: unlike the columns without a field, never kept as custom attributes.
  const ignored = detected.columns.filter((c) => detected.mapping[c] === null && !detected.unmapped.includes(c));
  const columnError = (column: string) => (props.error instanceof ApiError ? props.error.fieldMessage(`/mapping/${column.replace(/~/g, '~0').replace(/\//g, '~1')}`) : undefined);

  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={2} size="h4">
          How the file will be read
        </Title>
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <Fact name="Format">{detected.format === 'csv' ? 'CSV' : 'JSON Lines'}</Fact>
          <Fact name="Encoding">{detected.encoding}</Fact>
          <Fact name="Delimiter">{detected.delimiter == null ? '—' : detected.delimiter === '\t' ? 'tab' : detected.delimiter}</Fact>
          <Fact name="Columns">{String(detected.columns.length)}</Fact>
        </SimpleGrid>
        <Group gap="xs" aria-label="Required fields">
          <Text size="sm">Required:</Text>
          {required.length === 0 && (
            <Text size="sm" c="dimmed">
              none
            </Text>
          )}
          {required.map((f) => (
            <Badge key={f.name} color={mappedFields.has(f.name) ? 'teal.9' : 'red.9'} variant="outline">
              {f.label}: {mappedFields.has(f.name) ? 'mapped' : 'missing'}
            </Badge>
          ))}
        </Group>
        {detected.missingRequired.length > 0 && (
          <Alert color="red" variant="light" title="A required field is not mapped">
            Map a column to {detected.missingRequired.map((n) => detected.fields.find((f) => f.name === n)?.label ?? n).join(', ')} to import.
          </Alert>
        )}
        {props.error != null && !(props.error instanceof ApiError && props.error.problem.errors?.some((e) => e.field.startsWith('/mapping/'))) && <ErrorState error={props.error} />}
        <Table verticalSpacing="xs" striped aria-label="Column mapping">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>File column</Table.Th>
              <Table.Th>Sample values</Table.Th>
              <Table.Th>Field</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {detected.columns.map((column) => {
              // The edit as made (null = not imported) until the API's answer to it arrives.
              const value = (column in mapping ? mapping[column] : detected.mapping[column]) ?? null;
              const key = `custom.${customKey(column)}`;
              const options = [{ value: IGNORE, label: '— not imported —' }, ...fieldOptions, ...(custom ? [{ value: key, label: `Custom attribute “${customKey(column)}”` }] : [])];
              if (value && !options.some((o) => o.value === value)) options.push({ value, label: value });
              return (
                <Table.Tr key={column}>
                  <Table.Td>
                    <Text fw={500}>{column}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed" lineClamp={1} maw={320}>
                      {detected.sample
                        .map((r) => r[column] ?? '')
                        .filter((v) => v !== '')
                        .slice(0, 3)
                        .join(' · ') || '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={`Field for column ${column}`}
                      data={options}
                      value={value ?? IGNORE}
                      onChange={(v) => props.onChange(column, v == null || v === IGNORE ? null : v)}
                      allowDeselect={false}
                      searchable
                      disabled={props.disabled}
                      error={columnError(column)}
                      w={300}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        <Stack gap={4}>
          <Text size="sm">
            Columns without a field: {detected.unmapped.length ? detected.unmapped.join(', ') : <Text span c="dimmed">none</Text>}
          </Text>
          {ignored.length > 0 && <Text size="sm">Ignored: {ignored.join(', ')}</Text>}
          {custom && detected.unmapped.length > 0 && (
            <Checkbox
              label="Keep the columns without a field as custom attributes"
              checked={props.keepUnmapped}
              onChange={(e) => props.onKeepUnmapped(e.currentTarget.checked)}
              disabled={props.disabled}
            />
          )}
        </Stack>
      </Stack>
    </Paper>
  );
}

function RunPanel({ job, onCancel, cancelling }: { job: ImportJob; onCancel: () => void; cancelling: boolean }) {
  const finished = FINISHED.includes(job.status);
  const pct = job.progress.total ? (100 * job.progress.done) / job.progress.total : job.status === 'succeeded' ? 100 : 0;
  return (
    <Paper withBorder p="md" aria-label="Import progress">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h4">
            {job.dryRun ? 'Dry run' : 'Import'} of {job.filename}
          </Title>
          <Badge color={JOB_STATUS_COLOR[job.status]} variant="dot" size="lg" data-testid="import-status">
            {job.status}
          </Badge>
        </Group>
        <Progress value={pct} animated={!finished} aria-label="Bytes read" />
        <Text size="sm" c="dimmed">
          {job.counts.rowsRead.toLocaleString()} rows read ({formatBytes(job.progress.done)} of {formatBytes(job.progress.total)})
        </Text>
        <SimpleGrid cols={{ base: 2, sm: 4 }} data-testid="import-counts">
          <Fact name={job.dryRun ? 'Would insert' : 'Inserted'}>{job.counts.inserted.toLocaleString()}</Fact>
          <Fact name={job.dryRun ? 'Would update' : 'Updated'}>{job.counts.updated.toLocaleString()}</Fact>
          <Fact name="Unchanged">{job.counts.unchanged.toLocaleString()}</Fact>
          <Fact name="Rejected">{job.counts.rejected.toLocaleString()}</Fact>
        </SimpleGrid>
        {job.dryRun && finished && (
          <Text size="sm" c="dimmed">
            A dry run writes nothing: these are the changes the import would make.
          </Text>
        )}
        {job.status === 'cancelled' && !job.dryRun && (
          <Alert color="orange" variant="light" title="Cancelled">
            The import stopped between batches. The rows counted above were written and stay; the rest of the file was not imported.
          </Alert>
        )}
        {job.status === 'failed' && (
          <Alert color="red" variant="light" title="The import failed">
            {job.error}
          </Alert>
        )}
        <Group justify="space-between">
          {finished ? (
            <Anchor href={job.reportUrl} download>
              Download report (CSV){job.counts.problemsTotal ? `: ${job.counts.problemsTotal.toLocaleString()} problem${job.counts.problemsTotal === 1 ? '' : 's'}` : ', no problems'}
            </Anchor>
          ) : (
            <span />
          )}
          {!finished && (
            <Button color="red" variant="light" onClick={onCancel} loading={cancelling} disabled={job.cancelRequested}>
              Cancel
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

function RecentImports() {
  const imports = useQuery({
    queryKey: ['imports'],
    queryFn: () => unwrap(api.GET('/api/v1/imports', { params: { query: { limit: 20 } as never } })),
    refetchInterval: (q) => (q.state.data?.data.some((j) => !FINISHED.includes(j.status)) ? 1500 : false),
  });
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        Recent imports
      </Title>
      {imports.error ? (
        <ErrorState error={imports.error} onRetry={() => void imports.refetch()} />
      ) : !imports.data ? (
        <LoadingState />
      ) : imports.data.data.length === 0 ? (
        <EmptyState title="No imports yet">Upload a file above: its mapping is shown before anything is written.</EmptyState>
      ) : (
        <Paper withBorder>
          <Table verticalSpacing="xs" striped aria-label="Recent imports">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Status</Table.Th>
                <Table.Th>File</Table.Th>
                <Table.Th>Type</Table.Th>
                <Table.Th>Inserted</Table.Th>
                <Table.Th>Updated</Table.Th>
                <Table.Th>Unchanged</Table.Th>
                <Table.Th>Rejected</Table.Th>
                <Table.Th>Started</Table.Th>
                <Table.Th>Report</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {imports.data.data.map((j) => (
                <Table.Tr key={j.id}>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Badge color={JOB_STATUS_COLOR[j.status]} variant="dot" style={{ minWidth: 'max-content' }}>
                        {j.status}
                      </Badge>
                      {j.dryRun && (
                        <Badge color="gray.8" variant="outline" style={{ minWidth: 'max-content' }}>
                          dry run
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{j.filename}</Table.Td>
                  <Table.Td>{j.importType}</Table.Td>
                  <Table.Td>{j.counts.inserted.toLocaleString()}</Table.Td>
                  <Table.Td>{j.counts.updated.toLocaleString()}</Table.Td>
                  <Table.Td>{j.counts.unchanged.toLocaleString()}</Table.Td>
                  <Table.Td>{j.counts.rejected.toLocaleString()}</Table.Td>
                  <Table.Td>
                    <RelativeTime iso={j.createdAt} />
                  </Table.Td>
                  <Table.Td>
                    {FINISHED.includes(j.status) ? (
                      <Anchor href={j.reportUrl} download size="sm" aria-label={`Download the report of ${j.filename} (${j.createdAt})`}>
                        CSV
                      </Anchor>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </Stack>
  );
}

function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(2)} GB`;
}
