import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { request } from 'node:http';
import path from 'node:path';
import { repoRoot, testCache } from './run-cli.js';

const bin = path.join(repoRoot, 'bin', 'gbt27922.cjs');

export interface ServeProcess {
  child: ChildProcessWithoutNullStreams;
  url: string;
  port: number;
  token: string;
  stdout: () => string;
  stderr: () => string;
  /** Sends the signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** The real binary's `serve --no-open`, started as a user would; resolves once it prints its address. */
export async function startServe(file: string, args: string[] = [], env: Record<string, string> = {}): Promise<ServeProcess> {
  const child = spawn(process.execPath, [bin, 'serve', file, '--no-open', ...args], {
    cwd: path.dirname(file),
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...testCache(), ...env },
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk) => (out += String(chunk)));
  child.stderr.on('data', (chunk) => (err += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve printed no address: ${out} ${err}`)), 15_000);
    const look = () => {
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    };
    child.stdout.on('data', look);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited ${code}: ${out} ${err}`));
    });
  });
  const parsed = new URL(url);
  return {
    child,
    url,
    port: Number(parsed.port),
    token: parsed.searchParams.get('token')!,
    stdout: () => out,
    stderr: () => err,
    stop: (signal = 'SIGTERM') => {
      child.kill(signal);
      return exited;
    },
  };
}

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request, so the Host, Origin and cookie headers are exactly what a test says. */
export function http(port: number, options: { method?: string; path?: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path ?? '/', headers: { host: `127.0.0.1:${port}`, ...options.headers }, setHost: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** What the page does: GET the state, or POST a change against a hash, with the token and our Origin. */
export function pageClient(server: Pick<ServeProcess, 'port' | 'token'>) {
  const headers = { 'x-gbt27922-token': server.token };
  return {
    state: async () => JSON.parse((await http(server.port, { path: '/api/state', headers })).body) as PageState,
    change: async (hash: string, change: unknown) => {
      const reply = await http(server.port, {
        method: 'POST',
        path: '/api/change',
        headers: { ...headers, origin: `http://127.0.0.1:${server.port}`, 'content-type': 'application/json' },
        body: JSON.stringify({ hash, change }),
      });
      return { status: reply.status, body: JSON.parse(reply.body) as PageState & { saved: boolean; codes?: string[]; problems?: string[] } };
    },
  };
}

export interface PageState {
  hash: string;
  start?: boolean;
  readOnly: { reason: string; codes: string[]; problems: string[] } | null;
  values: { answers: Record<string, { kind: string; note: string }>; company: { name: string } } | null;
  result: { ok: boolean; score: string; level: string; bestCase: string } | null;
}
