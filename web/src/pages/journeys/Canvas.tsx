/**
 * The journey canvas (@xyflow/react): one card per node with its kind, label and id, an input
 * handle on the left and one output handle per slot on the right (a split's paths, a listen's
 * timeout, an HTTP call's error path); edges are the slots' targets. Editing: drag nodes, draw an
 * edge from a slot to a node (it replaces the slot's target), select and press Delete to remove
 * an edge or node. Problems are a red marker with the message on the node; Live journeys show
 * the per-node counters, each a button that opens the accounts behind it.
 */
import { memo, useCallback, useMemo } from 'react';
import { Background, Controls, Handle, Position, ReactFlow, type Connection, type Edge, type Node, type NodeChange, type NodeProps, type EdgeChange } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { Box, Group, Paper, SimpleGrid, Stack, Text, ThemeIcon, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle, IconArrowsSplit, IconBolt, IconClock, IconDoorEnter, IconEar, IconGitMerge, IconUsers } from '@tabler/icons-react';
import { ACTION_LABELS, KIND_LABELS, slots, type JNode, type NodeKind, type NodeMessage, type Point } from './model.ts';

export interface NodeCounts {
  entered: number;
  waitingHere: number;
  passed: number;
}
export type CounterFilter = keyof NodeCounts;

const ICONS: Record<NodeKind, typeof IconBolt> = {
  entry: IconDoorEnter,
  accountSplit: IconArrowsSplit,
  peopleSplit: IconUsers,
  merge: IconGitMerge,
  wait: IconClock,
  listen: IconEar,
  action: IconBolt,
};
const COLORS: Record<NodeKind, string> = { entry: 'indigo', accountSplit: 'violet', peopleSplit: 'grape', merge: 'gray', wait: 'orange', listen: 'cyan', action: 'teal' };

interface CardData extends Record<string, unknown> {
  node: JNode;
  messages: NodeMessage[];
  counts: NodeCounts | null;
  onCounter: ((nodeId: string, filter: CounterFilter) => void) | null;
}
type CardNode = Node<CardData, 'journey'>;

const COUNTER_LABELS: Record<CounterFilter, string> = { entered: 'Entered', waitingHere: 'Here', passed: 'Passed' };

function subtitle(n: JNode): string {
  switch (n.kind) {
    case 'action':
      return ACTION_LABELS[n.action];
    case 'wait':
      return n.wait.type === 'duration' ? `${n.wait.duration.amount} ${n.wait.duration.unit}` : `until ${new Date(n.wait.until).toLocaleString()}`;
    case 'listen':
      return `${n.event.type}, timeout ${n.timeout.amount} ${n.timeout.unit}`;
    case 'accountSplit':
    case 'peopleSplit':
      return `${n.paths.length} ${n.paths.length === 1 ? 'path' : 'paths'}`;
    case 'entry':
    case 'merge':
      return KIND_LABELS[n.kind];
  }
}

