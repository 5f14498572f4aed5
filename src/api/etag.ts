/**
 * ETag / If-Match for versioned resources (RFC 9110 §8.8.3, §13.1.1). The ETag is the row's
 * version as a strong tag: `"3"`. If-Match uses the strong comparison, so weak tags (`W/"3"`)
 * never match; `*` matches any current version.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { QuorumError } from '../domain/errors.ts';
import type { ExpectedVersion } from '../store/concurrency.ts';

export const etagOf = (version: number): string => `"${version}"`;

export function setEtag(reply: FastifyReply, version: number): void {
  void reply.header('etag', etagOf(version));
}

/**
 * The versions the client's If-Match names. With `required`, a missing header is refused with
 * 428 so that two editors cannot silently overwrite each other; without it, a missing header (or
 * `*`) means "no check". A tag that is not one of ours can never match (→ 412 in the store).
 */
export function expectedVersion(req: FastifyRequest, required: boolean): ExpectedVersion {
  const raw = req.headers['if-match'];
  const header = Array.isArray(raw) ? raw.join(',') : raw;
  if (header === undefined || header.trim() === '') {
    if (!required) return undefined;
    throw QuorumError.field(
      'precondition_required',
      '/if-match',
      'Send the If-Match header with the ETag you last read (e.g. If-Match: "3") so that concurrent edits are not lost',
    );
  }
  const versions: number[] = [];
  for (const part of header.split(',').map((p) => p.trim())) {
    if (part === '*') return undefined;
    const m = /^"(\d{1,9})"$/.exec(part);
    if (m?.[1]) versions.push(Number(m[1]));
  }
  // No usable tag: nothing the client named can match the current version.
  return versions.length ? versions : [-1];
}
