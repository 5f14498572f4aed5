/**
 * The condition builder: the whole condition language of src/domain/conditions/ast.ts as a tree
 * of editors — all / any groups (add, remove, nest, switch kind), not, and every leaf kind.
 * The condition JSON is the model: each edit replaces exactly the node edited, so what the
 * builder is shown comes back unchanged (it never calls onChange on its own, e.g. on mount).
 * Validation messages (`errors`, JSON pointers from the condition's root as the API reports
 * them) are shown beside the part they concern.
 */
import type { ReactNode } from 'react';
import { ActionIcon, Box, Button, Code, Fieldset, Group, Menu, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconArrowBackUp, IconBan, IconBraces, IconDots, IconFolderPlus, IconPlus, IconTrash } from '@tabler/icons-react';
import { BuilderContext, nodeErrors, useBuilder } from './context.ts';
import { useConditionRefs } from './data.ts';
import { LEAF_KINDS, LEAF_LABELS, newLeaf, type LeafKind } from './model.ts';
import { ActivityLeaf, BuyingGroupLeaf, DescendantLeaf, FieldLeaf, PeopleLeaf, RefLeaf, RoleInAccountLeaf } from './leaves.tsx';
import type { Condition, ConditionError, FieldCondition, Subject } from './types.ts';

export interface ConditionBuilderProps {
  subject: Subject;
  value: Condition | null;
  onChange: (c: Condition | null) => void;
  readOnly?: boolean;
  label?: string;
  errors?: { path: string; message: string }[];
}

const EMPTY_ERRORS: ConditionError[] = [];

export function ConditionBuilder({ subject, value, onChange, readOnly = false, label, errors = EMPTY_ERRORS }: ConditionBuilderProps) {
  const refs = useConditionRefs();
  const body =
    value === null ? (
      <Group gap="sm">
        <Text size="sm" c="dimmed">
          No condition yet.
        </Text>
        {!readOnly && <AddMenu subject={subject} onAdd={(c) => onChange(c)} label="Add a condition" />}
      </Group>
    ) : (
      <NodeEditor node={value} path="" subject={subject} onChange={onChange} onRemove={() => onChange(null)} />
    );
  const rootErrors = errors.filter((e) => e.path === '').map((e) => e.message);
  return (
    <BuilderContext.Provider value={{ readOnly, errors, refs }}>
      <Box data-condition-builder={subject}>
        {label ? (
          <Fieldset legend={label} variant="unstyled" p={0}>
            {body}
          </Fieldset>
        ) : (
          body
        )}
        {value === null && rootErrors.length > 0 && <Messages messages={rootErrors} />}
      </Box>
    </BuilderContext.Provider>
  );
}

function Messages({ messages }: { messages: string[] }) {
  if (!messages.length) return null;
  return (
    <Stack gap={2} mt={4}>
      {messages.map((m, i) => (
        <Text key={i} size="xs" c="red" data-condition-error>
          {m}
        </Text>
      ))}
    </Stack>
  );
}

function useDefaults(subject: Subject) {
  const { refs } = useBuilder();
  return {
    activityType: refs.activityTypes[0]?.value,
    personaId: refs.personas[0]?.value,
    listId: refs.staticLists[0]?.value,
    solutionInterestId: subject === 'account' ? refs.solutionInterests[0]?.value : undefined,
  };
}