const Card = memo(function Card({ data, selected }: NodeProps<CardNode>) {
  const { node, messages, counts, onCounter } = data;
  const Icon = ICONS[node.kind];
  const out = slots(node);
  const bad = messages.length > 0;
  const title = node.label?.trim() || KIND_LABELS[node.kind];
  return (
    <Paper
      withBorder
      shadow={selected ? 'md' : 'xs'}
      p="xs"
      w={210}
      data-testid="journey-node"
      data-node-id={node.id}
      data-invalid={bad ? 'true' : 'false'}
      style={{ borderColor: bad ? 'var(--mantine-color-red-7)' : selected ? 'var(--mantine-primary-color-filled)' : undefined, borderWidth: bad || selected ? 2 : 1 }}
    >
      {node.kind !== 'entry' && <Handle type="target" position={Position.Left} id="in" />}
      <Stack gap={4}>
        <Group gap={6} wrap="nowrap">
          <ThemeIcon size="sm" variant="light" color={COLORS[node.kind]} aria-hidden>
            <Icon size={14} />
          </ThemeIcon>
          <Text size="sm" fw={600} truncate="end" style={{ flex: 1 }}>
            {title}
          </Text>
          {bad && (
            <ThemeIcon size="sm" color="red" variant="filled" role="img" aria-label={`${messages.length} ${messages.length === 1 ? 'problem' : 'problems'}`} data-testid="node-problem-marker">
              <IconAlertTriangle size={12} />
            </ThemeIcon>
          )}
        </Group>
        <Text size="xs" c="dimmed" truncate="end">
          {node.id} · {subtitle(node)}
        </Text>
        {bad && (
          <Text size="xs" c="red.8" data-testid="node-problem" lineClamp={3}>
            {messages[0]!.message}
            {messages.length > 1 ? ` (+${messages.length - 1} more)` : ''}
          </Text>
        )}
        {counts && (
          <SimpleGrid cols={3} spacing={4} className="nodrag">
            {(Object.keys(COUNTER_LABELS) as CounterFilter[]).map((f) => (
              <UnstyledButton
                key={f}
                onClick={() => onCounter?.(node.id, f)}
                data-testid={`counter-${f}`}
                data-count={counts[f]}
                ta="center"
                py={2}
                style={{ borderRadius: 'var(--mantine-radius-sm)', background: f === 'waitingHere' ? 'var(--mantine-color-indigo-light)' : 'var(--mantine-color-default-hover)' }}
              >
                <Text size="sm" fw={700} lh={1.2}>
                  {counts[f].toLocaleString()}
                </Text>{' '}
                <Text size="xs" lh={1.2}>
                  {COUNTER_LABELS[f]}
                </Text>
                <VisuallyHidden> at {title}</VisuallyHidden>
              </UnstyledButton>
            ))}
          </SimpleGrid>
        )}
        {out.length > 0 && (
          <Stack gap={2} mt={2}>
            {out.map((s) => (
              <Box key={s.handle} pos="relative" ta="right" pr={4}>
                <Text size="xs" c="dimmed" truncate="end">
                  {s.label}
                </Text>
                <Handle type="source" position={Position.Right} id={s.handle} data-testid={`handle-${node.id}-${s.handle}`} style={{ right: -14, top: '50%' }} />
              </Box>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
});

const NODE_TYPES = { journey: Card };

export interface CanvasProps {
  nodes: JNode[];
  positions: ReadonlyMap<string, Point>;
  messages: ReadonlyMap<string, NodeMessage[]>;
  selected: string | null;
  readOnly: boolean;
  counts?: ReadonlyMap<string, NodeCounts>;
  onCounter?: (nodeId: string, filter: CounterFilter) => void;
  onSelect: (id: string | null) => void;
  onMove?: (id: string, p: Point) => void;
  onConnect?: (source: string, handle: string, target: string) => void;
  onDisconnect?: (source: string, handle: string) => void;
  onDelete?: (id: string) => void;
}

export function JourneyCanvas({ nodes, positions, messages, selected, readOnly, counts, onCounter, onSelect, onMove, onConnect, onDisconnect, onDelete }: CanvasProps) {
  const flowNodes = useMemo<CardNode[]>(
    () =>
      nodes.map((n) => ({
        id: n.id,
        type: 'journey',
        position: positions.get(n.id) ?? { x: 0, y: 0 },
        selected: n.id === selected,
        deletable: !readOnly,
        data: { node: n, messages: messages.get(n.id) ?? [], counts: counts?.get(n.id) ?? null, onCounter: onCounter ?? null },
      })),
    [nodes, positions, messages, selected, readOnly, counts, onCounter],
  );
  const edges = useMemo<Edge[]>(() => {
    const ids = new Set(nodes.map((n) => n.id));
    return nodes.flatMap((n) =>
      slots(n)
        .filter((s) => s.target !== null && ids.has(s.target))
        .map((s) => ({ id: `${n.id}:${s.handle}`, source: n.id, sourceHandle: s.handle, target: s.target!, targetHandle: 'in', deletable: !readOnly, ariaLabel: `${n.id} ${s.label} to ${s.target}` })),
    );
  }, [nodes, readOnly]);

  const onNodesChange = useCallback(
    (changes: NodeChange<CardNode>[]) => {
      for (const c of changes) {
        if (c.type === 'position' && c.position && onMove) onMove(c.id, c.position);
        if (c.type === 'select' && c.selected) onSelect(c.id);
        if (c.type === 'remove' && onDelete) onDelete(c.id);
      }
    },
    [onMove, onSelect, onDelete],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => {
      for (const c of changes) {
        if (c.type === 'remove' && onDisconnect) {
          const [source, handle] = c.id.split(':') as [string, string];
          onDisconnect(source, handle);
        }
      }
    },
    [onDisconnect],
  );
  const connect = useCallback((c: Connection) => {
    if (c.source && c.target && c.sourceHandle && c.source !== c.target) onConnect?.(c.source, c.sourceHandle, c.target);
  }, [onConnect]);

  return (
    <Box h="100%" mih={480} data-testid="journey-canvas" style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 'var(--mantine-radius-md)' }}>
      <ReactFlow<CardNode>
        nodes={flowNodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={connect}
        onPaneClick={() => onSelect(null)}
        nodesDraggable
        nodesConnectable={!readOnly}
        edgesFocusable={!readOnly}
        deleteKeyCode={readOnly ? null : ['Delete', 'Backspace']}
        fitView
        fitViewOptions={{ padding: 0.08, maxZoom: 1.1 }}
        minZoom={0.2}
        proOptions={{ hideAttribution: true }}
        defaultEdgeOptions={{ type: 'smoothstep' }}
      >
        <Background gap={20} />
        <Controls showInteractive={false} />
      </ReactFlow>
    </Box>
  );
}
