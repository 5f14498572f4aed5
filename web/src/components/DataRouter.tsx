/**
 * A data router around the app's declarative <Routes>: the routes render as its one splat route,
 * so everything stays declarative while data-router hooks (useBlocker, for "leave with unsaved
 * changes?") work on every page.
 */
import { createContext, useContext, useState, type ReactNode } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';

const RoutesContext = createContext<ReactNode>(null);

function DeclarativeRoutes() {
  return <>{useContext(RoutesContext)}</>;
}

export function DataRouter({ children }: { children: ReactNode }) {
  const [router] = useState(() => createBrowserRouter([{ path: '*', Component: DeclarativeRoutes }]));
  return (
    <RoutesContext.Provider value={children}>
      <RouterProvider router={router} />
    </RoutesContext.Provider>
  );
}
