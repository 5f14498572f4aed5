/** A row's Delete button: asks first (what is deleted, when the API refuses it), then calls onConfirm. */
import type { ReactNode } from 'react';
import { Button, Text } from '@mantine/core';
import { modals } from '@mantine/modals';

export function DeleteButton({ name, title, children, onConfirm }: { name: string; title: string; children: ReactNode; onConfirm: () => void }) {
  return (
    <Button
      size="compact-xs"
      variant="default"
      aria-label={`Delete ${name}`}
      onClick={() =>
        modals.openConfirmModal({
          title,
          children: <Text size="sm">{children}</Text>,
          labels: { confirm: 'Delete', cancel: 'Cancel' },
          confirmProps: { color: 'red' },
          onConfirm,
        })
      }
    >
      Delete
    </Button>
  );
}
