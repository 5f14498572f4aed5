/** Sign-in and sign-out calls (sessions in HttpOnly cookies; see the README's "Users and sign-in"). */
import { ApiError, csrfToken, type Problem } from '../api/client.ts';

async function post(path: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  const csrf = csrfToken();
  if (csrf) headers['x-csrf-token'] = csrf;
  return fetch(path, { method: 'POST', headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) });
}

export async function signIn(email: string, password: string): Promise<void> {
  const res = await post('/api/v1/auth/sign-in', { email, password });
  if (!res.ok) {
    const problem = (await res.json().catch(() => ({}))) as Partial<Problem>;
    throw new ApiError({ ...problem, status: res.status });
  }
}

export async function signOut(): Promise<void> {
  await post('/api/v1/auth/sign-out');
}
