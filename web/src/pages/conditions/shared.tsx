/** What the personas and account-list pages share: If-Match, the 412 conflict banner, condition errors. */
import { Alert, Button, Group, Text } from '@mantine/core';
import { ApiError } from '../../api/client.ts';
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
