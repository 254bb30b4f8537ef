import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/**
 * A tiny HTTP server on 127.0.0.1 for test pages and fake remote services.
 * Routes are exact paths; `html(path, body)` is the common case.
 */
export class TestServer {
  private readonly routes = new Map<string, Handler>();
  private server?: Server;
  origin = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const handler = this.routes.get(path);
      if (!handler) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      Promise.resolve(handler(req, res)).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500);
        res.end(String(error));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  route(path: string, handler: Handler): string {
    this.routes.set(path, handler);
    return this.origin + path;
  }

  html(path: string, body: string): string {
    return this.route(path, (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    });
  }

  file(path: string, body: Buffer | string, contentType: string): string {
    return this.route(path, (_req, res) => {
      res.writeHead(200, { 'content-type': contentType }).end(body);
    });
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
