// @ts-check
// Serves the built site (dist/) on localhost as a static host would: `send` (the file server under
// Express's serve-static) finds and streams the files; on top we keep only the headers of
// dist/_headers, applied to every response by the file actually sent, and gzip for text.
// `PORT=0` asks the OS for a free port; the address is printed once listening.
import { createServer, STATUS_CODES } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';
import send from 'send';
import { matchesPattern, parseHeadersFile } from './headers.mjs';

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */
/** @typedef {{ pattern: string, headers: Record<string, string> }} Rule */

const METHODS = new Set(['GET', 'HEAD']);
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|xml|javascript|manifest\+json)|image\/svg\+xml)/;

/**
 * The headers _headers gives a file at `urlPath`; `null` (a redirect, an error with no file)
 * gets the headers every path gets (`/*`).
 * @param {Rule[]} rules
 * @param {string | null} urlPath
 */
export function headersFor(rules, urlPath) {
  /** @type {Record<string, string>} */
  const headers = {};
  for (const rule of rules) {
    if (urlPath === null ? rule.pattern === '/*' : matchesPattern(rule.pattern, urlPath)) Object.assign(headers, rule.headers);
  }
  return headers;
}

/** Whether the client takes gzip (`gzip;q=0` and `*;q=0` refuse it). @param {string} header */
export function acceptsGzip(header) {
  let gzip;
  let any;
  for (const part of header.toLowerCase().split(',')) {
    const [coding = '', ...parameters] = part.split(';').map((item) => item.trim());
    const quality = parameters.find((parameter) => parameter.startsWith('q='));
    const accepted = quality === undefined || Number(quality.slice(2)) > 0;
    if (coding === 'gzip' || coding === 'x-gzip') gzip = accepted;
    else if (coding === '*') any = accepted;
  }
  return gzip ?? any ?? false;
}

/**
 * The path part of a request target (origin form `/a?b` or absolute form `http://h/a?b`), still
 * percent-encoded, and its query; `null` for anything else (`*`, `evil`, an empty target).
 * @param {string} target
 */
