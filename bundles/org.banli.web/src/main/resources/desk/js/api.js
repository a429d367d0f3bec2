// The one way the desk talks to Banli: same origin, session cookie sent by the browser, CSRF token in a header.
import { language } from './i18n.js';
let csrfToken = null;
let whenLoggedOut = () => {};

export function useSession(session) {
  csrfToken = session ? session.csrfToken : null;
}

export function onLoggedOut(callback) {
  whenLoggedOut = callback;
}

/** A refused request: the HTTP status and Banli's problem details (detail, and errors per field). */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
    this.errors = problem?.errors || [];
  }
}

export async function request(method, path, body, { version, quiet, accept } = {}) {
  const response = await send(method, path, body, { version, quiet, accept });
  return response.status === 204 ? null : response.json();
}

/**
 * A request whose answer is lines of JSON (a streamed preview): each line but the last goes to `onLine` as it comes;
 * the last is answered. A problem on the last line is thrown like a refusal.
 */
export async function streamed(method, path, body, onLine) {
  const response = await send(method, path, body, { accept: 'application/x-ndjson, application/json' });
  if (!(response.headers.get('Content-Type') || '').includes('ndjson')) return response.json();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let pending = '';
  let last = null;
  for (;;) {
    const { done, value } = await reader.read();
    pending += decoder.decode(value || new Uint8Array(), { stream: !done });
    const lines = pending.split('\n');
    pending = lines.pop();
    for (const line of lines.filter((l) => l.trim())) {
      last = JSON.parse(line);
      if (!last.preview && !last.problem) onLine(last);
    }
    if (done) break;
  }
  if (last?.problem) throw new ApiError(last.problem.status || 422, last.problem);
  return last?.preview;
}

async function send(method, path, body, { version, quiet, accept } = {}) {
  // Coded refusals come in the language the reader chose; other texts are "中文 (English)" and localize() splits them.
  const headers = { Accept: accept || 'application/json', 'Accept-Language': language() === 'en' ? 'en' : 'zh-CN', 'X-Banli-Client': 'desk' };
  // A file goes as it is (an import's spreadsheet); anything else as JSON.
  const file = body instanceof Blob;
  if (body !== undefined) headers['Content-Type'] = file ? 'application/octet-stream' : 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-Banli-CSRF'] = csrfToken;
  if (version != null) headers['If-Match'] = `"${version}"`;
  const response = await fetch(`/api/v1${path}`, {
    method, headers, credentials: 'same-origin', body: body === undefined || file ? body : JSON.stringify(body),
  });
  if (!response.ok) {
    let problem = null;
    try { problem = await response.json(); } catch { /* not JSON: the status says enough */ }
    if (response.status === 401 && !quiet) whenLoggedOut();
    throw new ApiError(response.status, problem);
  }
  return response;
}

export const get = (path, options) => request('GET', path, undefined, options);
export const post = (path, body = {}, options) => request('POST', path, body, options);
export const put = (path, body = {}, options) => request('PUT', path, body, options);
export const del = (path, options) => request('DELETE', path, undefined, options);

/** A query string of the values that are set. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, value);
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
