import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';
import type { Handler } from './static-server';

/**
 * Realistic sites for e2e tests: any `*.test` host (Chromium maps them to 127.0.0.1, see `chromiumArgs`),
 * served over https with a certificate made at test time (Chromium runs with --ignore-certificate-errors) and
 * over plain http, by the Host header. The same page answers on both schemes, so a test can serve
 * `https://bank.test/2fa` and its `http://` downgrade from one registration.
 */
export class SiteServer {
  private readonly routes = new Map<string, Handler>();
  private readonly servers: Server[] = [];
  private httpsPort = 0;
  private httpPort = 0;

  async start(): Promise<this> {
    const pems = await generate([{ name: 'commonName', value: 'otpilot.test' }], {
      keySize: 2048,
      extensions: [{ name: 'subjectAltName', altNames: [{ type: 2, value: '*.test' }] }],
    });
    const handle: Handler = (req, res) => {
      const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const handler = this.routes.get(`${host}${path}`);
      if (!handler) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      Promise.resolve(handler(req, res)).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500);
        res.end(String(error));
      });
    };
    const secure = createHttpsServer({ key: pems.private, cert: pems.cert }, handle);
    const plain = createHttpServer(handle);
    this.servers.push(secure, plain);
    await Promise.all(this.servers.map((s) => new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve))));
    this.httpsPort = (secure.address() as AddressInfo).port;
    this.httpPort = (plain.address() as AddressInfo).port;
    return this;
  }

  /** `https://HOST:PORT/PATH`. */
  https(host: string, path = '/'): string {
    return `https://${host}:${this.httpsPort}${path}`;
  }

  /** `http://HOST:PORT/PATH` (the same routes, unencrypted). */
  http(host: string, path = '/'): string {
    return `http://${host}:${this.httpPort}${path}`;
  }

  /** Serves `handler` for HOST + PATH on both schemes; answers the https URL. */
  route(host: string, path: string, handler: Handler): string {
    this.routes.set(`${host.toLowerCase()}${path}`, handler);
    return this.https(host, path);
  }

  /** Serves an HTML page for HOST + PATH on both schemes; answers the https URL. */
  page(host: string, path: string, html: string): string {
    return this.route(host, path, (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    });
  }

  async stop(): Promise<void> {
    await Promise.all(
      this.servers.map((server) => {
        server.closeAllConnections();
        return new Promise<void>((resolve) => server.close(() => resolve()));
      }),
    );
  }
}
