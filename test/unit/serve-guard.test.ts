import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { openBrowser, openerFor } from '../../src/serve/open-browser.js';
import { checkRequest, isLoopback, newToken, tokenCookie, tokenMatches } from '../../src/serve/request-guard.js';

const port = 43210;
const token = newToken();
const ask = (method: string, headers: Record<string, string>, path = '/api/state') =>
  checkRequest({ method, headers } as unknown as IncomingMessage, { port, token }, new URL(path, 'http://127.0.0.1'));
const ours = { host: `127.0.0.1:${port}`, 'x-gbt27922-token': token };

describe('the request guard of gbt27922 serve', () => {
  it('when the host, token and origin are ours then a request passes, by header, cookie or the first address', () => {
    expect(ask('GET', ours)).toBeUndefined();
    expect(ask('GET', { host: `localhost:${port}`, cookie: `other=1; ${tokenCookie(token, port).split(';')[0]}` })).toBeUndefined();
    expect(ask('GET', { host: `127.0.0.1:${port}` }, `/?token=${token}`)).toBeUndefined();
    expect(ask('POST', { ...ours, origin: `http://localhost:${port}`, 'sec-fetch-site': 'same-origin' })).toBeUndefined();
  });

  it('when the Host is another name, port or missing then SERVE_HOST_REFUSED (DNS rebinding)', () => {
    for (const host of [`evil.example:${port}`, `127.0.0.1:${port + 1}`, '127.0.0.1', `0.0.0.0:${port}`, `[::1]:${port}`]) expect(ask('GET', { ...ours, host })?.code, host).toBe('SERVE_HOST_REFUSED');
    expect(ask('GET', { 'x-gbt27922-token': token })?.code).toBe('SERVE_HOST_REFUSED');
  });

  it('when the token is missing, shorter, longer or another cookie’s then SERVE_TOKEN_REFUSED', () => {
    expect(ask('GET', { host: ours.host })?.code).toBe('SERVE_TOKEN_REFUSED');
    expect(ask('GET', { ...ours, 'x-gbt27922-token': token.slice(1) })?.code).toBe('SERVE_TOKEN_REFUSED');
    expect(ask('GET', { ...ours, 'x-gbt27922-token': `${token}0` })?.code).toBe('SERVE_TOKEN_REFUSED');
    // Cookies are shared between ports: another server's cookie is not this one's.
    expect(ask('GET', { host: ours.host, cookie: tokenCookie(token, port + 1).split(';')[0]! })?.code).toBe('SERVE_TOKEN_REFUSED');
    expect(tokenMatches(undefined, token)).toBe(false);
    expect(newToken()).not.toBe(token);
    expect(token).toMatch(/^[0-9a-f]{64}$/);
  });

  it('when a change comes without our Origin, or another site started it, then SERVE_ORIGIN_REFUSED', () => {
    expect(ask('POST', ours)?.code).toBe('SERVE_ORIGIN_REFUSED');
    expect(ask('POST', { ...ours, origin: 'http://evil.example' })?.code).toBe('SERVE_ORIGIN_REFUSED');
    expect(ask('POST', { ...ours, origin: 'null' })?.code).toBe('SERVE_ORIGIN_REFUSED');
    expect(ask('POST', { ...ours, origin: `http://127.0.0.1:${port}`, 'sec-fetch-site': 'cross-site' })?.code).toBe('SERVE_ORIGIN_REFUSED');
    expect(ask('GET', { ...ours, origin: 'http://evil.example' })?.code).toBe('SERVE_ORIGIN_REFUSED');
  });

  it('when the server is bound to anything but 127.0.0.1 then it is not loopback (SERVE_NOT_LOOPBACK at start)', () => {
    expect(isLoopback('127.0.0.1')).toBe(true);
    for (const address of ['0.0.0.0', '::', '::1', '192.168.1.2']) expect(isLoopback(address)).toBe(false);
  });

  it('when the browser is opened then no shell reads the address, and an address not exactly ours is never opened', async () => {
    const url = `http://127.0.0.1:${port}/?token=${token}`;
    expect(openerFor(url, 'linux')).toEqual(['xdg-open', [url]]);
    expect(openerFor(url, 'darwin')).toEqual(['open', [url]]);
    expect(openerFor(url, 'win32')).toEqual(['cmd.exe', ['/d', '/s', '/c', 'start', '""', url]]);
    for (const hostile of [`${url}&calc`, `http://127.0.0.1:${port}/?token=${token}" & calc`, `http://evil.example/?token=${token}`, 'file:///etc/passwd'])
      expect(await openBrowser(hostile, 'linux')).toBe(false);
  });
});
