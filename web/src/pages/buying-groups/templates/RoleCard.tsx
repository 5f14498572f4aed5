/**
 * One role definition of a template, as a sortable card: its priority, the role, weighting band,
 * auto-assignment with its condition, and whether it is required (with members required). The
 * drag handle is a button: Space picks the card up, arrows move it, Space drops it.
 */
import { ActionIcon, Alert, Badge, Group, NumberInput, Paper, Select, Stack, Switch, Text, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconGripVertical, IconTrash } from '@tabler/icons-react';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { BANDS, type Band, type EditRole, type RoleErrors } from './model.ts';
import { ConditionField } from './ConditionField.tsx';

export interface RoleCardProps {
  role: EditRole;
  roleName: string;
  priority: number;
  readOnly: boolean;
  errors: RoleErrors | undefined;
  /** Dry-run count for this role, when known. */
  count: number | undefined;
  conditionKey: string;
  onChange: (r: EditRole) => void;
  onRemove: () => void;
  /** Move one place up (-1) or down (+1); absent at the ends. */
  onMove: ((by: -1 | 1) => void) | null;
  isFirst: boolean;
  isLast: boolean;
  onConditionInvalid: (invalid: boolean) => void;
}

export function RoleCard({ role, roleName, priority, readOnly, errors, count, conditionKey, onChange, onRemove, onMove, isFirst, isLast, onConditionInvalid }: RoleCardProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: role.roleId, disabled: readOnly });
  const style = { transform: CSS.Transform.toString(transform), transition, zIndex: isDragging ? 2 : undefined, position: 'relative' as const };
  const titleId = `role-card-${role.roleId}`;
  const fieldError = (k: string) => errors?.fields.get(k);
  const cardError = errors?.fields.get('');
  return (
    <Paper ref={setNodeRef} style={style} withBorder p="sm" shadow={isDragging ? 'md' : undefined} data-testid="role-card" data-role-id={role.roleId} role="group" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            {!readOnly && (
              <ActionIcon
                ref={setActivatorNodeRef}
                variant="subtle"
                color="gray"
                aria-label={`Reorder ${roleName} (priority ${priority}): press Space, then the arrow keys`}
                style={{ cursor: 'grab', touchAction: 'none' }}
                {...attributes}
                {...listeners}
              >
                <IconGripVertical size={18} aria-hidden />
              </ActionIcon>
            )}
            <Badge variant="default" aria-label={`Priority ${priority}`} data-testid="role-priority">
              {priority}
            </Badge>
            <Text fw={600} id={titleId}>
              {roleName}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            {count !== undefined && (
              <Text size="sm" c="dimmed" data-testid="role-card-count">
                {count} {count === 1 ? 'person' : 'people'} in the dry run
              </Text>
            )}
            {!readOnly && onMove && (
              <>
                <ActionIcon variant="subtle" color="gray" aria-label={`Move ${roleName} up`} disabled={isFirst} onClick={() => onMove(-1)}>
                  <IconArrowUp size={16} aria-hidden />
                </ActionIcon>
                <ActionIcon variant="subtle" color="gray" aria-label={`Move ${roleName} down`} disabled={isLast} onClick={() => onMove(1)}>
                  <IconArrowDown size={16} aria-hidden />
                </ActionIcon>
              </>
            )}
            {!readOnly && (
              <Tooltip label="Remove this role">
                <ActionIcon variant="subtle" color="gray" aria-label={`Remove ${roleName}`} onClick={onRemove}>
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Tooltip>
            )}
          </Group>
        </Group>
        {(cardError ?? fieldError('roleId')) && (
          <Alert color="red" variant="light" p="xs">
            <Text size="sm">{cardError ?? fieldError('roleId')}</Text>
          </Alert>
        )}
        {readOnly ? (
          <Group gap="lg" data-testid="role-summary">
            <Text size="sm">Weighting: {BANDS.find((b) => b.value === role.weightingBand)?.label ?? role.weightingBand}</Text>
            <Text size="sm">{role.autoAssign ? 'Assigned by its condition' : 'Not assigned by rules'}</Text>
            <Text size="sm">{role.required ? `Required for completeness (${role.membersRequired} member${role.membersRequired === 1 ? '' : 's'})` : 'Not required for completeness'}</Text>
          </Group>
        ) : (
          <Group grow align="flex-start">
            <Select
              label="Weighting band"
              data={BANDS}
              value={role.weightingBand}
              onChange={(v) => v && onChange({ ...role, weightingBand: v as Band })}
              readOnly={readOnly}
              allowDeselect={false}
              error={fieldError('weightingBand')}
            />
            <Stack gap={6} pt={4}>
              <Switch label="Auto-assign by condition" checked={role.autoAssign} disabled={readOnly} onChange={(e) => onChange({ ...role, autoAssign: e.currentTarget.checked })} error={fieldError('autoAssign')} />
              <Switch label="Required for completeness" checked={role.required} disabled={readOnly} onChange={(e) => onChange({ ...role, required: e.currentTarget.checked })} error={fieldError('required')} />
            </Stack>
            <NumberInput
              label="Members required"
              min={1}
              max={1000}
              allowDecimal={false}
              value={role.membersRequired}
              disabled={!role.required && !readOnly}
              readOnly={readOnly}
              onChange={(v) => onChange({ ...role, membersRequired: typeof v === 'number' ? v : Number(v) || 1 })}
              error={fieldError('membersRequired')}
            />
          </Group>
        )}
        {role.autoAssign ? (
          <ConditionField
            key={conditionKey}
            label={`Condition for ${roleName}`}
            value={role.condition}
            onChange={(c) => onChange({ ...role, condition: c })}
            readOnly={readOnly}
            errors={errors?.condition ?? []}
            onInvalid={onConditionInvalid}
          />
        ) : readOnly ? null : errors?.condition.length ? (
          <Text size="sm" c="red">
            {errors.condition.map((e) => e.message).join('; ')}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            Not assigned by rules: people get this role by hand, journeys or imports.
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
