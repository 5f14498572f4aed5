/**
 * People: search (e-mail, names, title) and filters (derived seniority, derived function,
 * account), server-side paged (cursor, with previous/next) and sorted where the API sorts
 * (e-mail, engagement, created, updated). Every filter is a URL parameter with the API's name.
 */
import { useEffect, useMemo, useState } from 'react';
import { Anchor, Button, Group, Paper, Progress, Select, Stack, Table, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconArrowDown, IconArrowUp, IconArrowsSort, IconFilterOff, IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { flexRender, getCoreRowModel, useReactTable, type ColumnDef } from '@tanstack/react-table';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client.ts';
import { EmptyState, ErrorState, LoadingState } from '../../components/States.tsx';
import { RelativeTime } from '../../components/RelativeTime.tsx';
import { DERIVED_FUNCTIONS, DERIVED_SENIORITIES, fullName, label } from '../../lib/people.ts';

type Person = Schemas['Person'];
type SortKey = 'email' | 'engagementScore' | 'createdAt' | 'updatedAt';

const PAGE = 50;
const FILTERS = ['q', 'derivedSeniority', 'derivedFunction', 'accountId', 'sort'] as const;

function SortHeader({ title, sortKey, sort, onSort }: { title: string; sortKey: SortKey; sort: string; onSort: (s: string) => void }) {
  const active = sort.replace(/^-/, '') === sortKey;
  const desc = sort.startsWith('-');
  const Icon = !active ? IconArrowsSort : desc ? IconArrowDown : IconArrowUp;
  return (
    <UnstyledButton onClick={() => onSort(active && !desc ? `-${sortKey}` : sortKey)} aria-label={`Sort by ${title}${active ? (desc ? ', sorted descending' : ', sorted ascending') : ''}`}>
      <Group gap={4} wrap="nowrap">
        <Text fw={600} size="sm">
          {title}
        </Text>
        <Icon size={14} aria-hidden opacity={active ? 1 : 0.4} />
      </Group>
    </UnstyledButton>
  );
}

/** An account picker that searches the API as one types; the chosen account's name is fetched when it comes from the URL. */
function AccountPicker({ value, onChange }: { value: string | null; onChange: (v: string | null) => void }) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const found = useQuery({
    queryKey: ['accounts', 'picker', debounced],
    placeholderData: keepPreviousData,
    queryFn: () => unwrap(api.GET('/api/v1/accounts', { params: { query: { limit: 20, ...(debounced ? { q: debounced } : {}) } as never } })),
  });
  const chosen = useQuery({
    enabled: value != null,
    queryKey: ['account', value],
    queryFn: () => unwrap(api.GET('/api/v1/accounts/{id}', { params: { path: { id: value ?? '' } } })),
  });
  const data = useMemo(() => {
    const opts = (found.data?.data ?? []).map((a) => ({ value: a.id, label: a.name }));
    if (chosen.data && !opts.some((o) => o.value === chosen.data.id)) opts.unshift({ value: chosen.data.id, label: chosen.data.name });
    return opts;
  }, [found.data, chosen.data]);
  return (
    <Select
      label="Account"
      placeholder="Any account"
      data={data}
      value={value}
      onChange={onChange}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={found.isFetching ? 'Searching…' : 'No account found'}
      filter={({ options }) => options}
      w={240}
    />
  );
}

