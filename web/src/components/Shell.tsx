/** The frame of every signed-in page: header (product, colour scheme, user menu) and navigation. */
import { ActionIcon, AppShell, Avatar, Badge, Burger, Group, Menu, NavLink, Text, Tooltip, UnstyledButton, useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { Suspense } from 'react';
import { useDisclosure } from '@mantine/hooks';
import { IconActivity, IconAdjustmentsHorizontal, IconApi, IconBrandLinkedin, IconBuilding, IconFileImport, IconListDetails, IconLogout, IconMoon, IconRoute, IconSun, IconUserCog, IconUsers, IconUsersGroup, IconUserSearch, IconWebhook } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useCan, useMe } from '../auth/session.tsx';
import { signOut } from '../auth/sign-in.ts';
import { LoadingState } from './States.tsx';

const NAV = [
  { to: '/buying-groups', label: 'Buying groups', icon: IconUsersGroup },
  { to: '/journeys', label: 'Journeys', icon: IconRoute },
  { to: '/accounts', label: 'Accounts', icon: IconBuilding },
  { to: '/people', label: 'People', icon: IconUsers },
  { to: '/account-lists', label: 'Account lists', icon: IconListDetails },
  { to: '/personas', label: 'Personas', icon: IconUserSearch },
] as const;

export function Shell() {
  const [opened, { toggle }] = useDisclosure();
  const me = useMe();
  const isAdmin = useCan('admin');
  const canEdit = useCan('editor');
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light');

  async function onSignOut() {
    await signOut();
    queryClient.clear();
    void navigate('/sign-in');
  }

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <Text component={Link} to="/" fw={700} size="lg">
              Quorum
            </Text>
          </Group>
          <Group gap="xs">
            <Tooltip label={scheme === 'dark' ? 'Light mode' : 'Dark mode'}>
              <ActionIcon variant="subtle" size="lg" aria-label={scheme === 'dark' ? 'Switch to light mode' : 'Switch to dark mode'} onClick={() => setColorScheme(scheme === 'dark' ? 'light' : 'dark')}>
                {scheme === 'dark' ? <IconSun size={18} aria-hidden /> : <IconMoon size={18} aria-hidden />}
              </ActionIcon>
            </Tooltip>
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <UnstyledButton>
                  <Group gap={8}>
                    <Avatar size="sm" radius="xl" color="indigo" aria-hidden>
                      {me.userName.slice(0, 1).toUpperCase()}
                    </Avatar>
                    <Text size="sm" visibleFrom="sm">
                      {me.userName}
                    </Text>
                    <Badge size="xs" variant="light">
                      {me.role}
                    </Badge>
                  </Group>
                </UnstyledButton>
              </Menu.Target>
              <Menu.Dropdown>
                {me.email && <Menu.Label>{me.email}</Menu.Label>}
                <Menu.Item leftSection={<IconLogout size={14} aria-hidden />} onClick={() => void onSignOut()}>
                  Sign out
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main navigation">
        {NAV.map((item) => (
          <NavLink
            key={item.to}
            component={Link}
            to={item.to}
            label={item.label}
            leftSection={<item.icon size={18} aria-hidden />}
            active={location.pathname.startsWith(item.to)}
          />
        ))}
        {/* Imports write data: editors and admins only (the API refuses viewers). */}
        {canEdit && <NavLink component={Link} to="/import" label="Import" leftSection={<IconFileImport size={18} aria-hidden />} active={location.pathname.startsWith('/import')} />}
        <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" mt="md" mb={4}>
          Settings
        </Text>
        <NavLink component={Link} to="/weighting-models" label="Weighting models" leftSection={<IconAdjustmentsHorizontal size={18} aria-hidden />} active={location.pathname.startsWith('/weighting-models')} />
        <NavLink component={Link} to="/activity-types" label="Activity types" leftSection={<IconActivity size={18} aria-hidden />} active={location.pathname.startsWith('/activity-types')} />
        {isAdmin && <NavLink component={Link} to="/destinations" label="LinkedIn" leftSection={<IconBrandLinkedin size={18} aria-hidden />} active={location.pathname.startsWith('/destinations') || location.pathname.startsWith('/activations')} />}
        {isAdmin && <NavLink component={Link} to="/webhooks" label="Webhooks" leftSection={<IconWebhook size={18} aria-hidden />} active={location.pathname.startsWith('/webhooks')} />}
        {isAdmin && <NavLink component={Link} to="/users" label="Users" leftSection={<IconUserCog size={18} aria-hidden />} active={location.pathname.startsWith('/users')} />}
        <NavLink component="a" href="/docs" label="API docs" leftSection={<IconApi size={18} aria-hidden />} />
      </AppShell.Navbar>
      <AppShell.Main>
        {/* Pages are loaded on first visit (App.tsx). */}
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
