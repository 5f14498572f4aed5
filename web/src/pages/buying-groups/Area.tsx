/** The Buying groups area: its tabs are pages with their own URLs. */
import { Tabs, Title } from '@mantine/core';
import { Suspense } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { LoadingState } from '../../components/States.tsx';

const TABS = [
  { value: 'overview', label: 'Overview' },
  { value: 'browse', label: 'Browse' },
  { value: 'suggestions', label: 'Suggestions' },
  { value: 'solution-interests', label: 'Solution interests' },
  { value: 'roles-templates', label: 'Roles templates' },
  { value: 'roles', label: 'Roles' },
  { value: 'stages', label: 'Stages' },
  { value: 'jobs', label: 'Jobs' },
] as const;

export function BuyingGroupsArea() {
  const location = useLocation();
  const navigate = useNavigate();
  const current = TABS.find((t) => location.pathname.startsWith(`/buying-groups/${t.value}`))?.value ?? 'browse';
  return (
    <>
      <Title order={1} size="h2" mb="sm">
        Buying groups
      </Title>
      <Tabs value={current} onChange={(v) => v && void navigate(`/buying-groups/${v}`)} keepMounted={false}>
        <Tabs.List>
          {TABS.map((t) => (
            <Tabs.Tab key={t.value} value={t.value}>
              {t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {TABS.map((t) => (
          <Tabs.Panel key={t.value} value={t.value} pt="md">
            {t.value === current && (
              <Suspense fallback={<LoadingState />}>
                <Outlet />
              </Suspense>
            )}
          </Tabs.Panel>
        ))}
      </Tabs>
    </>
  );
}
