/**
 * A job's progress as Server-Sent Events, for every job type: a `progress` event with the job
 * (serialised by the caller) whenever it changes, then `end` with its status when it finishes — at
 * once for a finished job. The job row is polled (every 200 ms): the job may run in a worker
 * thread or another process, and the row is what they share.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { TERMINAL, type Job } from '../../engine/index.ts';

export const POLL_MS = 200;

export async function streamJob(req: FastifyRequest, reply: FastifyReply, first: Job, load: (id: string) => Promise<Job>, serialize: (job: Job) => unknown): Promise<void> {
  let job = first;
  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
  const send = (event: string, data: string) => res.write(`event: ${event}\ndata: ${data}\n\n`);
  let last = '';
  let closed = false;
  req.raw.on('close', () => {
    closed = true;
  });
  while (!closed) {
    const payload = JSON.stringify(serialize(job));
    if (payload !== last) {
      send('progress', payload);
      last = payload;
    }
    if (TERMINAL.includes(job.status)) break;
    await new Promise((r) => setTimeout(r, POLL_MS));
    job = await load(job.id);
  }
  if (!closed) {
    send('end', JSON.stringify({ status: job.status }));
    res.end();
  }
}
