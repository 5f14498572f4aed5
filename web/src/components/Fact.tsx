/** A labelled value in a details summary ("Domain: acme.com"); long values wrap anywhere. */
import type { ReactNode } from 'react';
import { Text } from '@mantine/core';

export function Fact({ name, children }: { name: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {name}
      </Text>
      <Text size="sm" component="div" style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}
