// Calls to the newsgraph HTTP API. Errors come back as {"error": {status, code, message}}.
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function call(path, options = {}) {
  const response = await fetch(path, { headers: { Accept: "application/json" }, ...options });
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

// Located events of the whole store, as GeoJSON points; `filters` {type, status} may be empty.
export function storedEvents(filters) {
  const query = new URLSearchParams(Object.entries(filters).filter(([, v]) => v));
  return call(`events.geojson?${query}`);
}
