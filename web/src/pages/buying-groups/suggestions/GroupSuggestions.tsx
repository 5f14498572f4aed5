/**
 * A buying group's pending member suggestions (its Suggestions tab): the people the solution
 * interest's model proposes, with reasons, confirmed or dismissed one by one or in bulk. Without
 * suggestions it says how to get them and offers to run the model, or to train it first.
 */
import { useState } from 'react';
import { Anchor, Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, unwrap, type Schemas } from '../../../api/client.ts';
import { useCan } from '../../../auth/session.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/States.tsx';
import { RelativeTime } from '../../../components/RelativeTime.tsx';
import type { Lookups } from '../../../lib/lookups.ts';
import { BulkBar, ErrorAlert, JobPanel, SuggestionsTable, suggestionKey, useDecide, useSuggestionJob, useSuggestionModel, type SuggestionModel } from './shared.tsx';

/** A group's pending suggestions (a group's are few: one page of 500 is all of them). */
export function groupSuggestionsQuery(id: string) {
  return {
    queryKey: ['suggestions', 'group', id],
    queryFn: () => unwrap(api.GET('/api/v1/buying-groups/{id}/suggestions', { params: { path: { id }, query: { limit: 500 } as never } })),
  };
}

export function GroupSuggestionsTab({ group, lookups }: { group: Schemas['BuyingGroup']; lookups: Lookups }) {
  const canEdit = useCan('editor');
  const [selected, setSelected] = useState<string[]>([]);
  const list = useQuery(groupSuggestionsQuery(group.id));
  const model = useSuggestionModel(group.solutionInterestId);
  const decide = useDecide(() => setSelected([]));
  const job = useSuggestionJob(group.solutionInterestId);

  if (list.error) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  if (model.error) return <ErrorState error={model.error} onRetry={() => void model.refetch()} />;
  if (!list.data || model.data === undefined) return <LoadingState />;
  const rows = list.data.data;
  const siName = lookups.solutionInterest(group.solutionInterestId)?.name ?? group.solutionInterestId;
  const siLink = (
    <Anchor component={Link} to={`/buying-groups/solution-interests/${group.solutionInterestId}`} size="sm" underline="always">
      {siName}
    </Anchor>
  );
  const busyKey = decide.isPending && decide.variables.items.length === 1 && decide.variables.items[0] ? suggestionKey(decide.variables.items[0]) : null;
  const byKey = new Map(rows.map((s) => [suggestionKey(s), s]));
  const decideSelected = (decision: 'confirm' | 'dismiss') => decide.mutate({ decision, items: selected.flatMap((k) => byKey.get(k) ?? []) });

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {model.data ? (
            <>
              Proposed by the model of {siLink}, trained <RelativeTime iso={model.data.trainedAt} /> on {model.data.stats.groups} groups. Pending suggestions are not members until confirmed.
            </>
          ) : (
            <>No suggestion model is trained for {siLink} yet.</>
          )}
        </Text>
        {canEdit && rows.length > 0 && model.data && (
          <Button size="xs" variant="default" loading={job.running} onClick={() => job.start.mutate({ train: false, run: true })}>
            Propose again
          </Button>
        )}
      </Group>
      <ErrorAlert title="The job was not started" error={job.start.error} />
      <JobPanel job={job.job} error={job.jobError} />
      <ErrorAlert title="Nothing was changed" error={decide.error} />
      {canEdit && <BulkBar count={selected.length} busy={decide.isPending} onDecide={decideSelected} onClear={() => setSelected([])} />}
      {rows.length === 0 ? (
        model.data ? (
          <NoSuggestions model={model.data} canEdit={canEdit} running={job.running} onRun={() => job.start.mutate({ train: false, run: true })} />
        ) : (
          <NoModel canEdit={canEdit} running={job.running} onTrain={(includeRuleMembers) => job.start.mutate({ train: true, run: true, includeRuleMembers })} />
        )
      ) : (
        <SuggestionsTable
          rows={rows}
          lookups={lookups}
          canEdit={canEdit}
          selected={selected}
          onSelect={setSelected}
          onDecide={(decision, items) => decide.mutate({ decision, items })}
          busyKey={busyKey}
          label="Member suggestions"
        />
      )}
    </Stack>
  );
}

function NoSuggestions({ model, canEdit, running, onRun }: { model: SuggestionModel; canEdit: boolean; running: boolean; onRun: () => void }) {
  return (
    <EmptyState
      title="No pending suggestions for this group"
      action={
        canEdit && (
          <Button size="sm" loading={running} onClick={onRun}>
            Propose members
          </Button>
        )
      }
    >
      The model (trained <RelativeTime iso={model.trainedAt} />) proposes nobody above the threshold here, or every suggestion was confirmed or dismissed. Proposing again uses the group&apos;s
      current people; dismissed roles are never proposed again.
    </EmptyState>
  );
}

function NoModel({ canEdit, running, onTrain }: { canEdit: boolean; running: boolean; onTrain: (includeRuleMembers: boolean) => void }) {
  const [withRules, setWithRules] = useState(false);
  return (
    <EmptyState
      title="No suggestions yet"
      action={
        canEdit && (
          <Stack align="center" gap="xs" mt="xs">
            <Checkbox size="xs" label="Learn from rule members too (weighted lower)" checked={withRules} onChange={(e) => setWithRules(e.currentTarget.checked)} />
            <Button size="sm" loading={running} onClick={() => onTrain(withRules)}>
              Train and propose
            </Button>
          </Stack>
        )
      }
    >
      Suggestions are learned from confirmed members — people added by hand, imported or confirmed before — across this solution interest&apos;s groups. Add the right people by hand in a few
      groups, then train the model: it proposes members for every group, each with a probability and its reasons.
    </EmptyState>
  );
}
