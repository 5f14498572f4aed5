/**
 * Browse: the gap-finding view. Every filter is a URL parameter with the API's own name
 * (browse-query.ts); the table is server-side paginated, sorted and filtered.
 */
import { Suspense, lazy, memo, useEffect, useMemo, useState } from 'react';
import {
  ActionIcon,
  Anchor,
  Badge,
  Box,
  Button,
  Checkbox,
  CloseButton,
  Group,
  Menu,
  MultiSelect,
  Paper,
  Popover,
  Progress,
  RangeSlider,
  SegmentedControl,
  Select,
  Stack,
  Table,
  TagsInput,
  Text,
  TextInput,
  UnstyledButton,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconAdjustments, IconArrowDown, IconArrowUp, IconArrowsSort, IconBookmark, IconColumns, IconDownload, IconFilterOff, IconBrandLinkedin, IconSearch, IconSparkles, IconUserPlus } from '@tabler/icons-react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { flexRender, getCoreRowModel, useReactTable, type ColumnDef, type Row, type RowSelectionState, type VisibilityState } from '@tanstack/react-table';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client.ts';
import { useCan } from '../../auth/session.tsx';
import { stageName, useLookups, type Lookups } from '../../lib/lookups.ts';
import { EmptyState, ErrorState, LoadingState, errorMessage } from '../../components/States.tsx';
import { RelativeTime } from '../../components/RelativeTime.tsx';
import { activeFilterCount, apiQuery, bodyFilter, browseSearch, exportUrl, nextSort, PAGE_SIZES, parseBrowseQuery, sortOf, withAccountCondition, type BrowseQuery, type MultiParam, type SingleParam, type SortKey } from './browse-query.ts';
import { SavedViewsMenu } from './SavedViews.tsx';
import { AccountConditionFilter } from './AccountConditionFilter.tsx';
import { FillGapsModal } from './FillGapsModal.tsx';

// Loaded when first opened: Browse stays in the main bundle, LinkedIn's forms need not.
const ActivateModal = lazy(async () => ({ default: (await import('../linkedin/ActivationForm.tsx')).ActivateModal }));

type Group = Schemas['BuyingGroup'];

const COLUMNS_KEY = 'quorum.browse.columns';

function loadVisibility(): VisibilityState {
  try {
    return JSON.parse(localStorage.getItem(COLUMNS_KEY) ?? '{}') as VisibilityState;
  } catch {
    return {};
  }
}

function scoreColor(v: number): string {
  if (v >= 76) return 'teal';
  if (v >= 51) return 'lime';
  if (v >= 26) return 'yellow';
  return 'red';
}

function SortHeader({ label, sortKey, query, onSort }: { label: string; sortKey: SortKey; query: BrowseQuery; onSort: (s: string) => void }) {
  const s = sortOf(query);
  const active = s.key === sortKey;
  const Icon = !active ? IconArrowsSort : s.desc ? IconArrowDown : IconArrowUp;
  return (
    <UnstyledButton onClick={() => onSort(nextSort(query, sortKey))} aria-label={`Sort by ${label}${active ? (s.desc ? ', sorted descending' : ', sorted ascending') : ''}`}>
      <Group gap={4} wrap="nowrap">
        <Text fw={600} size="sm">
          {label}
        </Text>
        <Icon size={14} aria-hidden opacity={active ? 1 : 0.4} />
      </Group>
    </UnstyledButton>
  );
}

function RoleChips({ group, lookups }: { group: Group; lookups: Lookups }) {
  return (
    <Group gap={4} wrap="wrap">
      {group.requiredRoles.map((r) => {
        const name = lookups.role(r.roleId)?.name ?? r.roleId;
        const color = r.members >= r.membersRequired ? 'teal' : r.members > 0 ? 'yellow' : 'red';
        // A native title, not a Tooltip: 50 rows × their roles of floating tooltips cost more to render than the rest of the row.
        return (
          <Badge key={r.roleId} size="xs" variant="dot" color={color} style={{ textTransform: 'none' }} title={`${name}: ${r.members} of ${r.membersRequired} required`}>
            {name} {r.members}/{r.membersRequired}
          </Badge>
        );
      })}
    </Group>
  );
}

