// scripts/serve.mjs, the local server `npm start` and the browser suite use, run for real in its own
// process against a temporary site whose folder has neighbours holding secrets. Hostile requests go
// through raw sockets, because fetch would clean up the very paths that matter (`..`, `%2e`, `\`).
// After every one: the process still runs and still serves, no secret byte left, no redirect left
// the origin, and the response carries the security headers of _headers.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { get as httpGet } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { EventEmitter } from 'node:events';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseHeadersFile } from '../../scripts/headers.mjs';
import { acceptsGzip, gzipText, splitTarget } from '../../scripts/serve.mjs';

const SECRETS = ['SECRET-PRIVATE-DIR', 'SECRET-ENV-FILE', 'SECRET-OUTSIDE', 'SECRET-DOTFILE', 'root:x:0:0'];
const POLICY = "default-src 'self'; script-src 'self'; frame-ancestors 'none'";
const FRAGMENT = gzipSync('{"url":"/tools/","content":"PAGEFIND-FRAGMENT"}');
// 4 MB of text that gzip only halves: enough to fill the socket and make the gzip stream wait.
const BIG_PAGE = `<!doctype html><p>${randomBytes(2_000_000).toString('hex')}</p>`;
const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

// The temporary site: dist/ as the build writes it, and beside it what must never be served.
const parent = mkdtempSync(join(tmpdir(), 'bowout-serve-'));
const root = join(parent, 'dist');
const files: Record<string, string | Buffer> = {
  'index.html': '<!doctype html><title>Home</title><p>PAGE-HOME</p>',
  '404.html': '<!doctype html><title>Not found</title><p>PAGE-NOT-FOUND</p>',
  'tools/index.html': '<!doctype html><p>PAGE-TOOLS</p>',
  'big/index.html': BIG_PAGE,
  'tools/message-builder/index.html': `<!doctype html><p>PAGE-BUILDER ${'words '.repeat(2000)}</p>`,
  '_astro/page.3fA9c1.js': `console.log("ASSET-HASHED");${' '.repeat(4000)}`,
  'pagefind/pagefind.js': 'export const PAGEFIND = 1;',
  'pagefind/fragment/en_abc123.pf_fragment': FRAGMENT,
  '.hidden': 'SECRET-DOTFILE',
  '_headers': readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8').replace(
    /^(\s+Content-Security-Policy:).*$/m,
    `$1 ${POLICY}`,
  ),
  '../dist-private/secret.txt': 'SECRET-PRIVATE-DIR',
  '../dist.env': 'SECRET-ENV-FILE',
  '../outside.txt': 'SECRET-OUTSIDE',
};
for (const [name, content] of Object.entries(files)) {
  const path = join(root, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

// What every response must carry: the headers _headers gives every path.
const everyPath = parseHeadersFile(String(files['_headers'])).find((rule) => rule.pattern === '/*')?.headers ?? {};
const SECURITY_HEADERS = Object.entries(everyPath).filter(([name]) => name !== 'Cache-Control');

let server: ChildProcess;
let port = 0;
let origin = '';

beforeAll(async () => {
  // Its own process, as `npm start` runs it: an uncaught throw would end it, and the test would see.
  const serveModule = new URL('../../scripts/serve.mjs', import.meta.url).href;
  server = spawn(
    process.execPath,
    ['--input-type=module', '-e', `import { serve } from ${JSON.stringify(serveModule)}; const { url } = await serve({ root: ${JSON.stringify(root)}, port: 0 }); console.log(url);`],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    server.stdout?.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
    server.once('exit', (code) => reject(new Error(`the server exited (${code}) before listening`)));
  });
  port = Number(new URL(url).port);
  origin = `http://localhost:${port}`;
});

afterAll(() => {
  server?.kill();
  rmSync(parent, { recursive: true, force: true });
});

interface RawResponse {
  status: number;
  headers: Map<string, string>;
  body: string;
  raw: string;
}

/** Sends exactly these bytes and reads until the server closes the connection. */
function rawRequest(bytes: string | Buffer): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(bytes));
    const chunks: Buffer[] = [];
    socket.setTimeout(10_000, () => socket.destroy(new Error('no answer within 10 s')));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const raw = Buffer.concat(chunks).toString('latin1');
      const split = raw.indexOf('\r\n\r\n');
      const [statusLine = '', ...lines] = raw.slice(0, split < 0 ? raw.length : split).split('\r\n');
      const headers = new Map<string, string>();
      for (const line of lines) {
        const colon = line.indexOf(':');
        const name = line.slice(0, colon).trim().toLowerCase();
        headers.set(name, [headers.get(name), line.slice(colon + 1).trim()].filter(Boolean).join(', '));
      }
      resolve({ status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0), headers, body: split < 0 ? '' : raw.slice(split + 4), raw });
    });
  });
}

