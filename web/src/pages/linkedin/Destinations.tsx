/**
 * LinkedIn destinations (admins only): ad accounts with their OAuth consent. Tokens are written
 * (connect, or renew consent) and never shown back: the API seals them and answers only their
 * expiries. The status says what an admin must do (connect, renew consent before it lapses).
 */
import { useState } from 'react';
import { Alert, Badge, Button, Group, NumberInput, Paper, PasswordInput, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client.ts';
import { useCan } from '../../auth/session.tsx';
import { fieldError, ifMatch, notify, READABLE_TITLE, refusal, SaveError } from '../../lib/config-writes.tsx';
import { DESTINATION_STATUS, destinationStatus } from '../../lib/linkedin.ts';
import { EmptyState, ErrorState, LoadingState } from '../../components/States.tsx';
import { RelativeTime } from '../../components/RelativeTime.tsx';
import { DeleteButton } from '../../components/DeleteButton.tsx';
import { TableHead } from '../../components/TableHead.tsx';
import { FormModal } from '../../components/FormModal.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';

type Destination = Schemas['Destination'];
export const DESTINATIONS_KEY = ['destinations'] as const;
export const ACTIVATIONS_KEY = ['activations'] as const;

export function useDestinations(enabled = true) {
  return useQuery({ queryKey: DESTINATIONS_KEY, queryFn: () => unwrap(api.GET('/api/v1/destinations')), enabled });
}

export function DestinationStatusBadge({ d }: { d: Destination }) {
  const { status, until } = destinationStatus(d, Date.now());
  const s = DESTINATION_STATUS[status];
  return (
    <Stack gap={2}>
      <Badge color={s.color} variant="dot" data-testid="destination-status" data-status={status}>
        {s.label}
      </Badge>
      {status === 'token_expiring' && until !== null && (
        <Text size="xs" c="dimmed">
          Consent ends <RelativeTime iso={new Date(until).toISOString()} />
        </Text>
      )}
      {d.stateMessage && d.state !== 'connected' && (
        <Text size="xs" c={d.state === 'not_connected' ? 'dimmed' : 'red'} lineClamp={3}>
          {d.stateMessage}
        </Text>
      )}
    </Stack>
  );
}

/** Name and ad account: a new destination, or an edit of one (then without the tokens). */
function DestinationModal({ destination, onClose }: { destination: Destination | null; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [name, setName] = useState(destination?.name ?? '');
  const [adAccountId, setAdAccountId] = useState(destination?.adAccountId ?? '');
  const [accessToken, setAccessToken] = useState('');
  const [accessDays, setAccessDays] = useState<number | string>(60);
  const [refreshToken, setRefreshToken] = useState('');
  const [refreshDays, setRefreshDays] = useState<number | string>(365);
  const save = useMutation({
    mutationFn: async () => {
      if (destination) return unwrap(api.PATCH('/api/v1/destinations/{id}', { params: { path: { id: destination.id }, header: ifMatch(destination.version) }, body: { name, adAccountId } }));
      const created = await unwrap(api.POST('/api/v1/destinations', { body: { name, adAccountId } }));
      if (!accessToken) return created;
      return unwrap(api.POST('/api/v1/destinations/{id}/connect', { params: { path: { id: created.id } }, body: connectBody(accessToken, accessDays, refreshToken, refreshDays) }));
    },
    onSuccess: (d) => {
      void queryClient.invalidateQueries({ queryKey: DESTINATIONS_KEY });
      notify({ color: 'teal', message: destination ? `Destination “${d.name}” saved` : `Destination “${d.name}” created${d.state === 'connected' ? ' and connected' : ''}` });
      onClose();
    },
  });
  return (
    <FormModal title={destination ? 'Edit destination' : 'Connect a LinkedIn ad account'} onClose={onClose} onSubmit={() => save.mutate()} submitting={save.isPending} submitLabel={destination ? 'Save' : accessToken ? 'Create and connect' : 'Create'}>
          <SaveError error={save.error} shown={(f) => ['/name', '/adAccountId', '/accessToken', '/expiresIn', '/refreshToken', '/refreshTokenExpiresIn'].includes(f)} onReload={onClose} />
          <TextInput label="Name" required value={name} onChange={(e) => setName(e.currentTarget.value)} error={fieldError(save.error, '/name')} data-autofocus />
          <TextInput label="Ad account id" description="The number in urn:li:sponsoredAccount:123456 (Campaign Manager → account settings)" required value={adAccountId} onChange={(e) => setAdAccountId(e.currentTarget.value)} error={fieldError(save.error, '/adAccountId')} />
          {!destination && <TokenFields {...{ accessToken, setAccessToken, accessDays, setAccessDays, refreshToken, setRefreshToken, refreshDays, setRefreshDays }} error={save.error} optional />}
    </FormModal>
  );
}

const DAY_S = 86_400;
function connectBody(accessToken: string, accessDays: number | string, refreshToken: string, refreshDays: number | string): Schemas['DestinationConnect'] {
  return {
    accessToken,
    expiresIn: Math.round(Number(accessDays) * DAY_S),
    ...(refreshToken ? { refreshToken, refreshTokenExpiresIn: refreshDays === '' ? null : Math.round(Number(refreshDays) * DAY_S) } : {}),
  };
}

interface TokenState {
  accessToken: string;
  setAccessToken: (v: string) => void;
  accessDays: number | string;
  setAccessDays: (v: number | string) => void;
  refreshToken: string;
  setRefreshToken: (v: string) => void;
  refreshDays: number | string;
  setRefreshDays: (v: number | string) => void;
}

function TokenFields(p: TokenState & { error: unknown; optional?: boolean }) {
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          OAuth tokens {p.optional ? '(optional now; connect later)' : ''}
        </Text>
        <Text size="xs" c="dimmed">
          From LinkedIn’s 3-legged OAuth with scope rw_dmp_segments, by a member holding a role other than Viewer on the ad account. Stored encrypted and never shown again.
        </Text>
        <PasswordInput label="Access token" required={!p.optional} value={p.accessToken} onChange={(e) => p.setAccessToken(e.currentTarget.value)} error={fieldError(p.error, '/accessToken')} autoComplete="off" />
        <NumberInput label="Access token expires in (days)" description="LinkedIn’s expires_in: 60 days" min={1} max={400} value={p.accessDays} onChange={p.setAccessDays} error={fieldError(p.error, '/expiresIn')} />
        <PasswordInput label="Refresh token" description="Approved partners only; without it consent must be renewed when the access token expires" value={p.refreshToken} onChange={(e) => p.setRefreshToken(e.currentTarget.value)} error={fieldError(p.error, '/refreshToken')} autoComplete="off" />
        <NumberInput label="Refresh token expires in (days)" description="LinkedIn’s refresh_token_expires_in: 365 days from the first consent" min={1} max={400} value={p.refreshDays} onChange={p.setRefreshDays} error={fieldError(p.error, '/refreshTokenExpiresIn')} disabled={!p.refreshToken} />
      </Stack>
    </Paper>
  );
}

/** Store new tokens: the first connection, or consent renewed. */
function ConnectModal({ destination, onClose }: { destination: Destination; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [accessToken, setAccessToken] = useState('');
  const [accessDays, setAccessDays] = useState<number | string>(60);
  const [refreshToken, setRefreshToken] = useState('');
  const [refreshDays, setRefreshDays] = useState<number | string>(365);
  const save = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/destinations/{id}/connect', { params: { path: { id: destination.id } }, body: connectBody(accessToken, accessDays, refreshToken, refreshDays) })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: DESTINATIONS_KEY });
      notify({ color: 'teal', message: `“${destination.name}” connected` });
      onClose();
    },
  });
  return (
    <FormModal title={destination.state === 'not_connected' ? `Connect “${destination.name}”` : `Renew consent for “${destination.name}”`} onClose={onClose} onSubmit={() => save.mutate()} submitting={save.isPending} submitLabel="Connect">
          <SaveError error={save.error} shown={(f) => ['/accessToken', '/expiresIn', '/refreshToken', '/refreshTokenExpiresIn'].includes(f)} onReload={onClose} />
          <TokenFields {...{ accessToken, setAccessToken, accessDays, setAccessDays, refreshToken, setRefreshToken, refreshDays, setRefreshDays }} error={save.error} />
    </FormModal>
  );
}

