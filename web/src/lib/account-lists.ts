import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client.ts';

/** Account lists (audiences), for pickers and names. */
export function useAccountLists() {
  return useQuery({
    queryKey: ['account-lists'],
    staleTime: 30_000,
    queryFn: async () => (await unwrap(api.GET('/api/v1/account-lists', { params: { query: { limit: 500 } as never } }))).data,
  });
}
