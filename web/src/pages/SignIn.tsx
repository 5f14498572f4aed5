import { useState } from 'react';
import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { signIn } from '../auth/sign-in.ts';
import { errorMessage } from '../components/States.tsx';

const LINK_ERRORS: Record<string, string> = {
  link_expired: 'That sign-in link has expired or was already used. Sign in with your password, or ask an admin for a new link (`quorum user link --email …`).',
};

export function SignInPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(params.get('error') ? (LINK_ERRORS[params.get('error') ?? ''] ?? 'Sign-in failed.') : null);
  const [busy, setBusy] = useState(false);
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: (v) => (/^\S+@\S+$/.test(v.trim()) ? null : 'Enter your e-mail address'),
      password: (v) => (v.length > 0 ? null : 'Enter your password'),
    },
  });

  async function submit(values: { email: string; password: string }) {
    setBusy(true);
    setError(null);
    try {
      await signIn(values.email.trim(), values.password);
      await queryClient.invalidateQueries();
      const next = params.get('next');
      void navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : '/buying-groups/browse', { replace: true });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Center mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" w={400} component="main">
        <form onSubmit={form.onSubmit((v) => void submit(v))} noValidate>
          <Stack>
            <div>
              <Title order={1} size="h2">
                Quorum
              </Title>
              <Text c="dimmed" size="sm">
                Sign in to your buying groups
              </Text>
            </div>
            {error && (
              <Alert color="red" variant="light" role="alert">
                {error}
              </Alert>
            )}
            <TextInput label="E-mail" type="email" autoComplete="username" required {...form.getInputProps('email')} />
            <PasswordInput label="Password" autoComplete="current-password" required {...form.getInputProps('password')} />
            <Button type="submit" loading={busy} fullWidth>
              Sign in
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
