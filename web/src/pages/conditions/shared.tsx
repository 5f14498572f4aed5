/** What the personas and account-list pages share: If-Match, the 412 conflict banner, condition errors. */
import { Alert, Anchor, Button, Group, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, ApiError, unwrap } from '../../api/client.ts';
import { ErrorState } from '../../components/States.tsx';

export const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

export function isConflict(e: unknown): boolean {
  return e instanceof ApiError && e.status === 412;
}

/** The save error above a form: a conflict with a reload action, or the problem when no field shows it. */
export function SaveError({ error, onReload, fieldShown }: { error: unknown; onReload: () => void; fieldShown: boolean }) {
  if (!error) return null;
  if (isConflict(error))
    return (
      <Alert
        color="yellow"
        title={
          // Yellow on the light yellow background is below AA: the title keeps the text colour.
          <Text span fw={700} size="sm" c="var(--mantine-color-text)">
            Someone else changed this since you opened it
          </Text>
        }
      >
        <Group justify="space-between">
          <Text size="sm">Reload to see their change, then apply yours again.</Text>
          <Button size="xs" variant="light" onClick={onReload}>
            Reload
          </Button>
        </Group>
      </Alert>
    );
  if (fieldShown) return null;
  return <ErrorState error={error} />;
}

const REF_WORDS = { persona: 'persona', roles_template: 'roles template', account_list: 'account list' } as const;

/** "Used by …": the stored conditions that name this persona or list (deletion is refused while there are any). */
export function UsedBy({ kind, id }: { kind: 'persona' | 'list'; id: string }) {
  const refs = useQuery({
    queryKey: ['references', kind, id],
    staleTime: 10_000,
    queryFn: async () =>
      (
        await unwrap(
          kind === 'persona'
            ? api.GET('/api/v1/personas/{id}/references', { params: { path: { id } } })
            : api.GET('/api/v1/account-lists/{id}/references', { params: { path: { id } } }),
        )
      ).data,
  });
  if (refs.error) return <ErrorState error={refs.error} />;
  if (!refs.data)
    return (
      <Text size="sm" c="dimmed">
        Looking up where it is used…
      </Text>
    );
  if (refs.data.length === 0)
    return (
      <Text size="sm" c="dimmed" data-testid="used-by">
        No condition refers to it.
      </Text>
    );
  return (
    <Text size="sm" data-testid="used-by">
      Used by{' '}
      {refs.data.map((r, i) => (
        <span key={`${r.id}-${r.roleName ?? ''}`}>
          {i > 0 && ', '}
          {REF_WORDS[r.entityType]}{' '}
          {r.entityType === 'account_list' ? (
            <Anchor component={Link} to={`/account-lists/${r.id}`} size="sm">
              “{r.name}”
            </Anchor>
          ) : (
            <b>“{r.name}”</b>
          )}
          {r.roleName ? ` (role ${r.roleName})` : ''}
        </span>
      ))}
      {' '}— it cannot be deleted while they do.
    </Text>
  );
}
