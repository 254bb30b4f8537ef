import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';

/**
 * Serves the local demo pages on 127.0.0.1: `/login` (an authenticator code, single field and split boxes) and
 * `/six-box` (six boxes waiting for a code e-mailed, i.e. pushed to Skyvern).
 */
export async function startDemoServer(port = 0): Promise<{ server: Server; url: string; sixBoxUrl: string }> {
  const login = readFileSync(resolve(import.meta.dirname, 'login.html'));
  const sixBox = readFileSync(resolve(import.meta.dirname, 'six-box.html'));
  const server = createServer((req, res) => {
    const page = new URL(req.url ?? '/', 'http://127.0.0.1').pathname === '/six-box' ? sixBox : login;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const bound = (server.address() as AddressInfo).port;
  // The six-box page is on another host name than the login page, whose site the demo account holds: no vault
  // account matches it, so it waits for a pushed code.
  return { server, url: `http://127.0.0.1:${bound}/login`, sixBoxUrl: `http://localhost:${bound}/six-box` };
}
