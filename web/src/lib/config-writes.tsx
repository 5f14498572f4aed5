/**
 * Configuration writes (roles, stage models, weighting models, activity types …) carry If-Match
 * with the version read; a 412 means someone else saved first. These helpers keep that the same
 * on every configuration page.
 */
import { Alert, Button, Group, Text, type AlertProps } from '@mantine/core';
import { notifications, type NotificationData } from '@mantine/notifications';
import { ApiError } from '../api/client.ts';
import { ErrorState } from '../components/States.tsx';

/** The If-Match header for a version (a quoted ETag, e.g. "3"). */
export const ifMatch = (version: number) => ({ 'if-match': `"${version}"` }) as never;

export function isConflict(e: unknown): boolean {
  return e instanceof ApiError && e.status === 412;
}

/** The API's message for a field path such as "/name", if the error named it. */
export function fieldError(error: unknown, path: string): string | undefined {
  return error instanceof ApiError ? error.fieldMessage(path) : undefined;
}

/**
 * The error of a save as the top of a form shows it: a conflict with a reload action, or the
 * problem's words unless every field it names is shown next to its field (`shown`).
 */
export function SaveError({ error, onReload, shown = () => true }: { error: unknown; onReload: () => void; shown?: (field: string) => boolean }) {
  if (!error) return null;
  if (isConflict(error)) {
    return (
      <Alert color="yellow" title="Someone else changed this since you opened it" styles={READABLE_TITLE}>
        <Group justify="space-between">
          <Text size="sm">Reload to see their change, then apply yours again.</Text>
          <Button size="xs" variant="light" onClick={onReload}>
            Reload
          </Button>
        </Group>
      </Alert>
    );
  }
  const errors = error instanceof ApiError ? (error.problem.errors ?? []) : [];
  if (errors.length && errors.every((e) => shown(e.field))) return null;
  return <ErrorState error={error} />;
}

/** Alert titles in the text colour: the coloured light-variant titles fall below AA contrast. */
export const READABLE_TITLE: AlertProps['styles'] = { title: { color: 'var(--mantine-color-text)' } };

/** A notification whose close button has a name (axe: button-name) and whose text reads at AA contrast. */
export function notify(n: NotificationData): void {
  notifications.show({ ...n, closeButtonProps: { 'aria-label': 'Close notification' }, styles: { description: { color: 'var(--mantine-color-text)' } } });
}

/** Why a write was refused, once: the problem's detail (its field messages repeat it). */
export function refusal(e: unknown): string {
  return e instanceof ApiError ? e.message : e instanceof Error ? e.message : String(e);
}
