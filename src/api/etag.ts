/**
 * ETag / If-Match for versioned resources (RFC 9110 §8.8.3, §13.1.1) — the one rule for every
 * mutable resource of the API.
 *
 * - Every resource row has a `version` (1 on creation, +1 on each change). GET of one resource
 *   and every write answer it as a strong ETag, `"3"`, and as `version` in the body.
 * - PATCH / PUT / DELETE / state-changing POSTs compare If-Match with the stored version in the
 *   same transaction as the write: a stale tag is 412 `precondition_failed` naming the current
 *   version.
 * - A missing If-Match depends on the kind of resource: **configuration** (roles, personas, roles
 *   templates, solution interests, account lists, stage models, weighting models) requires it
 *   (428 `precondition_required`), because those are edited by hand and a lost edit is invisible;
 *   **data** (accounts, people, relations, buying groups) accepts a write without it, because
 *   integrations write data in bulk and a last write wins there.
 * - The header must be `*` or a list of quoted entity tags. Strong comparison: a weak tag
 *   (`W/"3"`) or a tag that is not one of ours never matches (412). Anything else — notably an
 *   unquoted `3` — is 400 `malformed_if_match`, so that a client bug is not reported as a
 *   concurrent edit.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { QuorumError } from '../domain/index.ts';
import type { ExpectedVersion } from '../store/index.ts';

export const etagOf = (version: number): string => `"${version}"`;

export function setEtag(reply: FastifyReply, version: number): void {
  void reply.header('etag', etagOf(version));
}

/** Which If-Match rule a resource follows (see the module comment). */
export type ConcurrencyKind = 'configuration' | 'data';

/**
 * The If-Match header parameter, documented per kind in OpenAPI. It stays optional in the schema
 * even where the rule requires it: a missing header must be a 428 from the store (after a 404 for
 * a missing resource), not a 400 from schema validation.
 */
export function ifMatchHeader(kind: ConcurrencyKind) {
  const rule =
    kind === 'configuration'
      ? 'Required: the ETag of the version you last read (GET answers it in the ETag header and as `version`), e.g. "3". Missing: 428; stale: 412 with the current version.'
      : 'Optional: the ETag of the version you last read, e.g. "3"; stale: 412 with the current version. Without it the write is applied to the current version.';
  return z.object({ 'if-match': z.string().optional().describe(rule) });
}

/** An entity tag as RFC 9110 defines it: optional W/, then a quoted string without quotes. */
const ENTITY_TAG = /^(W\/)?"([\x21\x23-\x7e\x80-\xff]*)"$/;

/**
 * The versions the client's If-Match names, or `undefined` for "no check" (no header on a data
 * resource, or `*`). A missing header on a configuration resource gives `'missing'`: the store
 * refuses it with 428 once it knows the resource exists (a missing resource stays a 404).
 */
export function expectedVersion(req: FastifyRequest, kind: ConcurrencyKind): ExpectedVersion {
  const raw = req.headers['if-match'];
  const header = Array.isArray(raw) ? raw.join(',') : raw;
  if (header === undefined || header.trim() === '') return kind === 'data' ? undefined : 'missing';
  if (header.trim() === '*') return undefined;
  const versions: number[] = [];
  for (const part of header.split(',').map((p) => p.trim())) {
    const m = ENTITY_TAG.exec(part);
    if (!m) {
      throw QuorumError.field(
        'malformed_if_match',
        '/if-match',
        `The If-Match header is malformed: ${JSON.stringify(part)} is not an entity tag. Send the ETag exactly as received, with its quotes, e.g. If-Match: "3" (or * for any version).`,
      );
    }
    // Strong comparison: weak tags and tags that are not versions can never match.
    if (!m[1] && m[2] !== undefined && /^\d{1,9}$/.test(m[2])) versions.push(Number(m[2]));
  }
  return versions.length ? versions : [-1];
}
