/**
 * Accounts: the hierarchy as a tree (top-level accounts first; children loaded when a parent is
 * expanded, a page at a time with "load more" per level), or — while searching or filtering — a
 * flat list of the matching accounts. Search, industry and country are URL parameters.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Anchor, Badge, Box, Button, Group, Loader, Paper, Select, Stack, Table, Text, TextInput, Title, Tree, useTree, type RenderTreeNodePayload, type TreeNodeData } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconChevronRight, IconFilterOff, IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useInfiniteQuery, useQueries, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client.ts';
import { EmptyState, ErrorState, LoadingState, errorMessage } from '../../components/States.tsx';
import { LoadMore } from '../../components/LoadMore.tsx';
import { formatNumber } from '../../lib/people.ts';

type Account = Schemas['Account'];
type AccountNode = Schemas['AccountNode'];

interface Level {
  nodes: AccountNode[];
  nextCursor: string | null;
  loading: boolean;
  error: unknown;
}

const PAGE = 50;
const ROOT = 'none';

function facts(a: Account): string {
  return [a.domain, a.industry, a.country, a.employees != null ? `${formatNumber(a.employees)} employees` : null].filter(Boolean).join(' · ');
}

/** One account of the tree. Mantine's Tree does not set aria-expanded; the row sets it on its treeitem. */
function AccountRow({ n, expanded, hasChildren, level, elementProps }: { n: AccountNode; expanded: boolean; hasChildren: boolean; level: number; elementProps: RenderTreeNodePayload['elementProps'] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const item = ref.current?.closest('[role="treeitem"]');
    if (!item) return;
    if (hasChildren) item.setAttribute('aria-expanded', String(expanded));
    else item.removeAttribute('aria-expanded');
  }, [expanded, hasChildren]);
  return (
    <Group ref={ref} gap="xs" wrap="nowrap" {...elementProps} py={6} data-testid="tree-account" data-level={level}>
      <Box w={18} style={{ flexShrink: 0 }}>
        {hasChildren && <IconChevronRight size={16} aria-hidden style={{ transform: expanded ? 'rotate(90deg)' : 'none', transition: 'transform 120ms' }} />}
      </Box>
      <Anchor component={Link} to={`/accounts/${n.account.id}`} size="sm" fw={500} onClick={(e) => e.stopPropagation()}>
        {n.account.name}
      </Anchor>
      {n.childCount > 0 && (
        <Badge size="xs" variant="default" style={{ textTransform: 'none' }}>
          {n.childCount} {n.childCount === 1 ? 'child' : 'children'}
        </Badge>
      )}
      <Text size="xs" c="dimmed" truncate>
        {facts(n.account)}
      </Text>
    </Group>
  );
}

/** The hierarchy: each level is fetched on first expansion and paged with "load more". */
function AccountTree() {
  const [levels, setLevels] = useState<Record<string, Level>>({});
  const levelsRef = useRef(levels);
  levelsRef.current = levels;

  const load = useCallback(async (parentId: string, cursor?: string) => {
    setLevels((ls) => ({ ...ls, [parentId]: { nodes: ls[parentId]?.nodes ?? [], nextCursor: ls[parentId]?.nextCursor ?? null, loading: true, error: null } }));
    try {
      const page = await unwrap(api.GET('/api/v1/accounts/hierarchy', { params: { query: { parentId, limit: PAGE, ...(cursor ? { cursor } : {}) } as never } }));
      setLevels((ls) => ({ ...ls, [parentId]: { nodes: [...(cursor ? (ls[parentId]?.nodes ?? []) : []), ...page.data], nextCursor: page.nextCursor, loading: false, error: null } }));
    } catch (error) {
      setLevels((ls) => ({ ...ls, [parentId]: { nodes: ls[parentId]?.nodes ?? [], nextCursor: ls[parentId]?.nextCursor ?? null, loading: false, error } }));
    }
  }, []);

  const tree = useTree({
    onNodeExpand: (value) => {
      if (!value.startsWith('acc_')) return;
      if (!levelsRef.current[value]) void load(value);
    },
  });

  useEffect(() => {
    void load(ROOT);
  }, [load]);

  // Tree re-initialises its controller whenever `data` changes identity: build it only when a level changes.
  const data = useMemo(() => {
    const build = (parentId: string): TreeNodeData[] => {
    const level = levels[parentId];
    if (!level) return [{ value: `loading:${parentId}`, label: 'Loading…' }];
    const out: TreeNodeData[] = level.nodes.map((n) => ({
      value: n.account.id,
      label: n.account.name,
      nodeProps: { node: n },
      ...(n.childCount > 0 ? { children: build(n.account.id) } : {}),
    }));
    if (level.error) out.push({ value: `error:${parentId}`, label: errorMessage(level.error), nodeProps: { parentId } });
    else if (level.loading && out.length > 0) out.push({ value: `loading:${parentId}`, label: 'Loading…' });
    else if (level.nextCursor) out.push({ value: `more:${parentId}`, label: 'Load more', nodeProps: { parentId, cursor: level.nextCursor } });
    return out;
    };
    return build(ROOT);
  }, [levels]);

  const root = levels[ROOT];
  if (!root || (root.loading && root.nodes.length === 0)) return <LoadingState label="Loading accounts…" />;
  if (root.error && root.nodes.length === 0) return <ErrorState error={root.error} onRetry={() => void load(ROOT)} />;
  if (root.nodes.length === 0) return <EmptyState title="No accounts yet">Accounts arrive through the API (POST /api/v1/accounts) or an import.</EmptyState>;

  const renderNode = ({ node, expanded, hasChildren, elementProps, level }: RenderTreeNodePayload) => {
    const kind = node.value.split(':')[0];
    if (kind === 'loading') {
      return (
        <Group gap="xs" {...elementProps} py={4}>
          <Loader size="xs" />
          <Text size="sm" c="dimmed">
            Loading…
          </Text>
        </Group>
      );
    }
    if (kind === 'more' || kind === 'error') {
      const { parentId, cursor } = node.nodeProps as { parentId: string; cursor?: string };
      return (
        <Group gap="xs" {...elementProps} py={4}>
          {kind === 'error' && (
            <Text size="sm" c="red">
              {node.label}
            </Text>
          )}
          <Button size="compact-xs" variant="default" onClick={() => void load(parentId, kind === 'more' ? cursor : undefined)}>
            {kind === 'more' ? 'Load more accounts' : 'Try again'}
          </Button>
        </Group>
      );
    }
    const n = (node.nodeProps as { node: AccountNode }).node;
    return <AccountRow n={n} expanded={expanded} hasChildren={hasChildren} level={level} elementProps={elementProps} />;
  };

  return (
    <Paper withBorder p="xs">
      <Tree data={data} tree={tree} renderNode={renderNode} levelOffset="lg" aria-label="Account hierarchy" />
    </Paper>
  );
}

