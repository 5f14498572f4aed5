/** An account's or a person's custom attributes as a key → value table ("None" when there are none). */
import { Table, Text } from '@mantine/core';

export function CustomAttributes({ values }: { values: Record<string, unknown> }) {
  const entries = Object.entries(values);
  return (
    <>
      <Text size="xs" c="dimmed" mb={4}>
        Custom attributes
      </Text>
      {entries.length === 0 ? (
        <Text size="sm">None</Text>
      ) : (
        <Table withRowBorders={false} verticalSpacing={2} aria-label="Custom attributes">
          <Table.Tbody>
            {entries.map(([k, v]) => (
              <Table.Tr key={k}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {k}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{typeof v === 'string' ? v : JSON.stringify(v)}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}
