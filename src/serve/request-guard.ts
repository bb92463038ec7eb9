import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { type Diagnostic, error } from '../model/diagnostic.js';
import type { StoppingCode } from '../model/error-codes.js';

/**
 * The cookie the first address sets; HttpOnly, so no script in the page (or injected into it) reads
 * it. Named by port: browsers share cookies between the ports of one host, and two servers (two
 * assessments) must not overwrite each other's.
 */
export const tokenCookieName = (port: number) => `gbt27922_token_${port}`;
/** The header a program may send instead of the cookie (the tests without a browser do). */
export const TOKEN_HEADER = 'x-gbt27922-token';

/** 32 random bytes as hex: only the person who was shown the address (and their browser) knows it. */
export function newToken(): string {
  return randomBytes(32).toString('hex');
}

export type Refusal = { status: 403 | 421; code: StoppingCode };

/**
 * Every request must name this server by its loopback address (a DNS-rebinding page reaches us
 * under its own host name, and is refused here), carry the token, and, when it changes anything,
 * come from our own page: a cross-site form or fetch sends its own Origin.
 */
export function checkRequest(request: IncomingMessage, server: { port: number; token: string }, url: URL): Refusal | undefined {
  if (!allowedHosts(server.port).includes(request.headers.host ?? '')) return { status: 421, code: 'SERVE_HOST_REFUSED' };
  if (!tokenMatches(presentedToken(request, url, server.port), server.token)) return { status: 403, code: 'SERVE_TOKEN_REFUSED' };
  const changes = request.method !== 'GET' && request.method !== 'HEAD';
  const origin = request.headers.origin;
  // A GET never changes anything; a browser still sends Origin on some (fetch, EventSource), which must then be ours.
  if ((changes && origin === undefined) || (origin !== undefined && !allowedOrigins(server.port).includes(origin))) return { status: 403, code: 'SERVE_ORIGIN_REFUSED' };
  // Fetch metadata, where the browser sends it: a request another site started is refused even with the cookie.
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return { status: 403, code: 'SERVE_ORIGIN_REFUSED' };
  return undefined;
}

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

function allowedOrigins(port: number): string[] {
  return allowedHosts(port).map((host) => `http://${host}`);
}

/** The token of the first address (?token=), the header, or the cookie the first address set. */
export function presentedToken(request: IncomingMessage, url: URL, port: number): string | undefined {
  const header = request.headers[TOKEN_HEADER];
  if (typeof header === 'string') return header;
  const cookie = cookieValue(request.headers.cookie, tokenCookieName(port));
  if (cookie !== undefined) return cookie;
  return url.searchParams.get('token') ?? undefined;
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

/** Compared in constant time, so the token cannot be guessed a character at a time. */
export function tokenMatches(presented: string | undefined, token: string): boolean {
  if (presented === undefined) return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The cookie set by the first address: this port only, never sent by another site's request. */
export function tokenCookie(token: string, port: number): string {
  return `${tokenCookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}

/** Is the address the server listens on the loopback one (and nothing wider)? */
export function isLoopback(address: string): boolean {
  return address === '127.0.0.1';
}

/** The refusal to run on an address wider than loopback, or nothing when it is loopback. */
export function loopbackProblem(address: string): Diagnostic | undefined {
  return isLoopback(address) ? undefined : error('SERVE_NOT_LOOPBACK', { address });
}

/** Headers on every answer: no framing, no sniffing, nothing from elsewhere, nothing cached. */
export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
};
