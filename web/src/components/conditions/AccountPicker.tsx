/** Pick an account by name: a searchable Select over GET /accounts?q=… (debounced), showing the chosen one's name. */
import { useState } from 'react';
import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';

export interface AccountPickerProps extends Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange'> {
  value: string | null;
  onChange: (id: string | null, name?: string) => void;
  /** Accounts not to offer (e.g. already in the list). */
  exclude?: ReadonlySet<string>;
}

export function AccountPicker({ value, onChange, exclude, ...props }: AccountPickerProps) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const results = useQuery({
    queryKey: ['accounts', 'search', q],
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    queryFn: async () => (await unwrap(api.GET('/api/v1/accounts', { params: { query: { limit: 20, ...(q ? { q } : {}) } as never } }))).data,
  });
  const current = useQuery({
    queryKey: ['account', value],
    enabled: !!value && /^acc_/.test(value),
    staleTime: 60_000,
    retry: false,
    queryFn: async () => unwrap(api.GET('/api/v1/accounts/{id}', { params: { path: { id: value as string } } })),
  });
  const options = (results.data ?? []).filter((a) => !exclude?.has(a.id) || a.id === value).map((a) => ({ value: a.id, label: a.domain ? `${a.name} (${a.domain})` : a.name }));
  if (value && !options.some((o) => o.value === value)) options.unshift({ value, label: current.data ? current.data.name : value });
  return (
    <Select
      searchable
      clearable={false}
      allowDeselect={false}
      nothingFoundMessage={results.isFetching ? 'Searching…' : 'No account found'}
      placeholder="Search accounts by name"
      filter={({ options: o }) => o}
      {...props}
      data={options}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(id) => onChange(id, (results.data ?? []).find((a) => a.id === id)?.name)}
    />
  );
}
