/**
 * A small picture of a stage model: stages left to right in their order, an arrow per allowed
 * transition (forward moves arc above, backward moves below, neighbours get a straight arrow),
 * entry, success and failure stages marked by colour, border and a word. Plain SVG, no library.
 */
import { Group, Text } from '@mantine/core';

export type StageKind = 'entry' | 'intermediate' | 'success' | 'failure';
export interface GraphStage {
  key: string;
  name: string;
  kind: StageKind;
}

const W = 132;
const H = 54;
const GAP = 54;
const PAD = 12;

const KIND_STYLE: Record<StageKind, { stroke: string; dash?: string; width: number; label: string }> = {
  entry: { stroke: 'light-dark(var(--mantine-color-blue-7), var(--mantine-color-blue-4))', width: 2.5, label: 'entry' },
  intermediate: { stroke: 'var(--mantine-color-gray-6)', width: 1.5, label: '' },
  success: { stroke: 'light-dark(var(--mantine-color-teal-8), var(--mantine-color-teal-4))', width: 3, label: 'success' },
  failure: { stroke: 'light-dark(var(--mantine-color-red-8), var(--mantine-color-red-4))', dash: '5 3', width: 2, label: 'failure' },
};

const short = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const arcHeight = (span: number) => Math.min(18 + 12 * span, 90);

/** `flagged`: keys of stages with a problem (drawn with a tinted fill). */
export function StageGraph({ stages, transitions, flagged }: { stages: GraphStage[]; transitions: { from: string; to: string }[]; flagged?: ReadonlySet<string> }) {
  const index = new Map(stages.map((s, i) => [s.key, i]));
  const edges = transitions.filter((t) => index.has(t.from) && index.has(t.to) && t.from !== t.to);
  const span = (t: { from: string; to: string }) => (index.get(t.to) as number) - (index.get(t.from) as number);
  const above = Math.max(0, ...edges.filter((t) => span(t) > 1).map((t) => arcHeight(span(t))));
  const below = Math.max(0, ...edges.filter((t) => span(t) < 0).map((t) => arcHeight(-span(t))));
  const top = PAD + above;
  const width = PAD * 2 + stages.length * W + Math.max(0, stages.length - 1) * GAP;
  const height = top + H + below + PAD;
  const x = (i: number) => PAD + i * (W + GAP);
  const cy = top + H / 2;

  const path = (t: { from: string; to: string }): string => {
    const i = index.get(t.from) as number;
    const j = index.get(t.to) as number;
    const d = j - i;
    if (d === 1) return `M ${x(i) + W} ${cy} L ${x(j) - 2} ${cy}`;
    // Longer arcs leave and arrive further out, so arrows into one stage do not meet in a point.
    const spread = 0.09 * Math.min(Math.abs(d) - 1, 3);
    if (d > 1) {
      const sx = x(i) + W * (0.6 + spread);
      const ex = x(j) + W * (0.4 - spread);
      return `M ${sx} ${top} Q ${(sx + ex) / 2} ${top - 2 * arcHeight(d)} ${ex} ${top - 2}`;
    }
    const sx = x(i) + W * (0.4 - spread);
    const ex = x(j) + W * (0.6 + spread);
    return `M ${sx} ${top + H} Q ${(sx + ex) / 2} ${top + H + 2 * arcHeight(-d)} ${ex} ${top + H + 2}`;
  };

  const summary = `${stages.length} stages, ${edges.length} transitions: ${edges.map((t) => `${t.from} to ${t.to}`).join(', ') || 'none'}`;
  return (
    <div>
      <svg
        role="img"
        aria-label={`Stage graph: ${summary}`}
        data-testid="stage-graph"
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        style={{ maxWidth: width, display: 'block' }}
      >
        <defs>
          <marker id="stage-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" fill="var(--mantine-color-dimmed)" />
          </marker>
        </defs>
        {edges.map((t) => (
          <path
            key={`${t.from}->${t.to}`}
            data-transition={`${t.from}->${t.to}`}
            d={path(t)}
            fill="none"
            stroke="var(--mantine-color-dimmed)"
            strokeWidth={1.5}
            markerEnd="url(#stage-arrow)"
          >
            <title>{`${t.from} → ${t.to}`}</title>
          </path>
        ))}
        {stages.map((s, i) => {
          const style = KIND_STYLE[s.kind];
          return (
            <g key={`${s.key}-${i}`} data-stage={s.key} data-kind={s.kind} data-flagged={flagged?.has(s.key) || undefined}>
              <title>{`${s.name} (${s.key})${style.label ? `: ${style.label} stage` : ''}${flagged?.has(s.key) ? ' — has a problem' : ''}`}</title>
              <rect x={x(i)} y={top} width={W} height={H} rx={8} fill={flagged?.has(s.key) ? 'var(--mantine-color-red-light)' : 'var(--mantine-color-body)'} stroke={style.stroke} strokeWidth={style.width} strokeDasharray={style.dash} />
              <text x={x(i) + W / 2} y={top + (style.label ? 22 : 31)} textAnchor="middle" fontSize={13} fontWeight={600} fill="var(--mantine-color-text)">
                {short(s.name, 17)}
              </text>
              {style.label && (
                <text x={x(i) + W / 2} y={top + 40} textAnchor="middle" fontSize={11} fill={style.stroke}>
                  {style.label}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <Group gap="md" mt={4}>
        {(['entry', 'success', 'failure'] as const).map((k) => (
          <Group key={k} gap={6}>
            <svg width="22" height="12" aria-hidden>
              <rect x="1" y="1" width="20" height="10" rx="3" fill="none" stroke={KIND_STYLE[k].stroke} strokeWidth={KIND_STYLE[k].width} strokeDasharray={KIND_STYLE[k].dash} />
            </svg>
            <Text size="xs" c="dimmed">
              {k === 'entry' ? 'Entry: groups start here' : k === 'success' ? 'Success: the goal' : 'Failure: optional ends'}
            </Text>
          </Group>
        ))}
        <Text size="xs" c="dimmed">
          Arrows: allowed moves (forward above, backward below)
        </Text>
      </Group>
    </div>
  );
}
