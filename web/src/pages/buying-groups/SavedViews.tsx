/** Named Browse views (the URL's filters), kept in this browser. */
import type { ReactNode } from 'react';
import { Button, Menu, TextInput } from '@mantine/core';
import { useLocalStorage } from '@mantine/hooks';
import { modals } from '@mantine/modals';
import { IconTrash } from '@tabler/icons-react';

interface SavedView {
  name: string;
  search: string;
}

export function SavedViewsMenu({ current, onOpen, icon }: { current: string; onOpen: (search: string) => void; icon: ReactNode }) {
  const [views, setViews] = useLocalStorage<SavedView[]>({ key: 'quorum.browse.views', defaultValue: [] });

  function save() {
    let name = '';
    modals.openConfirmModal({
      title: 'Save this view',
      children: <TextInput label="Name" placeholder="e.g. Decision Maker missing" data-autofocus maxLength={80} onChange={(e) => (name = e.currentTarget.value)} />,
      labels: { confirm: 'Save', cancel: 'Cancel' },
      onConfirm: () => {
        const n = name.trim() || 'Untitled view';
        setViews((vs) => [...vs.filter((v) => v.name !== n), { name: n, search: current }]);
      },
    });
  }

  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button variant="default" size="xs" leftSection={icon}>
          Views
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={save}>Save current view…</Menu.Item>
        {views.length > 0 && <Menu.Divider />}
        {views.map((v) => (
          <Menu.Item
            key={v.name}
            onClick={() => onOpen(v.search)}
            rightSection={
              <IconTrash
                size={14}
                aria-label={`Delete view ${v.name}`}
                role="button"
                onClick={(e) => {
                  e.stopPropagation();
                  setViews((vs) => vs.filter((x) => x.name !== v.name));
                }}
              />
            }
          >
            {v.name}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