/** Search and filter results: a flat list, paged. */
function AccountResults({ q, industry, country }: { q: string; industry: string | null; country: string | null }) {
  const list = useInfiniteQuery({
    queryKey: ['accounts', 'search', q, industry, country],
    initialPageParam: undefined as string | undefined,
    placeholderData: keepPreviousData,
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/v1/accounts', { params: { query: { limit: PAGE, ...(q ? { q } : {}), ...(industry ? { industry } : {}), ...(country ? { country } : {}), ...(pageParam ? { cursor: pageParam } : {}) } as never } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = list.data?.pages.flatMap((p) => p.data) ?? [];
  // Parent names: one small read per distinct parent (cached; a page has at most 50).
  const parentIds = [...new Set(rows.map((a) => a.parentId).filter((id): id is string => id != null))];
  const parents = useQueries({
    queries: parentIds.map((id) => ({ queryKey: ['account', id], staleTime: 60_000, queryFn: () => unwrap(api.GET('/api/v1/accounts/{id}', { params: { path: { id } } })) })),
  });
  const parentName = (id: string) => parents[parentIds.indexOf(id)]?.data?.name ?? '…';
  if (list.error) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  if (!list.data) return <LoadingState />;
  if (rows.length === 0) return <EmptyState title="No accounts match">Try another name or domain, or clear the filters.</EmptyState>;
  return (
    <Paper withBorder>
      <Table striped verticalSpacing="xs" aria-label="Matching accounts">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Domain</Table.Th>
            <Table.Th>Industry</Table.Th>
            <Table.Th>Country</Table.Th>
            <Table.Th>Employees</Table.Th>
            <Table.Th>Parent</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((a) => (
            <Table.Tr key={a.id} data-testid="account-row">
              <Table.Td>
                <Anchor component={Link} to={`/accounts/${a.id}`} size="sm" fw={500}>
                  {a.name}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{a.domain ?? '—'}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{a.industry ?? '—'}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{a.country ?? '—'}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatNumber(a.employees)}</Text>
              </Table.Td>
              <Table.Td>
                {a.parentId ? (
                  <Anchor component={Link} to={`/accounts/${a.parentId}`} size="sm">
                    {parentName(a.parentId)}
                  </Anchor>
                ) : (
                  <Text size="sm" c="dimmed">
                    top level
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <LoadMore shown={rows.length} hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onMore={() => void list.fetchNextPage()} what="accounts" />
    </Paper>
  );
}

export function AccountsPage() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const industry = params.get('industry');
  const country = params.get('country');
  const [text, setText] = useState(q);
  const [debounced] = useDebouncedValue(text, 300);
  const facets = useQuery({ queryKey: ['accounts', 'facets'], staleTime: 60_000, queryFn: () => unwrap(api.GET('/api/v1/accounts/facets')) });

  const set = useCallback(
    (key: string, value: string | null) =>
      setParams(
        (p) => {
          const next = new URLSearchParams(p);
          if (value) next.set(key, value);
          else next.delete(key);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  useEffect(() => {
    if (debounced.trim() !== q) set('q', debounced.trim() || null);
  }, [debounced, q, set]);

  const filtering = Boolean(q || industry || country);
  const options = (values: { value: string; count: number }[] | undefined) => (values ?? []).map((v) => ({ value: v.value, label: `${v.value} (${v.count})` }));

  return (
    <Stack>
      <Title order={1} size="h2">
        Accounts
      </Title>
      <Group gap="sm" align="flex-end">
        <TextInput label="Search accounts" placeholder="Name or domain" leftSection={<IconSearch size={16} aria-hidden />} value={text} onChange={(e) => setText(e.currentTarget.value)} w={300} />
        <Select label="Industry" placeholder="Any industry" data={options(facets.data?.industries)} value={industry} onChange={(v) => set('industry', v)} clearable searchable w={240} />
        <Select label="Country" placeholder="Any country" data={options(facets.data?.countries)} value={country} onChange={(v) => set('country', v)} clearable searchable w={220} />
        {filtering && (
          <Button
            variant="default"
            leftSection={<IconFilterOff size={16} aria-hidden />}
            onClick={() => {
              setText('');
              setParams(new URLSearchParams(), { replace: true });
            }}
          >
            Show the hierarchy
          </Button>
        )}
      </Group>
      {facets.error && <ErrorState error={facets.error} />}
      {filtering ? <AccountResults q={q} industry={industry} country={country} /> : <AccountTree />}
    </Stack>
  );
}
