/**
 * The fields of an activation: destination, name, lists, roles and schedule. "Activate to
 * LinkedIn" (Browse) creates one with Browse's current filter; the activation page edits one
 * (there the filter's main parts are editable too; the next sync applies them).
 */
import { useState } from 'react';
import { Alert, Button, Checkbox, Group, List, Modal, MultiSelect, NumberInput, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client.ts';
import { fieldError, ifMatch, notify, READABLE_TITLE, SaveError } from '../../lib/config-writes.tsx';
import { describeFilter } from '../../lib/linkedin.ts';
import { useLookups } from '../../lib/lookups.ts';
import { LoadingState } from '../../components/States.tsx';
import { FormModal } from '../../components/FormModal.tsx';
import { ACTIVATIONS_KEY, useDestinations } from './Destinations.tsx';

type Activation = Schemas['Activation'];
type Filter = Schemas['ActivationCreate']['filter'];

export const SCHEDULES = [
  { value: '', label: 'On demand only' },
  { value: String(3_600_000), label: 'Every hour' },
  { value: String(6 * 3_600_000), label: 'Every 6 hours' },
  { value: String(86_400_000), label: 'Every day' },
  { value: String(7 * 86_400_000), label: 'Every week' },
];

export function scheduleLabel(ms: number | null): string {
  return SCHEDULES.find((s) => s.value === (ms === null ? '' : String(ms)))?.label ?? `Every ${Math.round((ms ?? 0) / 60_000)} minutes`;
}

const SHOWN = ['/name', '/destinationId', '/companyList', '/contactList', '/roleIds', '/syncIntervalMs'];

interface Fields {
  name: string;
  companyList: boolean;
  contactList: boolean;
  roleIds: string[];
  schedule: string;
}

function CommonFields({ f, set, error }: { f: Fields; set: (p: Partial<Fields>) => void; error: unknown }) {
  const lookups = useLookups();
  return (
    <>
      <TextInput label="Name" description="The LinkedIn lists are named after it" required value={f.name} onChange={(e) => set({ name: e.currentTarget.value })} error={fieldError(error, '/name')} />
      <Stack gap={6}>
        <Text size="sm" fw={500}>
          Lists on LinkedIn
        </Text>
        <Checkbox label="Company list — the groups’ accounts (name, website, country)" checked={f.companyList} onChange={(e) => set({ companyList: e.currentTarget.checked })} />
        <Checkbox label="Contact list — the groups’ current members (hashed email, name, title, company)" checked={f.contactList} onChange={(e) => set({ contactList: e.currentTarget.checked })} />
        {fieldError(error, '/companyList') && (
          <Text size="xs" c="red">
            {fieldError(error, '/companyList')}
          </Text>
        )}
      </Stack>
      {f.contactList && (
        <MultiSelect
          label="Only members holding these roles"
          description="Empty: every member of the groups"
          data={(lookups.data?.roles ?? []).map((r) => ({ value: r.id, label: r.name }))}
          value={f.roleIds}
          onChange={(roleIds) => set({ roleIds })}
          searchable
          clearable
          error={fieldError(error, '/roleIds')}
        />
      )}
      <Select label="Sync schedule" data={SCHEDULES} value={f.schedule} onChange={(v) => set({ schedule: v ?? '' })} allowDeselect={false} error={fieldError(error, '/syncIntervalMs')} />
      {!f.companyList && !f.contactList && (
        <Alert color="yellow" styles={READABLE_TITLE}>
          Choose at least one list: with neither, a sync sends nothing.
        </Alert>
      )}
    </>
  );
}

const defaultName = (filter: Filter, words: string[]) => (Object.keys(filter).length === 0 ? 'All buying groups' : words.join(', ').slice(0, 200));

/** "Activate to LinkedIn" from Browse: the current filter, exactly as Browse sends it. */
export function ActivateModal({ filter, onClose }: { filter: Filter; onClose: () => void }) {
  const lookups = useLookups();
  const destinations = useDestinations();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const words = describeFilter(filter as Record<string, unknown>, lookups.data);
  const [destinationId, setDestinationId] = useState<string | null>(null);
  const [f, setF] = useState<Fields>({ name: defaultName(filter, words), companyList: true, contactList: true, roleIds: [], schedule: '' });
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/activations', {
          body: { destinationId: destinationId ?? '', name: f.name, filter: filter as never, companyList: f.companyList, contactList: f.contactList, roleIds: f.contactList ? f.roleIds : [], syncIntervalMs: f.schedule ? Number(f.schedule) : null },
        }),
      ),
    onSuccess: (a) => {
      void queryClient.invalidateQueries({ queryKey: ACTIVATIONS_KEY });
      notify({ color: 'teal', message: `Activation “${a.name}” created: sync it to send the lists to LinkedIn` });
      void navigate(`/activations/${a.id}`);
    },
  });
  const list = destinations.data?.data ?? [];
  return (
    <Modal opened onClose={onClose} title="Activate to LinkedIn" size="lg">
      {!destinations.data ? (
        <LoadingState />
      ) : list.length === 0 ? (
        <Stack>
          <Text size="sm">No LinkedIn destination is connected yet. Connect an ad account first, then activate this filter.</Text>
          <Group justify="flex-end">
            <Button component={Link} to="/destinations">
              Go to destinations
            </Button>
          </Group>
        </Stack>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate();
          }}
        >
          <Stack>
            <SaveError error={save.error} shown={(p) => SHOWN.includes(p)} onReload={onClose} />
            <div>
              <Text size="sm" fw={500}>
                Buying groups (Browse’s current filters)
              </Text>
              <List size="sm" data-testid="activation-filter-words">
                {words.map((w) => (
                  <List.Item key={w}>{w}</List.Item>
                ))}
              </List>
              <Text size="xs" c="dimmed">
                The lists follow the filter: every sync adds groups that start matching and removes those that stop.
              </Text>
            </div>
            <Select
              label="Destination"
              required
              data={list.map((d) => ({ value: d.id, label: `${d.name} (ad account ${d.adAccountId})${d.state === 'connected' ? '' : ` — ${d.state.replace('_', ' ')}`}` }))}
              value={destinationId}
              onChange={setDestinationId}
              error={fieldError(save.error, '/destinationId')}
            />
            <CommonFields f={f} set={(p) => setF({ ...f, ...p })} error={save.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button type="submit" loading={save.isPending} disabled={!destinationId}>
                Create activation
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

const num = (v: unknown) => (typeof v === 'number' ? v : '');

/** Edits an activation: its fields and the main parts of its filter (others are kept as they are). */
export function EditActivationModal({ activation, onClose }: { activation: Activation; onClose: () => void }) {
  const lookups = useLookups();
  const queryClient = useQueryClient();
  const filter = activation.filter as Record<string, unknown>;
  const [f, setF] = useState<Fields>({ name: activation.name, companyList: activation.companyList, contactList: activation.contactList, roleIds: activation.roleIds, schedule: activation.syncIntervalMs === null ? '' : String(activation.syncIntervalMs) });
  const [solutionInterestId, setSi] = useState<string[]>((filter.solutionInterestId as string[] | undefined) ?? []);
  const [missingRoleId, setMissing] = useState<string[]>((filter.missingRoleId as string[] | undefined) ?? []);
  const [completenessBelow, setCompleteness] = useState<number | string>(num(filter.completenessBelow));
  const [activeOnly, setActiveOnly] = useState(filter.active === true);
  const { solutionInterestId: _s, missingRoleId: _m, completenessBelow: _c, active: _a, ...others } = filter;
  const otherWords = Object.keys(others).length ? describeFilter(others, lookups.data) : [];
  const save = useMutation({
    mutationFn: () => {
      const next: Record<string, unknown> = { ...others };
      if (solutionInterestId.length) next.solutionInterestId = solutionInterestId;
      if (missingRoleId.length) next.missingRoleId = missingRoleId;
      if (completenessBelow !== '') next.completenessBelow = Number(completenessBelow);
      if (activeOnly) next.active = true;
      else if (filter.active === false) next.active = false;
      return unwrap(
        api.PATCH('/api/v1/activations/{id}', {
          params: { path: { id: activation.id }, header: ifMatch(activation.version) },
          body: { name: f.name, filter: next as never, companyList: f.companyList, contactList: f.contactList, roleIds: f.contactList ? f.roleIds : [], syncIntervalMs: f.schedule ? Number(f.schedule) : null },
        }),
      );
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ACTIVATIONS_KEY });
      notify({ color: 'teal', message: 'Activation saved: the next sync applies the changes' });
      onClose();
    },
  });
  const filterError = (p: string) => fieldError(save.error, `/filter/${p}`);
  return (
    <FormModal title={`Edit “${activation.name}”`} onClose={onClose} onSubmit={() => save.mutate()} submitting={save.isPending} submitLabel="Save">
          <SaveError error={save.error} shown={(p) => SHOWN.includes(p) || ['/filter/solutionInterestId', '/filter/missingRoleId', '/filter/completenessBelow'].includes(p)} onReload={onClose} />
          <Text size="sm" fw={500}>
            Filter (applied at the next sync)
          </Text>
          <MultiSelect label="Solution interests" data={(lookups.data?.solutionInterests ?? []).map((s) => ({ value: s.id, label: s.name }))} value={solutionInterestId} onChange={setSi} searchable clearable error={filterError('solutionInterestId')} />
          <MultiSelect label="Missing roles (all of them missing)" data={(lookups.data?.roles ?? []).map((r) => ({ value: r.id, label: r.name }))} value={missingRoleId} onChange={setMissing} searchable clearable error={filterError('missingRoleId')} />
          <NumberInput label="Completeness below" min={0} max={100} value={completenessBelow} onChange={setCompleteness} error={filterError('completenessBelow')} />
          <Switch label="Active groups only" checked={activeOnly} onChange={(e) => setActiveOnly(e.currentTarget.checked)} />
          {otherWords.length > 0 && (
            <Text size="xs" c="dimmed">
              Also kept from the filter: {otherWords.join('; ')}
            </Text>
          )}
          <CommonFields f={f} set={(p) => setF({ ...f, ...p })} error={save.error} />
    </FormModal>
  );
}
