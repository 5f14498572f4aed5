/** "Load more" under a server-paged list (cursor paging with useInfiniteQuery). */
import { Button, Center, Text } from '@mantine/core';

export function LoadMore({ shown, hasMore, loading, onMore, what }: { shown: number; hasMore: boolean; loading: boolean; onMore: () => void; what: string }) {
  return (
    <Center py="xs">
      {hasMore ? (
        <Button variant="default" size="xs" loading={loading} onClick={onMore}>
          Load more {what}
        </Button>
      ) : (
        <Text size="xs" c="dimmed">
          {shown === 0 ? '' : `Showing all ${shown}`}
        </Text>
      )}
    </Center>
  );
}
