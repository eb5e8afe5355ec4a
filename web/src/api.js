// Calls to the newsgraph HTTP API. Errors come back as {"error": {status, code, message}}.
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

// The bearer token (servers off loopback need it for writes), kept for this browser tab only.
export function setToken(token) {
  if (token) sessionStorage.setItem("newsgraph-token", token);
  else sessionStorage.removeItem("newsgraph-token");
}

function withToken(headers) {
  const token = sessionStorage.getItem("newsgraph-token");
  return token ? { ...headers, Authorization: `Bearer ${token}` } : headers;
}

async function call(path, options = {}) {
  const headers = withToken({ Accept: "application/json", ...(options.headers || {}) });
  const response = await fetch(path, { ...options, headers });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const message = body && body.error ? body.error.message : `HTTP ${response.status}`;
    throw new ApiError(response.status, message);
  }
  return body;
}

export function extract(fields) {
  return call("extract", {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify(fields),
  });
}

// Upload one article file (multipart): the server reads text, HTML, JSONL and gzip.
export function extractFile(file, fields) {
  const form = new FormData();
  form.append("file", file, file.name);
  for (const [key, value] of Object.entries(fields)) if (value) form.append(key, value);
  return call("extract/file", { method: "POST", body: form });
}

export const listDocuments = () => call("documents?limit=200");
export const getDocument = (id) => call(`documents/${encodeURIComponent(id)}`);

const query = (filters) => new URLSearchParams(Object.entries(filters).filter(([, v]) => v !== "" && v != null));

// Located events of the whole store, as GeoJSON points; `filters` {type, status, ...} may be empty.
export const storedEvents = (filters) => call(`events.geojson?${query(filters)}`);
export const events = (filters) => call(`events?${query({ limit: 10000, ...filters })}`);
export const search = (q, filters) => call(`search?${query({ q, limit: 50, ...filters })}`);
export const incidents = (filters) => call(`incidents?${query({ limit: 200, ...filters })}`);
export const reviews = (docId) => call(`reviews?${query({ doc_id: docId })}`);
export const candidates = (name) => call(`places/candidates?${query({ name })}`);

export function review(body) {
  return call("reviews", {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify(body),
  });
}