const request = (method: string, target: string, headers: Record<string, string> = {}) =>
  rawRequest(
    `${method} ${target} HTTP/1.1\r\n${Object.entries({ Host: 'localhost', ...headers, Connection: 'close' })
      .map(([name, value]) => `${name}: ${value}`)
      .join('\r\n')}\r\n\r\n`,
  );

interface Row {
  name: string;
  /** The request as it goes on the wire (method, target, headers), or raw bytes. */
  send: () => Promise<RawResponse>;
  status: number;
  /** A marker the body must hold (the page that was served). */
  serves?: string;
  location?: string;
}

const get = (target: string, headers?: Record<string, string>) => () => request('GET', target, headers);
const long = 'a'.repeat(10_000);

const ROWS: Row[] = [
  // Traversal, in every spelling: refused (403) before the disk is touched, or a name that is not there (404).
  { name: 'plain ../ into a sibling folder', send: get('/../dist-private/secret.txt'), status: 403 },
  { name: '..%2f into a sibling folder whose name starts with "dist"', send: get('/..%2fdist-private%2fsecret.txt'), status: 403 },
  { name: '..%2f into a sibling file whose name starts with "dist"', send: get('/..%2fdist.env'), status: 403 },
  { name: '%2e%2e/ (encoded dots)', send: get('/%2e%2e/dist-private/secret.txt'), status: 403 },
  { name: '%2E%2E%2F (upper case)', send: get('/%2E%2E%2Fdist.env'), status: 403 },
  { name: '.%2e/ (half encoded)', send: get('/.%2e/dist.env'), status: 403 },
  { name: 'double encoding %252e%252e%252f stays a name', send: get('/%252e%252e%252fdist.env'), status: 404 },
  { name: 'raw backslashes ..\\', send: get('/..\\dist-private\\secret.txt'), status: 403 },
  { name: 'encoded backslashes %5c..%5c', send: get('/%5c..%5cdist.env'), status: 403 },
  { name: '..%5c (encoded backslash after the dots)', send: get('/..%5cdist-private%5csecret.txt'), status: 403 },
  { name: 'overlong UTF-8 dots (C0 AE, C0 AE)', send: get('/%c0%ae%c0%ae/dist.env'), status: 400 },
  { name: 'overlong UTF-8 slash (C0 AF)', send: get('/%c0%ae%c0%ae%c0%afdist.env'), status: 400 },
  { name: 'three-byte overlong dots (E0 80 AE)', send: get('/%e0%80%ae%e0%80%ae/dist.env'), status: 400 },
  { name: 'climbing out of a real folder', send: get('/tools/../../dist.env'), status: 403 },
  { name: 'climbing out of /_astro/ with %2f', send: get('/_astro/..%2f..%2fdist.env'), status: 403 },
  { name: './ padding before ..', send: get('/./././../outside.txt'), status: 403 },
  { name: 'a double slash before ..', send: get('//../outside.txt'), status: 403 },
  { name: 'deep %2e%2e towards /etc/passwd', send: get(`/${'%2e%2e/'.repeat(12)}etc/passwd`), status: 403 },
  { name: 'absolute-form target with ..', send: get('http://localhost/../dist.env'), status: 404 },
  { name: 'four dots are a name, not a step up', send: get('/....//dist.env'), status: 404 },
  { name: 'NUL before ..', send: get('/%00../dist.env'), status: 400 },
  { name: 'a dotfile in the root', send: get('/.hidden'), status: 404 },
  { name: 'a dotfile reached through %2e and ..', send: get('/_astro/%2e%2e/%2ehidden'), status: 404 },

  // Encoded slashes and look-alikes aimed at the redirect: it always names a folder on this origin.
  { name: '%2f before a host (open redirect)', send: get('/%2fevil.example%2f..%2ftools'), status: 301, location: '/tools/' },
  { name: '// and a host in the raw path', send: get('//evil.example/..%2ftools'), status: 301, location: '/tools/' },
  { name: '%5c before a host (browsers read \\ as /)', send: get('/%5cevil.example/..%2ftools'), status: 301, location: '/tools/' },
  { name: 'a raw backslash before a host', send: get('/\\evil.example/%2e%2e/tools'), status: 301, location: '/tools/' },
  { name: 'a tab, a host, then climbing back', send: get('/%09/evil.example/..%2f..%2ftools'), status: 301, location: '/tools/' },
  { name: 'the folder with an encoded trailing slash', send: get('/tools%2f'), status: 301, location: '/tools/' },
  { name: 'a hostile Host header', send: get('/tools', { Host: 'evil.example' }), status: 301, location: '/tools/' },
  { name: 'an absolute-form target naming another host', send: get('http://evil.example/tools'), status: 301, location: '/tools/' },

  // Characters Node refuses in a header, which used to throw inside the redirect and stop the server.
  { name: 'U+2028 line separator then %2f..', send: get('/%E2%80%A8%2f..'), status: 301, location: '/' },
  { name: 'a newline then %2f..', send: get('/tools/%0a%2f..'), status: 301, location: '/tools/' },
  { name: 'CRLF and a Set-Cookie (header injection)', send: get('/tools/%0d%0aSet-Cookie:%20stolen=1%2f..'), status: 301, location: '/tools/' },
  { name: 'CRLF in the query of a redirect', send: get('/tools?next=%0d%0aSet-Cookie:%20stolen=1'), status: 301, location: '/tools/?next=%0D%0ASet-Cookie%3A+stolen%3D1' },
  { name: 'NUL', send: get('/%00'), status: 400 },
  { name: 'NUL before an extension', send: get('/index.html%00.txt'), status: 400 },
  { name: 'right-to-left override then %2f..', send: get('/%E2%80%AE/tools%2f..'), status: 404 },
  { name: 'a right-to-left override in a file name', send: get('/%E2%80%AEgnp.exe'), status: 404 },
  { name: 'a bidi isolate', send: get('/%E2%81%A6tools%E2%81%A9/'), status: 404 },
  { name: 'a byte-order mark', send: get('/%EF%BB%BF'), status: 404 },
  { name: 'an invalid UTF-8 byte', send: get('/%ff'), status: 400 },
  { name: 'a lone %', send: get('/%'), status: 400 },
  { name: 'a broken escape %zz', send: get('/%zz'), status: 400 },
  { name: 'a raw line separator in the request line', send: () => rawRequest(Buffer.from('GET /\u2028 HTTP/1.1\r\nHost: localhost\r\n\r\n', 'utf8')), status: 400 },
  { name: 'a raw control character in the request line', send: () => rawRequest('GET /\x01 HTTP/1.1\r\nHost: localhost\r\n\r\n'), status: 400 },
  { name: 'a bad query string on a good page', send: get('/?%ff%00'), status: 200, serves: 'PAGE-HOME' },
  { name: 'a target that is not a path', send: get('evil.example'), status: 400 },

  // Overlong paths and headers.
  { name: 'a 10,000-character name', send: get(`/${long}`), status: 404 },
  { name: '10,000 characters of ../', send: get(`/${'../'.repeat(3_300)}dist.env`), status: 403 },
  { name: '10,000 characters of %2e%2e%2f', send: get(`/${'%2e%2e%2f'.repeat(1_100)}dist.env`), status: 403 },
  { name: 'a 100,000-character path', send: get(`/${'a'.repeat(100_000)}`), status: 431 },
  { name: 'a 20,000-character header', send: get('/', { 'X-Long': long + long }), status: 431 },
  { name: 'a 9,000-character Accept-Encoding of refusals', send: get('/', { 'Accept-Encoding': 'gzip;q=0,'.repeat(900) }), status: 200, serves: 'PAGE-HOME' },
  { name: 'an unsatisfiable Range', send: get('/index.html', { Range: 'bytes=999999-' }), status: 416 },
  { name: 'a thousand one-byte ranges, combined into one', send: get('/index.html', { Range: `bytes=${Array.from({ length: 1000 }, (_, index) => `${index}-${index}`).join(',')}` }), status: 206, serves: 'PAGE-HOME' },
  { name: 'a failed If-Match', send: get('/index.html', { 'If-Match': '"nope"' }), status: 412 },
  { name: 'an Expect the server cannot meet', send: get('/', { Expect: 'bogus' }), status: 417 },
  { name: 'an Upgrade to websocket', send: get('/', { Upgrade: 'websocket', Connection: 'Upgrade' }), status: 200, serves: 'PAGE-HOME' },
  { name: 'a TLS hello on the plain port', send: () => rawRequest(Buffer.from([0x16, 0x03, 0x01, 0x00, 0xa5, 0x01, 0x00, 0x00, 0xa1, 0x03, 0x03, 0x0d, 0x0a, 0x0d, 0x0a])), status: 400 },

  // Every method: only GET and HEAD read files; the rest are refused, and nothing is echoed.
  { name: 'HEAD of a page', send: () => request('HEAD', '/'), status: 200 },
  { name: 'HEAD of a traversal', send: () => request('HEAD', '/..%2fdist.env'), status: 403 },
  { name: 'POST', send: () => request('POST', '/', { 'Content-Length': '5' }), status: 405 },
  { name: 'PUT over a page', send: () => request('PUT', '/index.html', { 'Content-Length': '0' }), status: 405 },
  { name: 'DELETE of a page', send: () => request('DELETE', '/index.html'), status: 405 },
  { name: 'OPTIONS', send: () => request('OPTIONS', '/'), status: 405 },
  { name: 'OPTIONS *', send: () => request('OPTIONS', '*'), status: 405 },
  { name: 'PATCH', send: () => request('PATCH', '/'), status: 405 },
  { name: 'TRACE (must not echo the request)', send: () => request('TRACE', '/', { 'X-Echo': 'SECRET-ECHO' }), status: 405 },
  { name: 'CONNECT to another host', send: () => request('CONNECT', 'evil.example:443'), status: 405 },
  { name: 'PROPFIND (WebDAV)', send: () => request('PROPFIND', '/'), status: 405 },
  { name: 'M-SEARCH *', send: () => request('M-SEARCH', '*'), status: 405 },
  { name: 'a method in lower case', send: () => request('get', '/'), status: 400 },
  { name: 'an unknown method', send: () => request('BREW', '/'), status: 400 },
  { name: 'GET with a body', send: () => rawRequest('GET / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello'), status: 200, serves: 'PAGE-HOME' },
  { name: 'HTTP/1.0 without a Host', send: () => rawRequest('GET /tools/ HTTP/1.0\r\n\r\n'), status: 200, serves: 'PAGE-TOOLS' },
];

