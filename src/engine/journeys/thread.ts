/** The journey loop in a worker thread (SQLite): its own connection, the system clock; stops on a 'stop' message. */
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../../store/index.ts';
import { systemClock } from '../../domain/index.ts';
import { journeyWorkerFor, type JourneyLoopSettings } from './loop.ts';

const data = workerData as { databaseUrl: string; settings: JourneyLoopSettings };
const database = openDatabase(data.databaseUrl);
const { worker, mailer } = journeyWorkerFor(database, data.settings, systemClock, (line) => parentPort?.postMessage({ kind: 'log', line }));
await worker.start();
parentPort?.once('message', () => {
  void (async () => {
    await worker.stop();
    mailer?.close();
    await database.close();
    parentPort?.close();
  })();
});