/**
 * One row. Memoised: a filter change re-renders the page (the previous rows stay on screen until
 * the new ones arrive) and the rows need not — their cells read only the group and the lookups.
 */
const BrowseRow = memo(
  function BrowseRow({ row }: { row: Row<Group>; selected: boolean; columns: string; lookups: Lookups }) {
    return (
      <Table.Tr data-testid="browse-row">
        {row.getVisibleCells().map((cell) => (
          <Table.Td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</Table.Td>
        ))}
      </Table.Tr>
    );
  },
  (a, b) => a.row.original === b.row.original && a.selected === b.selected && a.columns === b.columns && a.lookups === b.lookups,
);

function columnsFor(lookups: Lookups, query: BrowseQuery, onSort: (s: string) => void): ColumnDef<Group>[] {
  return [
    {
      id: 'select',
      enableHiding: false,
      header: ({ table }) => (
        <Checkbox
          aria-label="Select all groups on this page"
          checked={table.getIsAllPageRowsSelected()}
          indeterminate={table.getIsSomePageRowsSelected()}
          onChange={table.getToggleAllPageRowsSelectedHandler()}
        />
      ),
      cell: ({ row }) => <Checkbox aria-label={`Select ${row.original.name}`} checked={row.getIsSelected()} onChange={row.getToggleSelectedHandler()} />,
    },
    {
      id: 'name',
      enableHiding: false,
      header: () => <SortHeader label="Name" sortKey="name" query={query} onSort={onSort} />,
      cell: ({ row }) => (
        <Anchor component={Link} to={`/buying-groups/${row.original.id}`} size="sm" fw={500} style={{ display: 'inline-block', minWidth: 220 }}>
          {row.original.name}
        </Anchor>
      ),
    },
    { id: 'account', header: 'Account', cell: ({ row }) => row.original.accountName },
    { id: 'solutionInterest', header: 'Solution interest', cell: ({ row }) => lookups.solutionInterest(row.original.solutionInterestId)?.name ?? row.original.solutionInterestId },
    { id: 'template', header: 'Roles template', cell: ({ row }) => lookups.template(row.original.templateId)?.name ?? row.original.templateId },
    {
      id: 'status',
      header: 'Status',
      cell: ({ row }) => (
        <Group gap={4}>
          {!row.original.active && (
            <Badge size="xs" color="gray" variant="dot">
              inactive
            </Badge>
          )}
          {row.original.statusLabel ?? null}
        </Group>
      ),
    },
    { id: 'stage', header: 'Stage', cell: ({ row }) => stageName(lookups, row.original.solutionInterestId, row.original.stage) ?? '—' },
    {
      id: 'completeness',
      header: () => <SortHeader label="Completeness" sortKey="completeness" query={query} onSort={onSort} />,
      cell: ({ row }) => (
        <Stack gap={4} miw={250}>
          <Group gap={6} wrap="nowrap">
            <Progress value={row.original.completeness} color={scoreColor(row.original.completenessDisplay)} w={70} size="sm" aria-label={`Completeness ${row.original.completenessDisplay}%`} />
            <span>{row.original.completenessDisplay}%</span>
          </Group>
          <RoleChips group={row.original} lookups={lookups} />
        </Stack>
      ),
    },
    {
      id: 'engagement',
      header: () => <SortHeader label="Engagement" sortKey="engagement" query={query} onSort={onSort} />,
      cell: ({ row }) => (
        <Group gap={6} wrap="nowrap">
          <Progress value={row.original.engagement} color={scoreColor(row.original.engagementDisplay)} w={50} size="sm" aria-label={`Engagement ${row.original.engagementDisplay}`} />
          <span>{row.original.engagementDisplay}</span>
        </Group>
      ),
    },
    { id: 'members', header: 'Members', cell: ({ row }) => row.original.memberCount },
    {
      id: 'missingRoles',
      header: 'Missing roles',
      cell: ({ row }) =>
        row.original.missingRoleIds.length === 0 ? (
          <Text size="sm" c="dimmed">
            none
          </Text>
        ) : (
          <Group gap={4}>
            {row.original.missingRoleIds.map((id) => (
              <Badge key={id} size="xs" color="red" variant="dot" style={{ textTransform: 'none' }}>
                {lookups.role(id)?.name ?? id}
              </Badge>
            ))}
          </Group>
        ),
    },
    {
      id: 'updatedAt',
      header: () => <SortHeader label="Updated" sortKey="updatedAt" query={query} onSort={onSort} />,
      cell: ({ row }) => <RelativeTime iso={row.original.updatedAt} />,
    },
  ];
}

