/**
 * Removal of abandoned uploads (api/uploads.ts `sweep`): files uploaded and never imported, or
 * kept after a dry run, go once they are older than `maxAgeMs` by the app's clock — when the app
 * is ready (a restart cleans what a crash left) and every `everyMs` after that, until it closes.
 * Uploads that a queued or running import job reads are kept whatever their age.
 */
import type { FastifyInstance } from 'fastify';
import { uploadsInUse } from '../engine/index.ts';
import type { AppContext } from './context.ts';

export interface UploadSweepOptions {
  /** Age after which an upload no job reads is removed. */
  maxAgeMs: number;
  /** Time between sweeps after the first (at start); 0 sweeps at start only. */
  everyMs: number;
}

export const DEFAULT_UPLOAD_SWEEP: UploadSweepOptions = { maxAgeMs: 24 * 3600_000, everyMs: 3600_000 };

/** One sweep now: the upload ids removed. */
export async function sweepUploads(ctx: AppContext, maxAgeMs: number): Promise<string[]> {
  const inUse = await uploadsInUse(ctx.database.db);
  return ctx.uploads.store.sweep(ctx.clock.now(), maxAgeMs, inUse);
}

export function installUploadSweep(app: FastifyInstance, ctx: AppContext, options: Partial<UploadSweepOptions> = {}): void {
  const { maxAgeMs, everyMs } = { ...DEFAULT_UPLOAD_SWEEP, ...options };
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  const once = () => {
    // Never two at once, and never a failed sweep taking the server down: it is logged and the next one tries again.
    running = running
      .then(() => sweepUploads(ctx, maxAgeMs))
      .then((removed) => {
        if (removed.length) app.log.info({ removed: removed.length }, 'removed abandoned uploads');
      })
      .catch((e: unknown) => app.log.warn({ err: e }, 'the uploads sweep failed'));
    return running;
  };
  app.addHook('onReady', async () => {
    await once();
    if (everyMs > 0) {
      timer = setInterval(() => void once(), everyMs);
      timer.unref();
    }
  });
  app.addHook('onClose', async () => {
    if (timer) clearInterval(timer);
    await running;
  });
}
