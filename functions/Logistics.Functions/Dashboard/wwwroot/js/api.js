// Every call to the app: the ops key comes from this tab's session storage and goes in the X-Api-Key header only.

const KEY = 'logistics.dashboard.opsKey';

/** The function route prefix: the page is served at {prefix}/dashboard/, so the API is one level up. */
export const apiRoot = new URL('../', document.baseURI);

/** The Durable-shaped management API. */
export const MANAGEMENT = 'runtime/webhooks/durabletask/';

/** The dashboard's own data. */
export const DASHBOARD = 'ops/dashboard/';
/** The events topic's ops API (dead letters, re-drive). */
export const EVENTS = 'ops/events/';

export const session = {
  get key() { return sessionStorage.getItem(KEY); },
  set key(value) { sessionStorage.setItem(KEY, value); },
  clear() { sessionStorage.removeItem(KEY); },
};

/**
 * Calls the API. Resolves with { status, ok, data, headers, statusText } for every answer (problem details included);
 * a 401 also fires "dashboard:unauthorized" so the page can ask for a key again.
 */
export async function request(method, path, { query, body, headers, key } = {}) {
  const url = new URL(path, apiRoot);
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(name, value);
  }

  const sent = { Accept: 'application/json', 'X-Api-Key': key ?? session.key ?? '', ...headers };
  if (body !== undefined) sent['Content-Type'] = 'application/json';
  const response = await fetch(url, {
    method,
    headers: sent,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    cache: 'no-store',
    credentials: 'omit',
    redirect: 'error',
    referrerPolicy: 'no-referrer',
  });
  const text = await response.text();
  let data = null;
  if (text) {
    try { data = JSON.parse(text); } catch { data = text; }
  }

  if (response.status === 401 && key === undefined) {
    window.dispatchEvent(new CustomEvent('dashboard:unauthorized', { detail: data }));
  }

  return { status: response.status, ok: response.ok, data, headers: response.headers, statusText: response.statusText };
}

const REASONS = {
  200: 'OK', 202: 'Accepted', 204: 'No Content', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found',
  409: 'Conflict', 410: 'Gone', 413: 'Payload Too Large', 429: 'Too Many Requests', 500: 'Internal Server Error', 501: 'Not Implemented',
};

/** "202 Accepted", or "410 Gone — Instance … is already Terminated." for a problem. */
export function describe(result) {
  const head = `${result.status} ${result.statusText || REASONS[result.status] || ''}`.trim();
  const problem = result.data && typeof result.data === 'object' && !Array.isArray(result.data) ? result.data : null;
  if (!result.ok && problem) {
    const errors = Array.isArray(problem.errors) ? problem.errors.map((e) => `${e.pointer}: ${e.detail}`).join('; ') : '';
    return `${head} — ${problem.detail ?? problem.title ?? ''}${errors ? ` (${errors})` : ''}`;
  }

  return head;
}

/** Throws a readable error for a failed answer. */
export function ensureOk(result, what) {
  if (!result.ok) throw new Error(`${what}: ${describe(result)}`);
  return result.data;
}
