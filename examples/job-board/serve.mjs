// Serves the built job-board demo (target/job-board) from its own origin, so the browser calls Rebound
// cross-origin, exactly as a real job board would. No dependencies beyond Node itself.
//
//   node examples/job-board/serve.mjs [--port 8081] [--host 127.0.0.1] [--api http://localhost:8080]
//
// The page reads the API's address from /config.json, which this server answers from --api.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8081' },
    host: { type: 'string', default: '127.0.0.1' },
    api: { type: 'string', default: 'http://localhost:8080' },
    root: { type: 'string', default: join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'target', 'job-board') },
  },
});
const api = new URL(values.api);
const apiBase = values.api.replace(/\/+$/, '');
const root = normalize(values.root) + sep;

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

// The page may load only its own files and talk only to itself and the API.
const headers = {
  'Content-Security-Policy': [
    "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self'",
    `connect-src 'self' ${api.origin}`, "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'",
  ].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

const server = createServer(async (request, response) => {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end();
    return;
  }
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  if (path === '/config.json') {
    response.writeHead(200, { ...headers, 'Content-Type': types['.json'] }).end(JSON.stringify({ apiBase }));
    return;
  }
  const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
  if (!file.startsWith(root)) {
    response.writeHead(404, headers).end();
    return;
  }
  try {
    const body = await readFile(file);
    response.writeHead(200, { ...headers, 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(request.method === 'HEAD' ? undefined : body);
  } catch {
    response.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
  }
});

server.listen(Number(values.port), values.host, () => {
  console.log(`job-board demo on http://${values.host}:${values.port}/ calling ${apiBase}`);
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
