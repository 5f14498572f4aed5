import { Button } from '@mantine/core';
import { Link } from 'react-router';
import { EmptyState } from '../components/States.tsx';

export function NotFoundPage() {
  return (
    <EmptyState
      title="Page not found"
      action={
        <Button component={Link} to="/buying-groups/browse" variant="light">
          Go to buying groups
        </Button>
      }
    >
      There is no page at this address.
    </EmptyState>
  );
}
