// A small static file server for the demo and the bundle checks. It listens on a loopback
// address only (127.0.0.1 by default), never on every interface.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** The types worth compressing. */
const compressible = /^(text\/|application\/(geo\+)?json|image\/svg)/;

/**
 * Serves `root` on `host:port` (port 0: any free port). Resolves with the server and its base URL.
 * `onRequest(path)` is told of every request, for checks that count them. `home` is where `/`
 * leads (a redirect), when given. A folder asked for without its trailing slash is redirected to it.
 *
 * For the benchmark: `delay` (ms) holds every response that long before it starts, as network
 * latency would; `gzip` sends text compressed (level 9, as the byte budgets count it) to clients
 * that accept it, as a web server would.
 */
export async function serve({ root, host = '127.0.0.1', port = 0, onRequest = () => {}, headers = {}, home, delay = 0, gzip = false }) {
  const base = resolve(root);
  /** Compressed files by path, kept while their modification time stays the same. */
  const compressed = new Map();
  const server = createServer(async (req, res) => {
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request');
      return;
    }
    onRequest(path);
    if (home && path === '/') {
      res.writeHead(302, { location: home }).end();
      return;
    }
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        // A folder without its slash: to the folder, so that its page's relative links work.
        if (!path.endsWith('/')) {
          res.writeHead(301, { location: `${path}/` }).end();
          return;
        }
        file = join(file, 'index.html');
        info = await stat(file);
      }
      const type = types[extname(file)] ?? 'application/octet-stream';
      if (gzip && compressible.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        let entry = compressed.get(file);
        if (entry?.mtime !== info.mtimeMs) {
          entry = { mtime: info.mtimeMs, body: gzipSync(await readFile(file), { level: 9 }) };
          compressed.set(file, entry);
        }
        res.writeHead(200, {
          'content-type': type,
          'content-encoding': 'gzip',
          'content-length': entry.body.length,
          'cache-control': 'no-store',
          vary: 'accept-encoding',
          ...headers,
        });
        res.end(entry.body);
        return;
      }
      res.writeHead(200, {
        'content-type': type,
        'content-length': info.size,
        'cache-control': 'no-store',
        ...headers,
      });
      createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, ok);
  });
  const { port: actual } = server.address();
  return { server, url: `http://${host}:${actual}` };
}
