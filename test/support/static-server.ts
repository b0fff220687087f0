import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.csv': 'text/csv',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

/**
 * Serves a built site on 127.0.0.1 under its base path, as a static host does:
 * folders answer with their index.html, and unknown paths with 404.html.
 */
export async function serveSite(root: string, base: string) {
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(base)) return send(response, 404, join(root, '404.html'));
    const relative = normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, relative);
    const info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) {
      if (!path.endsWith('/')) {
        response.writeHead(301, { location: `${path}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    const found = await stat(file).catch(() => undefined);
    if (!found?.isFile()) return send(response, 404, join(root, '404.html'));
    return send(response, 200, file);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    url: (path: string) => `http://127.0.0.1:${port}${base}${path.replace(/^\//, '')}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

function send(response: import('node:http').ServerResponse, status: number, file: string) {
  response.writeHead(status, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
  });
  createReadStream(file).on('error', () => response.end()).pipe(response);
}