export function PeoplePage() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const sort = params.get('sort') ?? 'email';
  const [text, setText] = useState(q);
  const [debounced] = useDebouncedValue(text, 300);
  // Cursor paging: the cursors of the pages before this one, so "Previous" can go back.
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors[cursors.length - 1];
  const filterKey = FILTERS.map((f) => params.get(f) ?? '').join('|');

  useEffect(() => setCursors([]), [filterKey]);

  const set = (key: string, value: string | null) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  useEffect(() => {
    if (debounced.trim() !== q) set('q', debounced.trim() || null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);

  const query: Record<string, string | number> = { limit: PAGE, sort };
  for (const f of ['q', 'derivedSeniority', 'derivedFunction', 'accountId'] as const) {
    const v = params.get(f);
    if (v) query[f] = v;
  }
  if (cursor) query.cursor = cursor;

  const people = useQuery({
    queryKey: ['people', query],
    placeholderData: keepPreviousData,
    queryFn: () => unwrap(api.GET('/api/v1/people', { params: { query: query as never } })),
  });

  const columns = useMemo<ColumnDef<Person>[]>(
    () => [
      {
        id: 'name',
        header: 'Name',
        cell: ({ row }) => (
          <Anchor component={Link} to={`/people/${row.original.id}`} size="sm" fw={500}>
            {fullName(row.original)}
          </Anchor>
        ),
      },
      { id: 'email', header: () => <SortHeader title="E-mail" sortKey="email" sort={sort} onSort={(s) => set('sort', s)} />, cell: ({ row }) => <Text size="sm">{row.original.email}</Text> },
      { id: 'title', header: 'Title', cell: ({ row }) => <Text size="sm">{row.original.jobTitle ?? '—'}</Text> },
      { id: 'seniority', header: 'Seniority', cell: ({ row }) => <Text size="sm">{label(row.original.derivedSeniority)}</Text> },
      { id: 'function', header: 'Function', cell: ({ row }) => <Text size="sm">{label(row.original.derivedFunction)}</Text> },
      {
        id: 'engagement',
        header: () => <SortHeader title="Engagement" sortKey="engagementScore" sort={sort} onSort={(s) => set('sort', s)} />,
        cell: ({ row }) => (
          <Group gap={6} wrap="nowrap">
            <Progress value={row.original.engagementScore} w={50} size="sm" color="grape" aria-label={`Engagement ${Math.round(row.original.engagementScore)}`} />
            <Text size="sm">{Math.round(row.original.engagementScore)}</Text>
          </Group>
        ),
      },
      { id: 'updatedAt', header: () => <SortHeader title="Updated" sortKey="updatedAt" sort={sort} onSort={(s) => set('sort', s)} />, cell: ({ row }) => <RelativeTime iso={row.original.updatedAt} /> },
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [sort],
  );

  const data = useMemo(() => people.data?.data ?? [], [people.data]);
  const table = useReactTable({ data, columns, getCoreRowModel: getCoreRowModel(), manualPagination: true, manualSorting: true, getRowId: (p) => p.id });

  const filtering = FILTERS.some((f) => f !== 'sort' && params.get(f));

  return (
    <Stack>
      <Title order={1} size="h2">
        People
      </Title>
      <Group gap="sm" align="flex-end">
        <TextInput label="Search people" placeholder="E-mail, name or title" leftSection={<IconSearch size={16} aria-hidden />} value={text} onChange={(e) => setText(e.currentTarget.value)} w={280} />
        <Select label="Seniority" placeholder="Any seniority" data={DERIVED_SENIORITIES.map((v) => ({ value: v, label: label(v) }))} value={params.get('derivedSeniority')} onChange={(v) => set('derivedSeniority', v)} clearable w={200} />
        <Select label="Function" placeholder="Any function" data={DERIVED_FUNCTIONS.map((v) => ({ value: v, label: label(v) }))} value={params.get('derivedFunction')} onChange={(v) => set('derivedFunction', v)} clearable searchable w={200} />
        <AccountPicker value={params.get('accountId')} onChange={(v) => set('accountId', v)} />
        {filtering && (
          <Button
            variant="default"
            leftSection={<IconFilterOff size={16} aria-hidden />}
            onClick={() => {
              setText('');
              setParams(sort === 'email' ? new URLSearchParams() : new URLSearchParams({ sort }), { replace: true });
            }}
          >
            Clear filters
          </Button>
        )}
      </Group>
      {people.error ? (
        <ErrorState error={people.error} onRetry={() => void people.refetch()} />
      ) : !people.data ? (
        <LoadingState />
      ) : data.length === 0 ? (
        <EmptyState title={filtering ? 'Nobody matches' : 'No people yet'}>{filtering ? 'Try another search or clear the filters.' : 'People arrive through the API (POST /api/v1/people) or an import.'}</EmptyState>
      ) : (
        <Paper withBorder>
          <Table striped verticalSpacing="xs" aria-label="People" style={{ opacity: people.isPlaceholderData ? 0.6 : 1 }}>
            <Table.Thead>
              {table.getHeaderGroups().map((hg) => (
                <Table.Tr key={hg.id}>
                  {hg.headers.map((h) => (
                    <Table.Th key={h.id} scope="col" style={{ whiteSpace: 'nowrap' }}>
                      {h.isPlaceholder ? null : flexRender(h.column.columnDef.header, h.getContext())}
                    </Table.Th>
                  ))}
                </Table.Tr>
              ))}
            </Table.Thead>
            <Table.Tbody>
              {table.getRowModel().rows.map((row) => (
                <Table.Tr key={row.id} data-testid="person-row">
                  {row.getVisibleCells().map((cell) => (
                    <Table.Td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group justify="space-between" p="xs">
            <Text size="sm" c="dimmed">
              Page {cursors.length + 1} · {data.length} people
            </Text>
            <Group gap="xs">
              <Button size="xs" variant="default" disabled={cursors.length === 0} onClick={() => setCursors((c) => c.slice(0, -1))}>
                Previous
              </Button>
              <Button size="xs" variant="default" disabled={!people.data.nextCursor} onClick={() => people.data.nextCursor && setCursors((c) => [...c, people.data.nextCursor as string])}>
                Next
              </Button>
            </Group>
          </Group>
        </Paper>
      )}
    </Stack>
  );
}
