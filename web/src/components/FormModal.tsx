/** A modal holding one form: its fields, then Cancel and the submit button (Enter submits). */
import type { ReactNode } from 'react';
import { Button, Group, Modal, Stack, type ModalProps } from '@mantine/core';

export function FormModal({ title, size = 'lg', onClose, onSubmit, submitLabel, submitting, submitDisabled, children }: { title: string; size?: ModalProps['size']; onClose: () => void; onSubmit: () => void; submitLabel: string; submitting: boolean; submitDisabled?: boolean; children: ReactNode }) {
  return (
    <Modal opened onClose={onClose} title={title} size={size}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit();
        }}
      >
        <Stack>
          {children}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={submitting} disabled={submitDisabled}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
