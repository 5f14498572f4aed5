// Every test process behaves like the server: store writes keep buying groups and scores current
// in their transaction (engine/maintenance.ts). Tests that need it off call the uninstaller.
import { installMaintenance } from './engine/maintenance.ts';

installMaintenance();