/**
 * "Export": the filtered view (every matching group, not only this page) as a download — plain
 * links to the API's export endpoints, which the session cookie signs in; groups with the visible
 * columns.
 */
function ExportMenu({ query, visibleColumns }: { query: BrowseQuery; visibleColumns: string[] }) {
  const kinds = [
    { kind: 'groups', label: 'Buying groups', hint: 'the visible columns, with ids' },
    { kind: 'members', label: 'Members', hint: 'one row per current member' },
    { kind: 'gaps', label: 'Gap list', hint: 'one row per group and missing role, with its conditions in words' },
  ] as const;
  return (
    <Menu position="bottom-end" width={300}>
      <Menu.Target>
        <Button variant="default" size="xs" leftSection={<IconDownload size={14} aria-hidden />}>
          Export
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {kinds.map((k, i) => (
          <Box key={k.kind}>
            {i > 0 && <Menu.Divider />}
            <Menu.Label>
              {k.label} — {k.hint}
            </Menu.Label>
            {(['csv', 'jsonl'] as const).map((format) => (
              <Menu.Item key={format} component="a" href={exportUrl(query, k.kind, format, visibleColumns)} download aria-label={`Export ${k.label.toLowerCase()} as ${format === 'csv' ? 'CSV' : 'JSON Lines'}`}>
                {format === 'csv' ? 'CSV' : 'JSON Lines'}
              </Menu.Item>
            ))}
          </Box>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

const COLUMN_LABELS: Record<string, string> = {
  account: 'Account',
  solutionInterest: 'Solution interest',
  template: 'Roles template',
  status: 'Status',
  stage: 'Stage',
  completeness: 'Completeness',
  engagement: 'Engagement',
  members: 'Members',
  missingRoles: 'Missing roles',
  updatedAt: 'Updated',
};

/** A score range filter as a slider; the URL keeps min/max only when they narrow 0–100. */
function ScoreRange({ label, min, max, onChange }: { label: string; min?: string; max?: string; onChange: (min: string | undefined, max: string | undefined) => void }) {
  const [value, setValue] = useState<[number, number]>([Number(min ?? 0), Number(max ?? 100)]);
  useEffect(() => setValue([Number(min ?? 0), Number(max ?? 100)]), [min, max]);
  return (
    <Stack gap={2} w={200}>
      <Text size="xs" fw={500} id={`${label}-range`}>
        {label}: {value[0]}–{value[1]}
      </Text>
      <RangeSlider
        min={0}
        max={100}
        step={1}
        minRange={0}
        value={value}
        onChange={setValue}
        onChangeEnd={([a, b]) => onChange(a > 0 ? String(a) : undefined, b < 100 ? String(b) : undefined)}
        label={null}
        thumbFromLabel={`${label} minimum`}
        thumbToLabel={`${label} maximum`}
      />
    </Stack>
  );
}

export function BrowsePage() {
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => parseBrowseQuery(params), [params]);
  const lookups = useLookups();
  const canEdit = useCan('editor');
  const isAdmin = useCan('admin');
  const [activating, setActivating] = useState(false);
  const [fillGaps, setFillGaps] = useState(false);
  const queryClient = useQueryClient();
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const [visibility, setVisibility] = useState<VisibilityState>(loadVisibility);
  const [search, setSearch] = useState(query.single.q ?? '');
  const [debouncedSearch] = useDebouncedValue(search, 300);
  const searchKey = browseSearch(query);

  // A new query starts at page one with nothing selected.
  useEffect(() => {
    setCursors([undefined]);
    setRowSelection({});
  }, [searchKey]);
  useEffect(() => localStorage.setItem(COLUMNS_KEY, JSON.stringify(visibility)), [visibility]);

  const update = (change: (q: BrowseQuery) => void) => {
    // From the URL as it is now, not as this render saw it: the completeness slider ended a mouse
    // drag with the filters of an earlier render, dropping those set since (a missing role picked,
    // then the slider dragged, lost the role).
    const now = parseBrowseQuery(new URLSearchParams(window.location.search));
    const next: BrowseQuery = { multi: { ...now.multi }, single: { ...now.single }, limit: now.limit };
    change(next);
    setParams(new URLSearchParams(browseSearch(next)));
  };
  const setMulti = (k: MultiParam, v: string[]) => update((q) => void (q.multi[k] = v));
  /** The props every multi-value filter shares: its URL parameter's values, "Any" while empty. */
  const multiProps = (k: MultiParam) => ({ value: query.multi[k], onChange: (v: string[]) => setMulti(k, v), placeholder: query.multi[k].length ? undefined : 'Any', clearable: true });
  /** A score range from a slider: min and max, each left out when it does not narrow 0–100. */
  const setRange = (score: 'completeness' | 'engagement', min: string | undefined, max: string | undefined) =>
    update((q) => {
      for (const [k, v] of [[`${score}Min`, min], [`${score}Max`, max]] as const) {
        if (v) q.single[k] = v;
        else delete q.single[k];
      }
    });
  const setSingle = (k: SingleParam, v: string | undefined) =>
    update((q) => {
      if (v == null || v === '') delete q.single[k];
      else q.single[k] = v;
    });

  useEffect(() => {
    if ((query.single.q ?? '') !== debouncedSearch.trim()) setSingle('q', debouncedSearch.trim() || undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the debounced text drives this
  }, [debouncedSearch]);
  // The other way: a URL changed from outside (a saved view, back/forward) shows its search text.
  useEffect(() => {
    if ((query.single.q ?? '') !== debouncedSearch.trim()) setSearch(query.single.q ?? '');
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the URL's text drives this
  }, [query.single.q]);

  const cursor = cursors[cursors.length - 1];
  const groups = useQuery({
    queryKey: ['buying-groups', searchKey, cursor],
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/buying-groups', {
          params: { query: { ...apiQuery(query), limit: query.limit, ...(cursor ? { cursor } : {}) } as never },
          signal,
        }),
      ),
  });

  const total = useQuery({
    queryKey: ['buying-groups', 'count', searchKey],
    placeholderData: keepPreviousData,
    // Asked for once the page of rows is in: the count reads every matching group, and on SQLite
    // (one connection, synchronous) it would hold up the rows the user is waiting for.
    enabled: groups.data !== undefined && !groups.isPlaceholderData,
    queryFn: ({ signal }) => {
      const { sort: _sort, ...filters } = apiQuery(query);
      return unwrap(api.GET('/api/v1/buying-groups/count', { params: { query: filters as never }, signal }));
    },
  });

  const onSort = (s: string) => setSingle('sort', s);
  const columns = useMemo(() => (lookups.data ? columnsFor(lookups.data, query, onSort) : []), [lookups.data, query]); // eslint-disable-line react-hooks/exhaustive-deps
  const table = useReactTable({
    data: groups.data?.data ?? [],
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (g) => g.id,
    manualPagination: true,
    manualSorting: true,
    manualFiltering: true,
    state: { rowSelection, columnVisibility: visibility },
    onRowSelectionChange: setRowSelection,
    onColumnVisibilityChange: setVisibility,
    enableRowSelection: true,
  });
  const selectedIds = Object.keys(rowSelection).filter((k) => rowSelection[k]);

  // "All matching": the bulk action applies to every group the filters match, not only this page's.
  const [allMatching, setAllMatching] = useState(false);
  useEffect(() => setAllMatching(false), [searchKey]);
  const totalMatching = total.data?.total;
  const targetCount = allMatching && totalMatching != null ? totalMatching : selectedIds.length;

  const bulk = useMutation({
    mutationFn: (action: Schemas['BuyingGroupBulkUpdate']['action']) =>
      unwrap(api.POST('/api/v1/buying-groups/bulk', { body: { ...(allMatching ? { filter: bodyFilter(query) as never } : { ids: selectedIds }), action } })),
    onSuccess: (r) => {
      const refused = r.refused.reduce((n, x) => n + x.count, 0);
      const parts = [`${r.updated.toLocaleString()} changed`, r.unchanged ? `${r.unchanged.toLocaleString()} already so` : '', refused ? `${refused.toLocaleString()} refused` : ''].filter(Boolean);
      notifications.show({
        color: refused ? 'yellow' : 'teal',
        title: parts.join(', '),
        message: r.refused.length ? r.refused.slice(0, 3).map((x) => `${x.count} in stage ${x.from ?? '(none)'}: ${x.reason}`).join('\n') : undefined,
        autoClose: refused ? false : 4000,
      });
      setRowSelection({});
      setAllMatching(false);
      void queryClient.invalidateQueries({ queryKey: ['buying-groups'] });
    },
    onError: (e) => notifications.show({ color: 'red', title: 'Bulk change failed: nothing was changed', message: errorMessage(e) }),
  });

  if (lookups.error) return <ErrorState error={lookups.error} onRetry={() => void lookups.refetch()} />;
  if (!lookups.data) return <LoadingState />;
  const l = lookups.data;
  const visibleColumns = table
    .getVisibleLeafColumns()
    .map((c) => c.id)
    .join(',');

  const roleOptions = l.roles.map((r) => ({ value: r.id, label: r.name }));
  const stageOptions = [...new Map(l.stageModels.flatMap((m) => m.stages.map((s) => [s.key, { value: s.key, label: s.name }] as const))).values()];
  const filters = activeFilterCount(query);
  const moreCount = query.multi.stage.length + query.multi.statusLabel.length + query.multi.accountIndustry.length + query.multi.accountCountry.length;
  const page = groups.data;
  const firstRow = (cursors.length - 1) * query.limit + 1;

  function askStatus() {
    let label = '';
    modals.openConfirmModal({
      title: `Set the status of ${targetCount.toLocaleString()} buying groups${allMatching ? ' (all matching the filters)' : ''}`,
      children: <TextInput label="Status label" description="At most 50 characters; leave empty to clear" data-autofocus maxLength={50} onChange={(e) => (label = e.currentTarget.value)} />,
      labels: { confirm: 'Set status', cancel: 'Cancel' },
      onConfirm: () => bulk.mutate({ type: 'set_status', statusLabel: label.trim() || null }),
    });
  }
  function askStage() {
    let to: string | null = null;
    modals.openConfirmModal({
      title: `Move ${targetCount.toLocaleString()} buying groups${allMatching ? ' (all matching the filters)' : ''} to a stage`,
      children: (
        <Stack gap="xs">
          <Select label="Stage" data={stageOptions} onChange={(v) => (to = v)} comboboxProps={{ withinPortal: true }} />
          <Text size="xs" c="dimmed">
            Groups move only along their stage model&apos;s transitions; the others stay where they are and are reported.
          </Text>
        </Stack>
      ),
      labels: { confirm: 'Move', cancel: 'Cancel' },
      onConfirm: () => to && bulk.mutate({ type: 'move_stage', to }),
    });
  }

  return (
    <Stack gap="sm">
      <Paper withBorder p="sm">
        <Stack gap="xs">
          <Group gap="sm" align="flex-end" wrap="wrap">
            <TextInput
              label="Search"
              placeholder="Group name"
              leftSection={<IconSearch size={14} aria-hidden />}
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
              w={220}
            />
            <MultiSelect
              label="Solution interest"
              {...multiProps('solutionInterestId')}
              data={l.solutionInterests.map((s) => ({ value: s.id, label: s.name }))}
              searchable
              w={230}
            />
            <MultiSelect
              label="Roles template"
              {...multiProps('templateId')}
              data={l.templates.map((t) => ({ value: t.id, label: t.name }))}
              searchable
              w={210}
            />
            <MultiSelect
              label={query.single.missingRoleMatch === 'any' ? 'Missing roles (any of)' : 'Missing roles (all of)'}
              {...multiProps('missingRoleId')}
              data={roleOptions}
              searchable
              w={240}
            />
            {query.multi.missingRoleId.length > 1 && (
              <SegmentedControl
                aria-label="Missing roles: all of them or any of them"
                size="xs"
                value={query.single.missingRoleMatch ?? 'all'}
                onChange={(v) => setSingle('missingRoleMatch', v === 'all' ? undefined : v)}
                data={[
                  { value: 'all', label: 'All of' },
                  { value: 'any', label: 'Any of' },
                ]}
              />
            )}
            <Popover position="bottom-start" shadow="md" width={320} trapFocus>
              <Popover.Target>
                <Button variant="default" leftSection={<IconAdjustments size={14} aria-hidden />}>
                  More filters{moreCount ? ` (${moreCount})` : ''}
                </Button>
              </Popover.Target>
              <Popover.Dropdown>
                <Stack gap="sm">
                  <MultiSelect label="Stage" data={stageOptions} {...multiProps('stage')} comboboxProps={{ withinPortal: false }} />
                  <TagsInput label="Status label" description="Press Enter after each value" {...multiProps('statusLabel')} />
                  <TagsInput label="Account industry" {...multiProps('accountIndustry')} />
                  <TagsInput label="Account country" {...multiProps('accountCountry')} />
                </Stack>
              </Popover.Dropdown>
            </Popover>
            <AccountConditionFilter query={query} onChange={(c) => setParams(new URLSearchParams(browseSearch(withAccountCondition(query, c))))} />
          </Group>
          <Group gap="lg" align="flex-end" wrap="wrap">
            <ScoreRange label="Completeness" min={query.single.completenessMin} max={query.single.completenessMax} onChange={(a, b) => setRange('completeness', a, b)} />
            <ScoreRange label="Engagement" min={query.single.engagementMin} max={query.single.engagementMax} onChange={(a, b) => setRange('engagement', a, b)} />
            {(['completenessBelow', 'engagementBelow'] as const).map((k) =>
              query.single[k] != null ? (
                <Badge key={k} variant="light" size="lg" style={{ textTransform: 'none' }} rightSection={<CloseButton size="xs" aria-label={`Remove the ${k === 'completenessBelow' ? 'completeness' : 'engagement'} filter`} onClick={() => setSingle(k, undefined)} />}>
                  {k === 'completenessBelow' ? 'Completeness' : 'Engagement'} below {query.single[k]}
                </Badge>
              ) : null,
            )}
            <Stack gap={2}>
              <Text size="xs" fw={500} id="active-filter-label">
                Groups
              </Text>
              <SegmentedControl
                aria-labelledby="active-filter-label"
                size="xs"
                value={query.single.active ?? 'all'}
                onChange={(v) => setSingle('active', v === 'all' ? undefined : v)}
                data={[
                  { value: 'all', label: 'All' },
                  { value: 'true', label: 'Active' },
                  { value: 'false', label: 'Inactive' },
                ]}
              />
            </Stack>
            <Group gap="xs" ml="auto">
              {filters > 0 && (
                <Button variant="subtle" size="xs" leftSection={<IconFilterOff size={14} aria-hidden />} onClick={() => setParams(new URLSearchParams())}>
                  Clear {filters} {filters === 1 ? 'filter' : 'filters'}
                </Button>
              )}
              {/* Pending member suggestions of the groups (of the one solution interest filtered on, if so). */}
              <Button
                component={Link}
                to={`/buying-groups/suggestions${query.multi.solutionInterestId.length === 1 ? `?solutionInterestId=${query.multi.solutionInterestId[0]}` : ''}`}
                variant="default"
                size="xs"
                leftSection={<IconSparkles size={14} aria-hidden />}
              >
                Suggestions
              </Button>
              {isAdmin && (
                <Button variant="default" size="xs" leftSection={<IconBrandLinkedin size={14} aria-hidden />} onClick={() => setActivating(true)}>
                  Activate to LinkedIn
                </Button>
              )}
              {isAdmin && lookups.data && (
                <Button variant="default" size="xs" leftSection={<IconUserPlus size={14} aria-hidden />} onClick={() => setFillGaps(true)}>
                  Fill gaps
                </Button>
              )}
              {lookups.data && fillGaps && <FillGapsModal opened onClose={() => setFillGaps(false)} query={query} lookups={lookups.data} />}
              <SavedViewsMenu current={searchKey} onOpen={(s) => setParams(new URLSearchParams(s))} icon={<IconBookmark size={14} aria-hidden />} />
              <ExportMenu query={query} visibleColumns={table.getVisibleLeafColumns().map((c) => c.id).filter((id) => id !== 'select')} />
              <Menu closeOnItemClick={false} position="bottom-end">
                <Menu.Target>
                  <Button variant="default" size="xs" leftSection={<IconColumns size={14} aria-hidden />}>
                    Columns
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  {table
                    .getAllLeafColumns()
                    .filter((c) => c.getCanHide())
                    .map((c) => (
                      <Menu.Item key={c.id} onClick={() => c.toggleVisibility()}>
                        <Checkbox size="xs" readOnly checked={c.getIsVisible()} label={COLUMN_LABELS[c.id] ?? c.id} tabIndex={-1} />
                      </Menu.Item>
                    ))}
                </Menu.Dropdown>
              </Menu>
            </Group>
          </Group>
        </Stack>
      </Paper>

      {selectedIds.length > 0 && canEdit && (
        <Paper withBorder p="xs" bg="var(--mantine-color-indigo-light)">
          <Group gap="sm">
            <Text size="sm" fw={500}>
              {allMatching ? `All ${targetCount.toLocaleString()} matching groups selected` : `${selectedIds.length} selected`}
            </Text>
            {!allMatching && table.getIsAllPageRowsSelected() && totalMatching != null && totalMatching > selectedIds.length && (
              <Button size="xs" variant="subtle" onClick={() => setAllMatching(true)}>
                Select all {totalMatching.toLocaleString()} matching
              </Button>
            )}
            <Button size="xs" variant="default" onClick={askStatus} loading={bulk.isPending}>
              Change status
            </Button>
            <Button size="xs" variant="default" onClick={askStage} loading={bulk.isPending} disabled={stageOptions.length === 0}>
              Move stage
            </Button>
            <Button
              size="xs"
              variant="subtle"
              onClick={() => {
                setRowSelection({});
                setAllMatching(false);
              }}
            >
              Clear selection
            </Button>
          </Group>
        </Paper>
      )}

      {groups.error ? (
        <ErrorState error={groups.error} onRetry={() => void groups.refetch()} />
      ) : !page ? (
        <LoadingState label="Loading buying groups…" />
      ) : page.data.length === 0 ? (
        <EmptyState title={filters || query.single.q ? 'No buying group matches these filters' : 'No buying groups yet'}>
          {filters || query.single.q ? 'Loosen or clear a filter to see more.' : 'Run a creation job for a solution interest and an audience to create buying groups.'}
        </EmptyState>
      ) : (
        <Paper withBorder>
          <Box style={{ overflowX: 'auto' }}>
            <Table striped highlightOnHover verticalSpacing="xs" aria-label="Buying groups" aria-busy={groups.isFetching}>
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
                  <BrowseRow key={row.id} row={row} selected={row.getIsSelected()} columns={visibleColumns} lookups={l} />
                ))}
              </Table.Tbody>
            </Table>
          </Box>
          <Group justify="space-between" p="xs">
            <Text size="sm" c="dimmed" data-testid="browse-range">
              {firstRow}–{firstRow + page.data.length - 1}
              {total.data ? ` of ${total.data.total.toLocaleString()}` : ''}
            </Text>
            <Group gap="xs">
              <Select
                aria-label="Rows per page"
                size="xs"
                w={90}
                data={PAGE_SIZES.map((n) => ({ value: String(n), label: `${n} / page` }))}
                value={String(query.limit)}
                onChange={(v) => update((q) => void (q.limit = Number(v)))}
                allowDeselect={false}
              />
              <ActionIcon.Group>
                <Button size="xs" variant="default" disabled={cursors.length <= 1} onClick={() => setCursors((c) => c.slice(0, -1))}>
                  Previous
                </Button>
                <Button size="xs" variant="default" disabled={!page.nextCursor} onClick={() => page.nextCursor && setCursors((c) => [...c, page.nextCursor ?? undefined])}>
                  Next
                </Button>
              </ActionIcon.Group>
            </Group>
          </Group>
        </Paper>
      )}
      {activating && (
        <Suspense fallback={null}>
          <ActivateModal filter={bodyFilter(query) as never} onClose={() => setActivating(false)} />
        </Suspense>
      )}
    </Stack>
  );
}