/** "Add condition": every leaf kind of the subject, then groups and not. */
function AddMenu({ subject, onAdd, label = 'Add condition' }: { subject: Subject; onAdd: (c: Condition) => void; label?: string }) {
  const defaults = useDefaults(subject);
  return (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <Button size="compact-xs" variant="default" leftSection={<IconPlus size={12} aria-hidden />}>
          {label}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{subject === 'person' ? 'About the person' : 'About the account'}</Menu.Label>
        {LEAF_KINDS[subject].map((k: LeafKind) => (
          <Menu.Item key={k} onClick={() => onAdd(newLeaf(k, subject, defaults))}>
            {LEAF_LABELS[k]}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Label>Combine</Menu.Label>
        <Menu.Item leftSection={<IconFolderPlus size={14} aria-hidden />} onClick={() => onAdd({ all: [] })}>
          Group: all of…
        </Menu.Item>
        <Menu.Item leftSection={<IconFolderPlus size={14} aria-hidden />} onClick={() => onAdd({ any: [] })}>
          Group: any of…
        </Menu.Item>
        <Menu.Item leftSection={<IconBan size={14} aria-hidden />} onClick={() => onAdd({ not: { all: [] } })}>
          Not…
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

/** Wrap, negate, remove: the actions every node has. */
function NodeMenu({ node, onChange, onRemove, what }: { node: Condition; onChange: (c: Condition) => void; onRemove: () => void; what: string }) {
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" size="sm" aria-label={`Actions for ${what}`}>
          <IconDots size={16} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconFolderPlus size={14} aria-hidden />} onClick={() => onChange({ all: [node] })}>
          Wrap in a group: all of
        </Menu.Item>
        <Menu.Item leftSection={<IconFolderPlus size={14} aria-hidden />} onClick={() => onChange({ any: [node] })}>
          Wrap in a group: any of
        </Menu.Item>
        <Menu.Item leftSection={<IconBan size={14} aria-hidden />} onClick={() => onChange({ not: node })}>
          Negate (wrap in not)
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item color="red" leftSection={<IconTrash size={14} aria-hidden />} onClick={onRemove}>
          Remove
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

interface NodeProps {
  node: Condition;
  path: string;
  subject: Subject;
  onChange: (c: Condition) => void;
  onRemove: () => void;
}

function kindOf(node: Condition): string {
  return Object.keys(node).find((k) => k !== 'op' && k !== 'value' && k !== 'type') ?? 'unknown';
}

export function NodeEditor(props: NodeProps) {
  const { node } = props;
  if ('all' in node || 'any' in node) return <GroupEditor {...props} />;
  if ('not' in node) return <NotEditor {...props} />;
  return <LeafFrame {...props} />;
}

function GroupEditor({ node, path, subject, onChange, onRemove }: NodeProps) {
  const { readOnly, errors } = useBuilder();
  const kind: 'all' | 'any' = 'all' in node ? 'all' : 'any';
  const items = 'all' in node ? node.all : 'any' in node ? node.any : [];
  const set = (next: Condition[]) => onChange(kind === 'all' ? { all: next } : { any: next });
  const own = errors.filter((x) => x.path === path || x.path === `${path}/${kind}`).map((x) => x.message);
  return (
    <Paper withBorder p="xs" radius="sm" data-path={path} data-kind={kind} style={{ borderLeft: `3px solid var(--mantine-color-${kind === 'all' ? 'indigo' : 'teal'}-filled)` }}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Group gap="xs">
            <SegmentedControl
              size="xs"
              aria-label="Match all or any of these conditions"
              readOnly={readOnly}
              value={kind}
              onChange={(v) => v !== kind && onChange(v === 'all' ? { all: items } : { any: items })}
              data={[
                { value: 'all', label: 'All of' },
                { value: 'any', label: 'Any of' },
              ]}
            />
            <Text size="sm" c="dimmed">
              {items.length === 0 ? (kind === 'all' ? 'no conditions yet (always holds)' : 'no conditions yet (never holds)') : 'these conditions'}
            </Text>
          </Group>
          {!readOnly && (
            <Group gap={4} wrap="nowrap">
              <AddMenu subject={subject} onAdd={(c) => set([...items, c])} />
              <NodeMenu node={node} onChange={onChange} onRemove={onRemove} what={`this ${kind === 'all' ? 'all-of' : 'any-of'} group`} />
            </Group>
          )}
        </Group>
        {items.map((child, i) => (
          <NodeEditor
            key={i}
            node={child}
            path={`${path}/${kind}/${i}`}
            subject={subject}
            onChange={(c) => set(items.map((x, j) => (j === i ? c : x)))}
            onRemove={() => set(items.filter((_, j) => j !== i))}
          />
        ))}
        <Messages messages={own} />
      </Stack>
    </Paper>
  );
}

function NotEditor({ node, path, subject, onChange, onRemove }: NodeProps) {
  const { readOnly, errors } = useBuilder();
  const inner = (node as { not: Condition }).not;
  const own = errors.filter((x) => x.path === path).map((x) => x.message);
  return (
    <Paper withBorder p="xs" radius="sm" data-path={path} data-kind="not" style={{ borderLeft: '3px solid var(--mantine-color-red-filled)' }}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Text size="sm" fw={600}>
            Not — this does not hold:
          </Text>
          {!readOnly && (
            <Group gap={4} wrap="nowrap">
              <Button size="compact-xs" variant="default" leftSection={<IconArrowBackUp size={12} aria-hidden />} onClick={() => onChange(inner)}>
                Remove not
              </Button>
              <NodeMenu node={node} onChange={onChange} onRemove={onRemove} what="this not" />
            </Group>
          )}
        </Group>
        <NodeEditor node={inner} path={`${path}/not`} subject={subject} onChange={(c) => onChange({ not: c })} onRemove={onRemove} />
        <Messages messages={own} />
      </Stack>
    </Paper>
  );
}

const LEAF_SUBPATHS: Record<string, string[]> = {
  field: ['/field', '/op', '/value', '/type'],
  activity: ['/activity/type', '/activity/atLeast', '/activity/inLastDays'],
  persona: ['/persona'],
  memberOfList: ['/memberOfList'],
  descendantOf: ['/descendantOf'],
  roleInAccount: ['/roleInAccount/op', '/roleInAccount/value'],
  people: ['/people/atLeast', '/people/relationType'],
  buyingGroup: [
    '/buyingGroup/solutionInterestId',
    '/buyingGroup/stage',
    '/buyingGroup/status/op',
    '/buyingGroup/status/value',
    '/buyingGroup/completeness',
    '/buyingGroup/engagement',
  ],
};

function LeafFrame({ node, path, subject, onChange, onRemove }: NodeProps) {
  const { readOnly, errors } = useBuilder();
  const kind = kindOf(node);
  const e = nodeErrors(errors, path, kind === 'people' ? ['/people/where'] : []);
  // Messages an input shows beside itself are not repeated below the leaf (role-count items show
  // their fields' messages; a message about the item as a whole is listed below).
  const rest = e.rest(LEAF_SUBPATHS[kind] ?? [], /\/roleCount\/\d+\/(roleId|atLeast|atMost)$/);
  let editor: ReactNode;
  if ('field' in node) editor = <FieldLeaf node={node as FieldCondition} path={path} subject={subject} onChange={onChange} />;
  else if ('activity' in node) editor = <ActivityLeaf node={node} path={path} onChange={onChange} />;
  else if ('persona' in node) editor = <RefLeaf kind="persona" id={node.persona} path={path} onChange={onChange} />;
  else if ('memberOfList' in node) editor = <RefLeaf kind="memberOfList" id={node.memberOfList} path={path} onChange={onChange} />;
  else if ('descendantOf' in node) editor = <DescendantLeaf id={node.descendantOf} path={path} onChange={onChange} />;
  else if ('roleInAccount' in node) editor = <RoleInAccountLeaf node={node} path={path} onChange={onChange} />;
  else if ('people' in node) {
    const p = node.people;
    const where =
      p.where === undefined ? null : (
        <NodeEditor
          node={p.where}
          path={`${path}/people/where`}
          subject="person"
          onChange={(w) => onChange({ people: { ...p, where: w } })}
          onRemove={() => {
            const { where: _w, ...rest } = p;
            onChange({ people: rest });
          }}
        />
      );
    editor = <PeopleLeaf node={node} path={path} onChange={onChange} whereEditor={where} />;
  } else if ('buyingGroup' in node) editor = <BuyingGroupLeaf node={node} path={path} onChange={onChange} />;
  else
    editor = (
      <Group gap="xs">
        <IconBraces size={16} aria-hidden />
        <Code>{JSON.stringify(node)}</Code>
      </Group>
    );
  return (
    <Paper withBorder p="xs" radius="sm" data-path={path} data-kind={kind}>
      <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
        <Box style={{ flex: 1, minWidth: 0 }}>{editor}</Box>
        {!readOnly && <NodeMenu node={node} onChange={onChange} onRemove={onRemove} what={`this ${LEAF_LABELS[kind as LeafKind]?.toLowerCase() ?? 'condition'} condition`} />}
      </Group>
      <Messages messages={rest} />
    </Paper>
  );
}