export function splitTarget(target) {
  if (/^https?:\/\//i.test(target)) {
    try {
      const url = new URL(target);
      return { path: url.pathname, query: url.search.slice(1) };
    } catch {
      return null;
    }
  }
  if (!target.startsWith('/')) return null;
  const end = target.search(/[?#]/);
  const query = end >= 0 && target[end] === '?' ? target.slice(end + 1).split('#')[0] ?? '' : '';
  return { path: end >= 0 ? target.slice(0, end) : target, query };
}

/**
 * Gzips the body when the response turns out to be text, deciding at the first write (when the
 * status and type are known, before the headers go out), as compression middleware does.
 * Pagefind's index and fragments are gzip already and typed application/octet-stream: they go as they are.
 * @param {Request} request
 * @param {Response} response
 */
export function gzipText(request, response) {
  const wantsGzip = acceptsGzip(String(request.headers['accept-encoding'] ?? ''));
  const write = response.write.bind(response);
  const end = response.end.bind(response);
  /** @type {import('node:zlib').Gzip | null | undefined} */
  let gzip;
  const decide = () => {
    if (gzip !== undefined) return gzip;
    gzip = null;
    const type = String(response.getHeader('Content-Type') ?? '');
    const status = response.statusCode;
    if (!COMPRESSIBLE.test(type) || response.getHeader('Content-Encoding') || status === 206 || status === 304 || status === 204) return gzip;
    response.setHeader('Vary', 'Accept-Encoding');
    if (!wantsGzip) return gzip;
    response.setHeader('Content-Encoding', 'gzip');
    response.removeHeader('Content-Length');
    if (request.method === 'HEAD') return gzip; // the same headers as GET, no body
    const stream = createGzip();
    stream.on('data', (chunk) => {
      if (!write(chunk)) stream.pause();
    });
    response.on('drain', () => stream.resume());
    stream.on('drain', () => response.emit('drain'));
    stream.on('end', () => end());
    stream.on('error', (error) => response.destroy(error));
    gzip = stream;
    return gzip;
  };
  /** @type {any} */ (response).write = (/** @type {any} */ chunk, /** @type {any[]} */ ...rest) => {
    const stream = decide();
    return stream ? stream.write(chunk, ...rest) : write(chunk, ...rest);
  };
  /** @type {any} */ (response).end = (/** @type {any} */ chunk, /** @type {any[]} */ ...rest) => {
    const stream = decide();
    if (!stream) return end(chunk, ...rest);
    if (chunk !== undefined && typeof chunk !== 'function') stream.write(chunk);
    stream.end();
    return response;
  };
}

/** A response head written straight to a socket, for requests Node's parser rejects before any handler. */
function rawResponse(/** @type {number} */ status, /** @type {Record<string, string>} */ headers) {
  const body = `${STATUS_CODES[status] ?? 'Error'}\n`;
  const lines = Object.entries({ ...headers, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': String(body.length), Connection: 'close' });
  return `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}\r\n${lines.map(([name, value]) => `${name}: ${value}`).join('\r\n')}\r\n\r\n${body}`;
}

/**
 * @param {{ root?: string, port?: number, host?: string }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function serve({ root = 'dist', port = 4321, host = '127.0.0.1' } = {}) {
  const base = resolve(root);
  if (!existsSync(join(base, 'index.html'))) {
    throw new Error(`No built site in ${base}. Run "npm run build" first.`);
  }
  const headersPath = join(base, '_headers');
  /** @type {Rule[]} */
  const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
  const everyPath = headersFor(rules, null);
  /** The URL path of a file send found, always under root (send refuses `..` before touching disk). */
  const urlPathOf = (/** @type {string} */ file) => `/${relative(base, file).split(sep).join('/')}`;

  /** A short answer with no file behind it: only the headers every path gets. */
  function plain(/** @type {Response} */ response, /** @type {number} */ status, /** @type {Record<string, string | number>} */ extra = {}, body = `${STATUS_CODES[status] ?? 'Error'}\n`) {
    if (response.headersSent) {
      response.destroy();
      return;
    }
    for (const name of response.getHeaderNames()) response.removeHeader(name);
    response.statusCode = status;
    for (const [name, value] of Object.entries({ ...everyPath, ...extra, 'Content-Type': 'text/plain; charset=utf-8' })) response.setHeader(name, value);
    response.end(response.req.method === 'HEAD' ? undefined : body);
  }

  /** Runs an event handler of ours so that a throw in it ends that response, never the process. */
  const guarded =
    (/** @type {Response} */ response, /** @type {(...args: any[]) => void} */ handler) =>
    (/** @type {any[]} */ ...args) => {
      try {
        handler(...args);
      } catch {
        response.destroy();
      }
    };

  /** Streams `path` (percent-encoded, from the request) from root through send. */
  function sendFile(/** @type {Request} */ request, /** @type {Response} */ response, /** @type {string} */ path, /** @type {string} */ query) {
    send(request, path, { root: base, dotfiles: 'ignore', cacheControl: false, index: ['index.html'] })
      .on('headers', guarded(response, (/** @type {Response} */ res, /** @type {string} */ file) => {
        for (const [name, value] of Object.entries(headersFor(rules, urlPathOf(file)))) res.setHeader(name, value);
      }))
      .on('directory', guarded(response, (/** @type {Response} */ res, /** @type {string} */ directory) => {
        // The Location is rebuilt from the folder found on disk, one encoded segment at a time, never
        // from the request: it can only start with one slash and a name (no `//host`, `/\host`, no
        // control character that would make Node throw), so it stays on this origin.
        const segments = relative(base, directory).split(sep).filter(Boolean).map(encodeURIComponent);
        const search = query ? `?${new URLSearchParams(query)}` : '';
        const location = `/${segments.map((segment) => `${segment}/`).join('')}${search}`;
        plain(res, 301, { Location: location }, `Moved to ${location}\n`);
      }))
      .on('error', guarded(response, (/** @type {{ status?: number, headers?: Record<string, string> }} */ error) => {
        const status = error.status ?? 500;
        if (status === 404) notFound(request, response);
        else plain(response, status, error.headers ?? {});
      }))
      .pipe(response);
  }

  /** The site's own 404 page, with the headers of 404.html. */
  function notFound(/** @type {Request} */ request, /** @type {Response} */ response) {
    if (response.headersSent) {
      response.destroy();
      return;
    }
    for (const name of response.getHeaderNames()) response.removeHeader(name);
    response.statusCode = 404;
    send(request, '/404.html', { root: base, cacheControl: false, acceptRanges: false, etag: false, lastModified: false })
      .on('headers', guarded(response, (/** @type {Response} */ res) => {
        for (const [name, value] of Object.entries(headersFor(rules, '/404.html'))) res.setHeader(name, value);
      }))
      .on('error', guarded(response, () => plain(response, 404)))
      .pipe(response);
  }

  /** @param {Request} request @param {Response} response */
  function handle(request, response) {
    gzipText(request, response);
    if (!METHODS.has(request.method ?? '')) {
      plain(response, 405, { Allow: 'GET, HEAD' });
      return;
    }
    const target = splitTarget(request.url ?? '');
    if (!target) {
      plain(response, 400);
      return;
    }
    sendFile(request, response, target.path, target.query);
  }

  const server = createServer((request, response) => {
    try {
      handle(request, response);
    } catch {
      // Nothing a request holds may stop the server; the person sees an error for that request only.
      plain(response, 500);
    }
  });
  // Requests Node answers before our handler would otherwise get its bare answers, without our headers.
  server.on('checkExpectation', (_request, response) => plain(response, 417));
  server.on('connect', (_request, socket) => socket.end(rawResponse(405, { ...everyPath, Allow: 'GET, HEAD' })));
  server.on('clientError', (/** @type {NodeJS.ErrnoException} */ error, socket) => {
    // As Node's own handler: no answer once a response on this socket has begun, or nobody listens.
    if (!socket.writable || error.code === 'ECONNRESET' || /** @type {any} */ (socket)._httpMessage?.headersSent) {
      socket.destroy();
      return;
    }
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    socket.end(rawResponse(status, everyPath));
  });

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolvePromise({
        url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${actualPort}/`,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = process.env.PORT === undefined ? 4321 : Number(process.env.PORT);
  serve({ port })
    .then(({ url }) => console.log(`Bow Out is running at ${url}  (Ctrl+C to stop)`))
    .catch((error) => {
      console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use. Try: PORT=0 npm run serve` : error.message);
      process.exit(1);
    });
}