describe('the server under hostile requests', () => {
  test('the table holds at least 40 rows', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(40);
  });

  test.each(ROWS)('$name → $status', async (row) => {
    const response = await row.send();
    expect(response.status, response.raw.slice(0, 200)).toBe(row.status);

    // The security headers of _headers, on this answer too, whatever it is.
    for (const [name, value] of SECURITY_HEADERS) expect(response.headers.get(name.toLowerCase()), name).toBe(value);
    expect(response.headers.get('cache-control')).toBe(everyPath['Cache-Control']);
    expect(response.headers.has('set-cookie')).toBe(false);

    // Not one byte from outside the root, nor the request echoed back.
    for (const secret of [...SECRETS, 'SECRET-ECHO']) expect(response.raw).not.toContain(secret);
    if (row.serves) expect(response.body).toContain(row.serves);

    // A redirect names a path on this origin, never `//host` or `/\host`.
    const location = response.headers.get('location');
    expect(location ?? undefined).toBe(row.location);
    if (location) {
      expect(location).toMatch(/^\/(?![/\\])/);
      expect(new URL(location, origin).origin).toBe(origin);
    }

    // The server is still running and still serves.
    expect(server.exitCode).toBeNull();
    expect(server.signalCode).toBeNull();
    const after = await request('GET', '/');
    expect(after.status).toBe(200);
    expect(after.body).toContain('PAGE-HOME');
  });
});

