import { lazy, type ComponentType } from 'react';
import { Combobox, MantineProvider, Modal, Notification, createTheme, localStorageColorSchemeManager, type CSSVariablesResolver } from '@mantine/core';
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
import { NotFoundPage } from './pages/NotFound.tsx';

// Pages load on first visit (their own chunks: charts, dates, the condition builder, drag and drop),
// so the first page — Browse — needs only the shell's code. Browse and sign-in stay in the main bundle.
function page<M extends Record<K, ComponentType>, K extends keyof M>(load: () => Promise<M>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}
const OverviewPage = page(() => import('./pages/buying-groups/Overview.tsx'), 'OverviewPage');
const SolutionInterestsPage = page(() => import('./pages/buying-groups/SolutionInterests.tsx'), 'SolutionInterestsPage');
const SolutionInterestDetailsPage = page(() => import('./pages/buying-groups/SolutionInterestDetails.tsx'), 'SolutionInterestDetailsPage');
const SuggestionsPage = page(() => import('./pages/buying-groups/suggestions/SuggestionsPage.tsx'), 'SuggestionsPage');
const GroupDetailsPage = page(() => import('./pages/buying-groups/Details.tsx'), 'GroupDetailsPage');
const JobsPage = page(() => import('./pages/buying-groups/Jobs.tsx'), 'JobsPage');
const CreateWizardPage = page(() => import('./pages/buying-groups/CreateWizard.tsx'), 'CreateWizardPage');
const UsersPage = page(() => import('./pages/Users.tsx'), 'UsersPage');
const AccountsPage = page(() => import('./pages/accounts/Accounts.tsx'), 'AccountsPage');
const AccountDetailsPage = page(() => import('./pages/accounts/AccountDetails.tsx'), 'AccountDetailsPage');
const PeoplePage = page(() => import('./pages/people/People.tsx'), 'PeoplePage');
const PersonDetailsPage = page(() => import('./pages/people/PersonDetails.tsx'), 'PersonDetailsPage');
const RolesPage = page(() => import('./pages/buying-groups/Roles.tsx'), 'RolesPage');
const StageModelsPage = page(() => import('./pages/buying-groups/StageModels.tsx'), 'StageModelsPage');
const StageModelEditorPage = page(() => import('./pages/buying-groups/StageModelEditor.tsx'), 'StageModelEditorPage');
const WeightingModelsPage = page(() => import('./pages/settings/WeightingModels.tsx'), 'WeightingModelsPage');
const ActivityTypesPage = page(() => import('./pages/settings/ActivityTypes.tsx'), 'ActivityTypesPage');
const RolesTemplatesPage = page(() => import('./pages/buying-groups/RolesTemplates.tsx'), 'RolesTemplatesPage');
const RolesTemplateEditorPage = page(() => import('./pages/buying-groups/templates/Editor.tsx'), 'RolesTemplateEditorPage');
const PersonasPage = page(() => import('./pages/conditions/Personas.tsx'), 'PersonasPage');
const AccountListsPage = page(() => import('./pages/conditions/AccountLists.tsx'), 'AccountListsPage');
const AccountListPage = page(() => import('./pages/conditions/AccountLists.tsx'), 'AccountListPage');
const ImportPage = page(() => import('./pages/imports/Import.tsx'), 'ImportPage');
const JourneysPage = page(() => import('./pages/journeys/Journeys.tsx'), 'JourneysPage');
const JourneyPage = page(() => import('./pages/journeys/Journey.tsx'), 'JourneyPage');
const WebhooksPage = page(() => import('./pages/settings/Webhooks.tsx'), 'WebhooksPage');
const DestinationsPage = page(() => import('./pages/linkedin/Destinations.tsx'), 'DestinationsPage');
const ActivationsPage = page(() => import('./pages/linkedin/Activations.tsx'), 'ActivationsPage');
const ActivationDetailsPage = page(() => import('./pages/linkedin/Activations.tsx'), 'ActivationDetailsPage');

// Shades and the dimmed text colour are chosen for WCAG AA contrast (axe-core runs in the e2e tests).
const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 8, dark: 4 },
  defaultRadius: 'md',
  fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  // Every modal's close button has a name (axe: button-name), also where a page forgets it.
  components: {
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } }),
    Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close notification' } } }),
    // Select and MultiSelect dropdowns are rendered when opened, not kept (hidden) in every page:
    // mounted ones cost Browse, with its row of filters, a position measurement each on every render.
    Combobox: Combobox.extend({ defaultProps: { keepMounted: false } }),
  },
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
                  <Route path="suggestions" element={<SuggestionsPage />} />
                  <Route path="solution-interests" element={<SolutionInterestsPage />} />
                  <Route path="solution-interests/:id" element={<SolutionInterestDetailsPage />} />
                  <Route path="roles-templates" element={<RolesTemplatesPage />} />
                  <Route path="roles-templates/:id" element={<RolesTemplateEditorPage />} />
                  <Route path="roles" element={<RolesPage />} />
                  <Route path="stages" element={<StageModelsPage />} />
                  <Route path="stages/:id" element={<StageModelEditorPage />} />
                  <Route path="jobs" element={<JobsPage />} />
                </Route>
                <Route path="buying-groups/create" element={<CreateWizardPage />} />
                <Route path="buying-groups/:id" element={<GroupDetailsPage />} />
                <Route path="journeys" element={<JourneysPage />} />
                <Route path="journeys/:id" element={<JourneyPage />} />
                <Route path="users" element={<UsersPage />} />
                <Route path="accounts" element={<AccountsPage />} />
                <Route path="accounts/:id" element={<AccountDetailsPage />} />
                <Route path="people" element={<PeoplePage />} />
                <Route path="people/:id" element={<PersonDetailsPage />} />
                <Route path="import" element={<ImportPage />} />
                <Route path="weighting-models" element={<WeightingModelsPage />} />
                <Route path="activity-types" element={<ActivityTypesPage />} />
                <Route path="webhooks" element={<WebhooksPage />} />
                <Route path="destinations" element={<DestinationsPage />} />
                <Route path="activations" element={<ActivationsPage />} />
                <Route path="activations/:id" element={<ActivationDetailsPage />} />
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