export function DestinationsPage() {
  const isAdmin = useCan('admin');
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<Destination | 'new' | null>(null);
  const [connecting, setConnecting] = useState<Destination | null>(null);
  const destinations = useDestinations(isAdmin);
  const activations = useQuery({ queryKey: ACTIVATIONS_KEY, queryFn: () => unwrap(api.GET('/api/v1/activations')), enabled: isAdmin });
  const remove = useMutation({
    mutationFn: (d: Destination) => unwrap(api.DELETE('/api/v1/destinations/{id}', { params: { path: { id: d.id }, header: ifMatch(d.version) } })),
    onSuccess: () => notify({ color: 'teal', message: 'Destination deleted' }),
    onError: (e) => notify({ color: 'red', title: 'Not deleted', message: refusal(e), autoClose: 10_000 }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: DESTINATIONS_KEY }),
  });

  if (!isAdmin) return <EmptyState title="Admins only">LinkedIn destinations hold ad account credentials; an admin manages them.</EmptyState>;
  const lastSync = (id: string) =>
    (activations.data?.data ?? [])
      .filter((a) => a.destinationId === id && a.lastSyncAt)
      .map((a) => a.lastSyncAt!)
      .sort()
      .at(-1) ?? null;
  const uses = (id: string) => (activations.data?.data ?? []).filter((a) => a.destinationId === id).length;
  let body;
  if (destinations.error) body = <ErrorState error={destinations.error} onRetry={() => void destinations.refetch()} />;
  else if (!destinations.data) body = <LoadingState />;
  else if (destinations.data.data.length === 0)
    body = (
      <EmptyState title="No LinkedIn destinations yet" action={<Button onClick={() => setEditing('new')}>Connect an ad account</Button>}>
        Connect a LinkedIn ad account to keep company and contact lists (Matched Audiences) in sync with your buying groups.
      </EmptyState>
    );
  else
    body = (
      <Paper withBorder>
        <Table verticalSpacing="xs" aria-label="Destinations">
          <TableHead columns={['Name', 'Ad account', 'Status', 'Activations', 'Last sync']} actions />
          <Table.Tbody>
            {destinations.data.data.map((d) => {
              const at = lastSync(d.id);
              const n = uses(d.id);
              return (
                <Table.Tr key={d.id} data-testid="destination-row">
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {d.name}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{d.adAccountId}</Text>
                  </Table.Td>
                  <Table.Td>
                    <DestinationStatusBadge d={d} />
                  </Table.Td>
                  <Table.Td>{n > 0 ? <Link to={`/activations?destinationId=${d.id}`}>{n}</Link> : 0}</Table.Td>
                  <Table.Td>{at ? <RelativeTime iso={at} /> : <Text size="sm" c="dimmed">never</Text>}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap" justify="flex-end">
                      <Button size="compact-xs" variant={d.state === 'connected' ? 'default' : 'filled'} onClick={() => setConnecting(d)} aria-label={`${d.state === 'not_connected' ? 'Connect' : 'Renew consent for'} ${d.name}`}>
                        {d.state === 'not_connected' ? 'Connect' : 'Renew consent'}
                      </Button>
                      <Button size="compact-xs" variant="default" onClick={() => setEditing(d)} aria-label={`Edit ${d.name}`}>
                        Edit
                      </Button>
                      <DeleteButton name={d.name} title="Delete this destination?" onConfirm={() => remove.mutate(d)}>
                        {n > 0 ? `${n} activation${n === 1 ? '' : 's'} use it: delete them first (the API refuses otherwise).` : 'Its stored tokens are deleted. Lists already on LinkedIn stay there.'}
                      </DeleteButton>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Paper>
    );
  return (
    <Stack gap="sm">
      <PageHeader
        title="LinkedIn destinations"
        actions={
          <>
            <Button variant="default" component={Link} to="/activations">
              Activations
            </Button>
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
              New destination
            </Button>
          </>
        }
      >
        Each destination is a LinkedIn ad account with the OAuth consent of a member who may manage its audiences. Quorum refreshes the access token before it expires; when LinkedIn refuses the refresh, or the refresh token nears its end, consent must be renewed.
      </PageHeader>
      {destinations.data?.data.some((d) => ['needs_consent', 'token_expiring'].includes(destinationStatus(d, Date.now()).status)) && (
        <Alert color="orange" title="Consent needs attention" styles={READABLE_TITLE}>
          Renew consent where the status says so: syncs of its activations fail until it is renewed.
        </Alert>
      )}
      {body}
      {editing && <DestinationModal destination={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      {connecting && <ConnectModal destination={connecting} onClose={() => setConnecting(null)} />}
    </Stack>
  );
}