describe('the server on ordinary requests', () => {
  const url = (path: string) => `${origin}${path}`;

  test('a page goes gzipped, with the security headers, and must be revalidated', async () => {
    const response = await fetch(url('/tools/message-builder/'), { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('vary')).toBe('Accept-Encoding');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('PAGE-BUILDER');
    for (const [name, value] of SECURITY_HEADERS) expect(response.headers.get(name), name).toBe(value);
    expect(response.headers.get('cache-control')).toBe(everyPath['Cache-Control']);
  });

  test('without Accept-Encoding the same page goes as it is, with its length', async () => {
    const response = await request('GET', '/tools/message-builder/');
    expect(response.headers.has('content-encoding')).toBe(false);
    expect(Number(response.headers.get('content-length'))).toBe(Buffer.byteLength(String(files['tools/message-builder/index.html'])));
  });

  test('HEAD answers with the headers GET would send, and no body', async () => {
    const response = await request('HEAD', '/tools/message-builder/', { 'Accept-Encoding': 'gzip' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.body).toBe('');
  });

  test('a file whose name carries a hash is cached for a year', async () => {
    const response = await fetch(url('/_astro/page.3fA9c1.js'));
    expect(await response.text()).toContain('ASSET-HASHED');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-encoding')).toBe('gzip');
  });

  test('a missing file under /_astro/ gets the 404 page, never cached as immutable', async () => {
    const response = await fetch(url('/_astro/missing.js'));
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('PAGE-NOT-FOUND');
    expect(response.headers.get('cache-control')).toBe(everyPath['Cache-Control']);
    for (const [name, value] of SECURITY_HEADERS) expect(response.headers.get(name), name).toBe(value);
  });

  test('index.html reached through /_astro/..%2f gets the headers of index.html, not of /_astro/', async () => {
    const response = await fetch(url('/_astro/..%2findex.html'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('PAGE-HOME');
    expect(response.headers.get('cache-control')).toBe(everyPath['Cache-Control']);
  });

  test('Pagefind’s pre-compressed fragments go out byte for byte, not compressed twice', async () => {
    const response = await request('GET', '/pagefind/fragment/en_abc123.pf_fragment', { 'Accept-Encoding': 'gzip' });
    expect(response.status).toBe(200);
    expect(response.headers.has('content-encoding')).toBe(false);
    expect(response.headers.get('content-type')).toBe('application/octet-stream');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(Buffer.from(response.body, 'latin1').equals(FRAGMENT)).toBe(true);
  });

  test('a folder without its trailing slash is redirected to it, keeping the query', async () => {
    const response = await fetch(url('/tools/message-builder?zone=Europe/London'), { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/tools/message-builder/?zone=Europe%2FLondon');
    for (const [name, value] of SECURITY_HEADERS) expect(response.headers.get(name), name).toBe(value);
  });

  test('a revalidation (304) carries the security headers too', async () => {
    const first = await fetch(url('/'));
    const etag = first.headers.get('etag') ?? '';
    await first.arrayBuffer();
    expect(etag).not.toBe('');
    const response = await request('GET', '/', { 'If-None-Match': etag });
    expect(response.status).toBe(304);
    expect(response.body).toBe('');
    for (const [name, value] of SECURITY_HEADERS) expect(response.headers.get(name.toLowerCase()), name).toBe(value);
  });

  test('a byte range (206) goes as it is, with the security headers', async () => {
    const response = await request('GET', '/index.html', { Range: 'bytes=0-14', 'Accept-Encoding': 'gzip' });
    expect(response.status).toBe(206);
    expect(response.body).toBe(String(files['index.html']).slice(0, 15));
    expect(response.headers.has('content-encoding')).toBe(false);
    for (const [name, value] of SECURITY_HEADERS) expect(response.headers.get(name.toLowerCase()), name).toBe(value);
  });

  test('a 4 MB page arrives whole through gzip, to a reader who pauses', async () => {
    const body = await new Promise<Buffer>((resolve, reject) => {
      httpGet(url('/big/'), { headers: { 'Accept-Encoding': 'gzip' } }, (response) => {
        expect(response.headers['content-encoding']).toBe('gzip');
        const chunks: Buffer[] = [];
        // A slow reader: stop reading for a moment so the server's writes back up.
        response.pause();
        setTimeout(() => response.resume(), 300);
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve(Buffer.concat(chunks)));
        response.on('error', reject);
      }).on('error', reject);
    });
    expect(sha256(gunzipSync(body))).toBe(sha256(BIG_PAGE));
  });

  test('a reader who hangs up halfway through a gzipped page leaves the server serving', async () => {
    await new Promise<void>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.write('GET /big/ HTTP/1.1\r\nHost: localhost\r\nAccept-Encoding: gzip\r\n\r\n'));
      socket.once('data', () => {
        socket.destroy();
        resolve();
      });
      socket.on('error', reject);
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(server.exitCode).toBeNull();
    const after = await request('GET', '/');
    expect(after.body).toContain('PAGE-HOME');
  });

  test('keeps serving through many requests on one keep-alive connection', async () => {
    const pipelined = Array.from({ length: 20 }, () => 'GET /..%2fdist.env HTTP/1.1\r\nHost: localhost\r\n\r\n').join('') + 'GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n';
    const response = await rawRequest(pipelined);
    expect(response.raw.match(/HTTP\/1\.1 403/g)?.length).toBe(20);
    expect(response.raw).toContain('PAGE-HOME');
    expect(response.raw).not.toContain('SECRET-ENV-FILE');
  });
});

describe('gzipText', () => {
  /** A response whose socket is always full: every write is refused until the next 'drain'. */
  function slowResponse() {
    const headers = new Map<string, unknown>([['content-type', 'text/html; charset=utf-8']]);
    const written: Buffer[] = [];
    let refusals = 0;
    const response = Object.assign(new EventEmitter(), {
      statusCode: 200,
      getHeader: (name: string) => headers.get(name.toLowerCase()),
      setHeader: (name: string, value: unknown) => headers.set(name.toLowerCase(), value),
      removeHeader: (name: string) => headers.delete(name.toLowerCase()),
      write(chunk: Buffer) {
        written.push(Buffer.from(chunk));
        refusals += 1;
        setImmediate(() => response.emit('drain'));
        return false;
      },
      end(chunk?: Buffer) {
        if (chunk) written.push(Buffer.from(chunk));
        setImmediate(() => response.emit('finish'));
        return response;
      },
      destroy(error?: Error) {
        response.emit('error', error ?? new Error('destroyed'));
      },
    });
    return { response, headers, written, refusals: () => refusals };
  }

  test('waits while the socket is full and goes on at each drain, losing nothing', async () => {
    const { response, headers, written, refusals } = slowResponse();
    gzipText({ method: 'GET', headers: { 'accept-encoding': 'gzip' } } as never, response as never);
    const text = randomBytes(500_000).toString('hex');
    const finished = new Promise((resolve, reject) => {
      response.once('finish', resolve);
      response.once('error', reject);
    });
    Readable.from(text.match(/[\s\S]{1,65536}/g) ?? []).pipe(response as never);
    await finished;
    expect(headers.get('content-encoding')).toBe('gzip');
    expect(headers.has('content-length')).toBe(false);
    expect(refusals()).toBeGreaterThan(10);
    expect(sha256(gunzipSync(Buffer.concat(written)))).toBe(sha256(text));
  });

  test('leaves a body that is already compressed as it is', () => {
    const { response, headers, written } = slowResponse();
    headers.set('content-type', 'application/octet-stream');
    gzipText({ method: 'GET', headers: { 'accept-encoding': 'gzip' } } as never, response as never);
    (response as unknown as { end: (chunk: Buffer) => void }).end(FRAGMENT);
    expect(headers.has('content-encoding')).toBe(false);
    expect(Buffer.concat(written).equals(FRAGMENT)).toBe(true);
  });
});

describe('acceptsGzip', () => {
  test.each([
    ['gzip, deflate, br', true],
    ['br;q=1.0, gzip;q=0.8', true],
    ['x-gzip', true],
    ['*', true],
    ['gzip;q=0', false],
    ['gzip;q=0.000', false],
    ['*;q=0', false],
    ['*, gzip;q=0', false],
    ['deflate, br', false],
    ['', false],
  ])('%j → %s', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });
});

describe('splitTarget', () => {
  test.each([
    ['/tools/?zone=Europe%2FLondon#x', { path: '/tools/', query: 'zone=Europe%2FLondon' }],
    ['/a#b?c', { path: '/a', query: '' }],
    ['http://evil.example/tools?q=1', { path: '/tools', query: 'q=1' }],
    ['*', null],
    ['evil.example/tools', null],
    ['', null],
  ])('%j', (target, expected) => {
    expect(splitTarget(target)).toEqual(expected);
  });
});
