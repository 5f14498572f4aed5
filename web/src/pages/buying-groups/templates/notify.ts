/**
 * Notifications of the roles template pages: the close button named for screen readers, and the
 * description under a title in the text colour (Mantine's grey is below AA contrast).
 */
import { notifications, type NotificationData } from '@mantine/notifications';

export function notify(n: NotificationData): void {
  notifications.show({ closeButtonProps: { 'aria-label': 'Close notification' }, styles: { description: { color: 'var(--mantine-color-text)' } }, ...n });
}
