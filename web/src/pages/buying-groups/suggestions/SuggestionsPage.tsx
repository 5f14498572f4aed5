/**
 * Suggestions across buying groups (Buying groups → Suggestions): the pending member suggestions
 * of every group, most probable first, filtered by solution interest, role and minimum
 * probability (URL parameters with the API's names), paged by cursor, confirmed or dismissed
 * one by one or as a selection.
 */
import { useEffect, useState } from 'react';
import { ActionIcon, Anchor, Button, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../../../api/client.ts';
import { useCan } from '../../../auth/session.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/States.tsx';
import { useLookups } from '../../../lib/lookups.ts';
import { BulkBar, ErrorAlert, SuggestionsTable, suggestionKey, useDecide } from './shared.tsx';

const PAGE_SIZES = [25, 50, 100];
const MIN_PROBABILITIES = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95];

export function SuggestionsPage() {
  const canEdit = useCan('editor');
  const lookups = useLookups();
  const [params, setParams] = useSearchParams();
  const solutionInterestId = params.get('solutionInterestId') ?? undefined;
  const roleId = params.get('roleId') ?? undefined;
  const minRaw = params.get('minProbability');
  const minProbability = minRaw != null && Number.isFinite(Number(minRaw)) ? Number(minRaw) : undefined;
  const limit = PAGE_SIZES.includes(Number(params.get('limit'))) ? Number(params.get('limit')) : 50;
  const filterKey = params.toString();
  // The cursors of the pages walked so far (the first page has none); a filter change starts over.
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const [selected, setSelected] = useState<string[]>([]);
  useEffect(() => setCursors([undefined]), [filterKey]);
  const cursor = cursors[cursors.length - 1];
  // A selection belongs to the page it was made on.
  useEffect(() => setSelected([]), [filterKey, cursor]);
  const query = { state: 'pending' as const, limit, ...(solutionInterestId ? { solutionInterestId } : {}), ...(roleId ? { roleId } : {}), ...(minProbability != null ? { minProbability } : {}), ...(cursor ? { cursor } : {}) };
  const list = useQuery({
    queryKey: ['suggestions', 'all', query],
    queryFn: () => unwrap(api.GET('/api/v1/suggestions', { params: { query } })),
    placeholderData: keepPreviousData,
  });
  const decide = useDecide(() => setSelected([]));

  const set = (name: string, value: string | null | undefined) => {
    const next = new URLSearchParams(params);
    if (value == null || value === '') next.delete(name);
    else next.set(name, value);
    setParams(next, { replace: true });
  };

  if (lookups.error) return <ErrorState error={lookups.error} onRetry={() => void lookups.refetch()} />;
  if (!lookups.data) return <LoadingState />;
  const l = lookups.data;
  const page = list.data;
  const rows = page?.data ?? [];
  const byKey = new Map(rows.map((s) => [suggestionKey(s), s]));
  const busyKey = decide.isPending && decide.variables.items.length === 1 && decide.variables.items[0] ? suggestionKey(decide.variables.items[0]) : null;
  const filtered = solutionInterestId != null || roleId != null || minProbability != null;
  const firstRow = (cursors.length - 1) * limit + 1;

  return (
    <Stack gap="sm">
      <Paper withBorder p="sm">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Select
            label="Solution interest"
            placeholder="All"
            data={l.solutionInterests.map((s) => ({ value: s.id, label: s.name }))}
            value={solutionInterestId ?? null}
            onChange={(v) => set('solutionInterestId', v)}
            clearable
            searchable
            w={240}
          />
          <Select label="Suggested role" placeholder="Any" data={l.roles.map((r) => ({ value: r.id, label: r.name }))} value={roleId ?? null} onChange={(v) => set('roleId', v)} clearable searchable w={220} />
          <Select
            label="Minimum probability"
            placeholder="Any"
            data={MIN_PROBABILITIES.map((p) => ({ value: String(p), label: `${Math.round(p * 100)}% or more` }))}
            value={minProbability != null ? String(minProbability) : null}
            onChange={(v) => set('minProbability', v)}
            clearable
            w={180}
          />
          {filtered && (
            <Button variant="subtle" size="xs" leftSection={<IconFilterOff size={14} aria-hidden />} onClick={() => setParams(new URLSearchParams(), { replace: true })}>
              Clear filters
            </Button>
          )}
          <Text size="sm" c="dimmed" ml="auto" maw={420}>
            Train and run the model per solution interest on its page (
            <Anchor component={Link} to="/buying-groups/solution-interests" size="sm" underline="always">
              Solution interests
            </Anchor>
            ).
          </Text>
        </Group>
      </Paper>

      <ErrorAlert title="Nothing was changed" error={decide.error} />
      {canEdit && (
        <BulkBar
          count={selected.length}
          busy={decide.isPending}
          onDecide={(decision) => decide.mutate({ decision, items: selected.flatMap((k) => byKey.get(k) ?? []) })}
          onClear={() => setSelected([])}
        />
      )}

      {list.error ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : !page ? (
        <LoadingState label="Loading suggestions…" />
      ) : rows.length === 0 && cursors.length === 1 ? (
        <EmptyState title={filtered ? 'No pending suggestion matches these filters' : 'No pending suggestions'}>
          {filtered
            ? 'Loosen or clear a filter to see more.'
            : 'Suggestions come from a model learned per solution interest from its confirmed members. Open a solution interest to train its model and propose members for every group.'}
        </EmptyState>
      ) : (
        <>
          <SuggestionsTable
            rows={rows}
            lookups={l}
            canEdit={canEdit}
            showGroup
            selected={selected}
            onSelect={setSelected}
            onDecide={(decision, items) => decide.mutate({ decision, items })}
            busyKey={busyKey}
            label="Member suggestions across buying groups"
          />
          <Group justify="space-between">
            <Text size="sm" c="dimmed" data-testid="suggestions-range">
              {rows.length ? `${firstRow}–${firstRow + rows.length - 1}` : 'No more suggestions'}
            </Text>
            <Group gap="xs">
              <Select
                aria-label="Rows per page"
                size="xs"
                w={100}
                data={PAGE_SIZES.map((n) => ({ value: String(n), label: `${n} / page` }))}
                value={String(limit)}
                onChange={(v) => set('limit', v)}
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
        </>
      )}
    </Stack>
  );
}
