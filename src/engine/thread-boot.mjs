// Worker-thread entry: registers the TypeScript loader in this thread, then loads the module
// named in workerData.entry. (`--import tsx` in a worker's execArgv is not honoured on Node 20.)
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);
