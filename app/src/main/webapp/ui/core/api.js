// The REST API as the UI uses it: the session cookie goes along by itself; every request says it
// comes from the UI (so a 401 never pops up the browser's Basic dialog) and state-changing ones
// carry the session's CSRF token. Errors are problem+json and become ApiError.

let csrfToken = null;

export function setCsrfToken(token) {
  csrfToken = token || null;
}

export class ApiError extends Error {
  constructor(status, problem, headers) {
    super(problem?.detail || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || null;
    this.detail = problem?.detail || null;
    this.errors = problem?.errors || [];
    this.headers = headers || null;
  }
}

function url(path, query) {
  const u = new URL(`/api${path}`, location.origin);
  if (query) {
    for (const [name, value] of Object.entries(query)) {
      if (value === undefined || value === null || value === '') continue;
      if (Array.isArray(value)) value.forEach((v) => u.searchParams.append(name, v));
      else u.searchParams.set(name, value);
    }
  }
  return u.pathname + u.search;
}

function headersFor(method, { ifMatch, json, headers } = {}) {
  const result = { Accept: 'application/json', 'X-Requested-With': 'kb-ui', ...headers };
  if (json) result['Content-Type'] = 'application/json';
  if (ifMatch) result['If-Match'] = ifMatch;
  if (csrfToken && !['GET', 'HEAD'].includes(method)) result['X-CSRF-Token'] = csrfToken;
  return result;
}

async function parse(response) {
  const type = response.headers.get('Content-Type') || '';
  if (response.status === 204) return null;
  if (type.includes('json')) return response.json();
  return response.text();
}

function signedOut(status, path) {
  if (status === 401 && path !== '/session') window.dispatchEvent(new CustomEvent('kb:signed-out'));
}

/**
 * request('GET', '/articles', {query, body, ifMatch, signal, headers})
 * → {data, etag, status, headers}; throws ApiError on an error status.
 */
export async function request(method, path, options = {}) {
  const { query, body, signal } = options;
  const response = await fetch(url(path, query), {
    method,
    headers: headersFor(method, { ...options, json: body !== undefined }),
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
    signal,
  });
  const data = await parse(response).catch(() => null);
  if (!response.ok) {
    signedOut(response.status, path);
    throw new ApiError(response.status, typeof data === 'object' ? data : null, response.headers);
  }
  return { data, etag: response.headers.get('ETag'), status: response.status, headers: response.headers };
}

export const api = {
  get: (path, query, options = {}) => request('GET', path, { ...options, query }),
  post: (path, body, options = {}) => request('POST', path, { ...options, body }),
  put: (path, body, options = {}) => request('PUT', path, { ...options, body }),
  del: (path, options = {}) => request('DELETE', path, options),
  upload,
};

/**
 * Sends a file or FormData with progress (fetch cannot report upload progress).
 * upload('/articles/1/attachments?name=a.pdf', file, {onProgress: (fraction) => …, method, headers})
 * → Promise<{data, status, etag}>; throws ApiError.
 */
export function upload(path, payload, { onProgress, method = 'POST', headers = {}, query } = {}) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, url(path, query));
    const all = headersFor(method, { headers });
    if (payload instanceof Blob && !(payload instanceof File && all['Content-Type'])) {
      all['Content-Type'] = all['Content-Type'] || payload.type || 'application/octet-stream';
    }
    for (const [name, value] of Object.entries(all)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (e) => { if (e.lengthComputable && onProgress) onProgress(e.loaded / e.total); };
    xhr.onload = () => {
      let data = null;
      try { data = xhr.responseText ? JSON.parse(xhr.responseText) : null; } catch { data = null; }
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress?.(1);
        resolve({ data, status: xhr.status, etag: xhr.getResponseHeader('ETag') });
      } else {
        signedOut(xhr.status, path);
        reject(new ApiError(xhr.status, data));
      }
    };
    xhr.onerror = () => reject(new ApiError(0, { detail: 'network' }));
    xhr.send(payload);
  });
}
