import { MantineProvider, createTheme, localStorageColorSchemeManager, type CSSVariablesResolver } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { ModalsProvider } from '@mantine/modals';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Navigate, Route, Routes } from 'react-router';
import { DataRouter } from './components/DataRouter.tsx';
import { ApiError } from './api/client.ts';
import { RequireSignIn } from './auth/session.tsx';
import { SignInPage } from './pages/SignIn.tsx';
import { Shell } from './components/Shell.tsx';
import { BuyingGroupsArea } from './pages/buying-groups/Area.tsx';
import { BrowsePage } from './pages/buying-groups/Browse.tsx';
import { OverviewPage } from './pages/buying-groups/Overview.tsx';
import { SolutionInterestsPage } from './pages/buying-groups/SolutionInterests.tsx';
import { GroupDetailsPage } from './pages/buying-groups/Details.tsx';
import { JobsPage } from './pages/buying-groups/Jobs.tsx';
import { CreateWizardPage } from './pages/buying-groups/CreateWizard.tsx';
import { NotFoundPage } from './pages/NotFound.tsx';
import { UsersPage } from './pages/Users.tsx';
import { AccountsPage } from './pages/accounts/Accounts.tsx';
import { AccountDetailsPage } from './pages/accounts/AccountDetails.tsx';
import { PeoplePage } from './pages/people/People.tsx';
import { PersonDetailsPage } from './pages/people/PersonDetails.tsx';
import { RolesPage } from './pages/buying-groups/Roles.tsx';
import { StageModelsPage } from './pages/buying-groups/StageModels.tsx';
import { StageModelEditorPage } from './pages/buying-groups/StageModelEditor.tsx';
import { WeightingModelsPage } from './pages/settings/WeightingModels.tsx';
import { ActivityTypesPage } from './pages/settings/ActivityTypes.tsx';
import { RolesTemplatesPage } from './pages/buying-groups/RolesTemplates.tsx';
import { RolesTemplateEditorPage } from './pages/buying-groups/templates/Editor.tsx';
import { PersonasPage } from './pages/conditions/Personas.tsx';
import { AccountListsPage, AccountListPage } from './pages/conditions/AccountLists.tsx';

// Shades and the dimmed text colour are chosen for WCAG AA contrast (axe-core runs in the e2e tests).
const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 8, dark: 4 },
  defaultRadius: 'md',
  fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
});

const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    // Error texts and red light/subtle controls: red-6 on white is below 4.5:1.
    '--mantine-color-error': 'var(--mantine-color-red-8)',
    '--mantine-color-red-text': 'var(--mantine-color-red-8)',
    '--mantine-color-red-light-color': 'var(--mantine-color-red-8)',
  },
  dark: { '--mantine-color-dimmed': 'var(--mantine-color-dark-1)' },
});

const colorSchemeManager = localStorageColorSchemeManager({ key: 'quorum-color-scheme' });

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx will not get better by asking again; network hiccups might.
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} colorSchemeManager={colorSchemeManager} defaultColorScheme="light">
      <QueryClientProvider client={queryClient}>
        <ModalsProvider modalProps={{ closeButtonProps: { 'aria-label': 'Close' } }}>
          <Notifications position="top-right" />
          <DataRouter>
            <Routes>
              <Route path="/sign-in" element={<SignInPage />} />
              <Route
                element={
                  <RequireSignIn>
                    <Shell />
                  </RequireSignIn>
                }
              >
                <Route index element={<Navigate to="/buying-groups/browse" replace />} />
                <Route path="buying-groups" element={<BuyingGroupsArea />}>
                  <Route index element={<Navigate to="browse" replace />} />
                  <Route path="overview" element={<OverviewPage />} />
                  <Route path="browse" element={<BrowsePage />} />
                  <Route path="solution-interests" element={<SolutionInterestsPage />} />
                  <Route path="roles-templates" element={<RolesTemplatesPage />} />
                  <Route path="roles-templates/:id" element={<RolesTemplateEditorPage />} />
                  <Route path="roles" element={<RolesPage />} />
                  <Route path="stages" element={<StageModelsPage />} />
                  <Route path="stages/:id" element={<StageModelEditorPage />} />
                  <Route path="jobs" element={<JobsPage />} />
                </Route>
                <Route path="buying-groups/create" element={<CreateWizardPage />} />
                <Route path="buying-groups/:id" element={<GroupDetailsPage />} />
                <Route path="users" element={<UsersPage />} />
                <Route path="accounts" element={<AccountsPage />} />
                <Route path="accounts/:id" element={<AccountDetailsPage />} />
                <Route path="people" element={<PeoplePage />} />
                <Route path="people/:id" element={<PersonDetailsPage />} />
                <Route path="weighting-models" element={<WeightingModelsPage />} />
                <Route path="activity-types" element={<ActivityTypesPage />} />
                <Route path="personas" element={<PersonasPage />} />
                <Route path="account-lists" element={<AccountListsPage />} />
                <Route path="account-lists/:id" element={<AccountListPage />} />
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Routes>
          </DataRouter>
        </ModalsProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
