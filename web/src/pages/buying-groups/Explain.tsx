/** "Why?": a person's explanation in words and as the condition tree with the values each leaf saw. */
import { Badge, Code, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client.ts';
import { ErrorState, LoadingState } from '../../components/States.tsx';

type Node = Schemas['ConditionExplanation'];

function Mark({ ok }: { ok: boolean }) {
  return (
    <ThemeIcon size={16} radius="xl" color={ok ? 'teal' : 'gray'} variant="light" role="img" aria-label={ok ? 'holds' : 'does not hold'}>
      {ok ? <IconCheck size={11} /> : <IconX size={11} />}
    </ThemeIcon>
  );
}

export function ConditionTree({ node, depth = 0 }: { node: Node; depth?: number }) {
  const kids = node.children ?? (node.child ? [node.child] : []);
  return (
    <Stack gap={2} pl={depth ? 'md' : 0}>
      <Group gap={6} wrap="nowrap" align="flex-start">
        <Mark ok={node.matched} />
        <Text size="sm">{node.sentence}</Text>
      </Group>
      {kids.map((k, i) => (
        <ConditionTree key={i} node={k} depth={depth + 1} />
      ))}
    </Stack>
  );
}

const OUTCOME: Record<Schemas['RoleExplanation']['outcome'], { label: string; color: string }> = {
  first_match: { label: 'first match: wins', color: 'teal' },
  also_matched: { label: 'also matched', color: 'lime' },
  not_matched: { label: 'not matched', color: 'gray' },
  not_auto_assigned: { label: 'not assigned by rules', color: 'gray' },
};

export function Explanation({ groupId, personId }: { groupId: string; personId: string }) {
  const q = useQuery({
    queryKey: ['explain', groupId, personId],
    queryFn: () => unwrap(api.GET('/api/v1/buying-groups/{id}/members/{personId}/explain', { params: { path: { id: groupId, personId } } })),
  });
  if (q.error) return <ErrorState error={q.error} />;
  if (!q.data) return <LoadingState label="Explaining…" />;
  const e = q.data;
  return (
    <Stack gap="sm">
      <Text fw={500}>{e.summary}</Text>
      <Text size="xs" c="dimmed">
        Template {e.templateName}; people of descendant accounts up to depth {e.descendantDepth} count.
      </Text>
      {e.roles.map((r) => (
        <Stack key={r.roleId} gap={4}>
          <Group gap="xs">
            <Title order={4} size="sm">
              {r.priority}. {r.roleName}
            </Title>
            <Badge size="xs" variant="dot" color={OUTCOME[r.outcome].color}>
              {OUTCOME[r.outcome].label}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed">
            {r.reason}
          </Text>
          {r.explanation ? (
            <ConditionTree node={r.explanation} />
          ) : r.conditionText ? (
            <Code block>{r.conditionText}</Code>
          ) : null}
        </Stack>
      ))}
    </Stack>
  );
}
