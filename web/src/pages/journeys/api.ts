/** The journey as the typed client returns it: the type the editor's model is derived from. */
import { api, unwrap } from '../../api/client.ts';

export const fetchJourney = (id: string, signal?: AbortSignal) => unwrap(api.GET('/api/v1/journeys/{id}', { params: { path: { id } }, signal }));
export type Journey = Awaited<ReturnType<typeof fetchJourney>>;
