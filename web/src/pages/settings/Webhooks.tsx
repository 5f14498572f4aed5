/**
 * Webhooks (admins only): subscriptions to buying group events, signed per Standard Webhooks.
 * The signing secret is shown once, right after creating or rotating; the delivery log shows each
 * event's state, tries and last answer, and finished deliveries can be sent again.
 */
import { useState } from 'react';
import { Alert, Badge, Button, Checkbox, Code, CopyButton, Group, Modal, Paper, Select, SimpleGrid, Stack, Switch, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client.ts';
import { useCan } from '../../auth/session.tsx';
import { fieldError, notify, READABLE_TITLE, refusal, SaveError } from '../../lib/config-writes.tsx';
import { useLookups } from '../../lib/lookups.ts';
import { EmptyState, ErrorState, LoadingState } from '../../components/States.tsx';
import { RelativeTime } from '../../components/RelativeTime.tsx';
import { DeleteButton } from '../../components/DeleteButton.tsx';

type Webhook = Schemas['Webhook'];
type Delivery = Schemas['WebhookDelivery'];
const KEY = ['webhooks'] as const;
const STATUS_COLOR: Record<Delivery['status'], string> = { pending: 'yellow', succeeded: 'teal', dead: 'red' };

function SecretModal({ secret, onClose }: { secret: string; onClose: () => void }) {
  return (
    <Modal opened onClose={onClose} title="Signing secret" closeOnClickOutside={false}>
      <Stack>
        <Alert color="yellow" title="Store it now" styles={READABLE_TITLE}>
          This is the only time the secret is shown. Receivers verify the webhook-signature header with it.
        </Alert>
        <Code block data-testid="webhook-secret">
          {secret}
        </Code>
        <Group justify="flex-end">
          <CopyButton value={secret}>{({ copied, copy }) => <Button variant="default" onClick={copy}>{copied ? 'Copied' : 'Copy'}</Button>}</CopyButton>
          <Button onClick={onClose}>I have stored it</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function CreateModal({ eventTypes, onClose, onCreated }: { eventTypes: string[]; onClose: () => void; onCreated: (secret: string) => void }) {
  const queryClient = useQueryClient();
  const lookups = useLookups();
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [types, setTypes] = useState<string[]>([]);
  const [solutionInterestId, setSolutionInterestId] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/webhooks', { body: { url, description: description.trim() || null, eventTypes: types as never, solutionInterestId } })),
    onSuccess: (w) => {
      void queryClient.invalidateQueries({ queryKey: KEY });
      onCreated(w.secret);
    },
  });
  return (
    <Modal opened onClose={onClose} title="New webhook" size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Stack>
          <SaveError error={save.error} shown={(f) => ['/url', '/eventTypes', '/solutionInterestId', '/description'].includes(f) || f.startsWith('/eventTypes/')} onReload={onClose} />
          <TextInput label="URL" description="Events are POSTed here (https:// recommended)" required value={url} onChange={(e) => setUrl(e.currentTarget.value)} error={fieldError(save.error, '/url')} data-autofocus />
          <TextInput label="Description" value={description} onChange={(e) => setDescription(e.currentTarget.value)} error={fieldError(save.error, '/description')} maxLength={500} />
          <Checkbox.Group label="Event types" value={types} onChange={setTypes} error={fieldError(save.error, '/eventTypes')}>
            <SimpleGrid cols={2} mt="xs" spacing={6}>
              {eventTypes.map((t) => (
                <Checkbox key={t} value={t} label={t} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <Select
            label="Solution interest"
            description="Only events of this solution interest’s buying groups (empty: all)"
            clearable
            data={(lookups.data?.solutionInterests ?? []).map((s) => ({ value: s.id, label: s.name }))}
            value={solutionInterestId}
            onChange={setSolutionInterestId}
            error={fieldError(save.error, '/solutionInterestId')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              Create
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function Deliveries({ hook }: { hook: Webhook }) {
  const queryClient = useQueryClient();
  const key = [...KEY, hook.id, 'deliveries'];
  const deliveries = useQuery({ queryKey: key, queryFn: () => unwrap(api.GET('/api/v1/webhooks/{id}/deliveries', { params: { path: { id: hook.id }, query: { limit: 100 } } })) });
  const done = (n: number) => {
    notify({ color: 'teal', message: `${n} ${n === 1 ? 'delivery' : 'deliveries'} queued again` });
    void queryClient.invalidateQueries({ queryKey: key });
  };
  const fail = (e: unknown) => notify({ color: 'red', title: 'Not replayed', message: refusal(e), autoClose: 10_000 });
  const replayOne = useMutation({ mutationFn: (d: Delivery) => unwrap(api.POST('/api/v1/webhooks/{id}/deliveries/{deliveryId}/replay', { params: { path: { id: hook.id, deliveryId: d.id } } })), onSuccess: (r) => done(r.queued), onError: fail });
  const replayDead = useMutation({ mutationFn: () => unwrap(api.POST('/api/v1/webhooks/{id}/replay', { params: { path: { id: hook.id } }, body: { statuses: ['dead'] } })), onSuccess: (r) => done(r.queued), onError: fail });
  if (deliveries.error) return <ErrorState error={deliveries.error} onRetry={() => void deliveries.refetch()} />;
  if (!deliveries.data) return <LoadingState />;
  const rows = deliveries.data.data;
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={2} size="h4">
          Delivery log
        </Title>
        <Group gap="xs">
          <Button size="compact-sm" variant="default" onClick={() => void deliveries.refetch()}>
            Refresh
          </Button>
          <Button size="compact-sm" variant="light" onClick={() => replayDead.mutate()} disabled={!rows.some((d) => d.status === 'dead')}>
            Replay dead deliveries
          </Button>
        </Group>
      </Group>
      {rows.length === 0 ? (
        <EmptyState title="No deliveries yet">Events written after the subscription was created appear here.</EmptyState>
      ) : (
        <Paper withBorder>
          <Table verticalSpacing="xs" aria-label="Deliveries">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Event</Table.Th>
                <Table.Th>Buying group</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Tries</Table.Th>
                <Table.Th>Last answer</Table.Th>
                <Table.Th>Created</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((d) => (
                <Table.Tr key={d.id} data-testid="delivery-row" data-status={d.status}>
                  <Table.Td>
                    <Text size="sm">{d.type}</Text>
                    <Text size="xs" c="dimmed">
                      {d.id}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Code>{d.buyingGroupId}</Code>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLOR[d.status]} variant="dot">
                      {d.status}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{d.attempts}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{d.lastStatusCode ?? '—'}</Text>
                    {d.lastError && (
                      <Text size="xs" c="dimmed" lineClamp={2}>
                        {d.lastError}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <RelativeTime iso={d.createdAt} />
                  </Table.Td>
                  <Table.Td>
                    {d.status !== 'pending' && (
                      <Button size="compact-xs" variant="default" aria-label={`Replay ${d.id}`} onClick={() => replayOne.mutate(d)}>
                        Replay
                      </Button>
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

export function WebhooksPage() {
  const isAdmin = useCan('admin');
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const hooks = useQuery({ queryKey: KEY, queryFn: () => unwrap(api.GET('/api/v1/webhooks')), enabled: isAdmin });
  const reload = () => void queryClient.invalidateQueries({ queryKey: KEY });
  const onError = (title: string) => (e: unknown) => notify({ color: 'red', title, message: refusal(e), autoClose: 10_000 });
  const toggle = useMutation({ mutationFn: (w: Webhook) => unwrap(api.PATCH('/api/v1/webhooks/{id}', { params: { path: { id: w.id } }, body: { enabled: !w.enabled } })), onSettled: reload, onError: onError('Not changed') });
  const rotate = useMutation({ mutationFn: (w: Webhook) => unwrap(api.POST('/api/v1/webhooks/{id}/rotate-secret', { params: { path: { id: w.id } }, body: { graceHours: 24 } })), onSuccess: (w) => (setSecret(w.secret), reload()), onError: onError('Not rotated') });
  const remove = useMutation({ mutationFn: (w: Webhook) => unwrap(api.DELETE('/api/v1/webhooks/{id}', { params: { path: { id: w.id } } })), onSuccess: () => (setSelected(null), notify({ color: 'teal', message: 'Webhook deleted' })), onSettled: reload, onError: onError('Not deleted') });

  if (!isAdmin) return <EmptyState title="Admins only">Webhooks send buying group data to other systems; an admin manages them.</EmptyState>;
  let body;
  if (hooks.error) body = <ErrorState error={hooks.error} onRetry={() => void hooks.refetch()} />;
  else if (!hooks.data) body = <LoadingState />;
  else if (hooks.data.data.length === 0) body = <EmptyState title="No webhooks yet">Create one to have buying group changes POSTed to another system.</EmptyState>;
  else
    body = (
      <Paper withBorder>
        <Table verticalSpacing="xs" aria-label="Webhooks">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>URL</Table.Th>
              <Table.Th>Event types</Table.Th>
              <Table.Th>Enabled</Table.Th>
              <Table.Th>Created</Table.Th>
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {hooks.data.data.map((w) => (
              <Table.Tr key={w.id} data-testid="webhook-row" bg={selected === w.id ? 'var(--mantine-color-default-hover)' : undefined}>
                <Table.Td>
                  <Text size="sm" fw={500} style={{ wordBreak: 'break-all' }}>
                    {w.url}
                  </Text>
                  {w.description && (
                    <Text size="xs" c="dimmed">
                      {w.description}
                    </Text>
                  )}
                  {w.disabledReason && (
                    <Text size="xs" c="red">
                      {w.disabledReason}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {w.eventTypes.map((t) => (
                      <Badge key={t} variant="outline" size="sm" tt="none">
                        {t.replace('buying_group.', '')}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Switch checked={w.enabled} aria-label={`Enabled: ${w.url}`} onChange={() => toggle.mutate(w)} />
                </Table.Td>
                <Table.Td>
                  <RelativeTime iso={w.createdAt} />
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap" justify="flex-end">
                    <Button size="compact-xs" variant="default" onClick={() => setSelected(w.id)} aria-label={`Deliveries of ${w.url}`}>
                      Deliveries
                    </Button>
                    <Button size="compact-xs" variant="default" onClick={() => rotate.mutate(w)} aria-label={`Rotate secret of ${w.url}`}>
                      Rotate secret
                    </Button>
                    <DeleteButton name={w.url} title="Delete this webhook?" onConfirm={() => remove.mutate(w)}>
                      Its delivery log goes with it; pending deliveries are dropped.
                    </DeleteButton>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    );
  const hook = hooks.data?.data.find((w) => w.id === selected);
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={1} size="h2">
          Webhooks
        </Title>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
          New webhook
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        Buying group changes are POSTed to each URL, signed per Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature), at least once and in order per buying group. A rotated secret keeps signing for 24 hours beside the new one.
      </Text>
      {body}
      {hook && <Deliveries key={hook.id} hook={hook} />}
      {creating && hooks.data && <CreateModal eventTypes={hooks.data.eventTypes} onClose={() => setCreating(false)} onCreated={(s) => (setCreating(false), setSecret(s))} />}
      {secret && <SecretModal secret={secret} onClose={() => setSecret(null)} />}
    </Stack>
  );
}
