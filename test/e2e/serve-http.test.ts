import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { UserError } from '../../src/model/diagnostic.js';
import { acquireLock } from '../../src/questionnaire/file-lock.js';
import { http, pageClient, type ServeProcess, startServe } from '../helpers/serve-process.js';
import { repoRoot, runCli } from '../helpers/run-cli.js';

/** gbt27922 serve over plain HTTP, no browser: the refusals, the saves, the lock, the stop. */
const running: ServeProcess[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.stop()));
});

function example(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gbt27922-serve-'));
  const file = path.join(dir, '自评.yaml');
  copyFileSync(path.join(repoRoot, 'examples', 'producer-4star.yaml'), file);
  return file;
}

async function serve(file: string, args: string[] = []): Promise<ServeProcess> {
  const server = await startServe(file, args);
  running.push(server);
  return server;
}

describe('gbt27922 serve: who may ask', () => {
  it('when a request has no token, a wrong one, a foreign Host or a foreign Origin then it is refused with its code; with the token it is served', async () => {
    const server = await serve(example());
    const { port, token } = server;
    const noToken = await http(port, { path: '/api/state' });
    expect(noToken.status).toBe(403);
    expect(noToken.body).toContain('SERVE_TOKEN_REFUSED');
    const wrongToken = await http(port, { path: '/api/state', headers: { 'x-gbt27922-token': token.replace(/.$/, (c) => (c === '0' ? '1' : '0')) } });
    expect(wrongToken.status).toBe(403);
    // DNS rebinding: a page of evil.example resolved to 127.0.0.1 sends its own host name.
    const rebound = await http(port, { path: '/api/state', headers: { host: `evil.example:${port}`, 'x-gbt27922-token': token } });
    expect(rebound.status).toBe(421);
    expect(rebound.body).toContain('SERVE_HOST_REFUSED');
    const change = { method: 'POST', path: '/api/change', body: '{}' };
    const foreign = await http(port, { ...change, headers: { 'x-gbt27922-token': token, origin: 'http://evil.example', 'content-type': 'application/json' } });
    expect(foreign.status).toBe(403);
    expect(foreign.body).toContain('SERVE_ORIGIN_REFUSED');
    const noOrigin = await http(port, { ...change, headers: { 'x-gbt27922-token': token, 'content-type': 'application/json' } });
    expect(noOrigin.status).toBe(403);
    const crossSite = await http(port, { ...change, headers: { 'x-gbt27922-token': token, origin: `http://127.0.0.1:${port}`, 'sec-fetch-site': 'cross-site', 'content-type': 'application/json' } });
    expect(crossSite.status).toBe(403);
    // A form post (no JSON) is refused even from our own origin.
    const form = await http(port, { ...change, headers: { 'x-gbt27922-token': token, origin: `http://127.0.0.1:${port}`, 'content-type': 'application/x-www-form-urlencoded' } });
    expect(form.status).toBe(415);
    const ok = await http(port, { path: '/api/state', headers: { 'x-gbt27922-token': token } });
    expect(ok.status).toBe(200);
    expect(ok.headers['content-security-policy']).toContain("default-src 'none'");
    expect(ok.headers['x-frame-options']).toBe('DENY');
  });

  it('when the opened address is visited then the token becomes an HttpOnly SameSite cookie and the address loses it', async () => {
    const server = await serve(example());
    const first = await http(server.port, { path: `/?token=${server.token}&lang=en` });
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/?lang=en');
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toContain(`gbt27922_token_${server.port}=${server.token}`);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const page = await http(server.port, { path: '/?lang=en', headers: { cookie: cookie.split(';')[0]! } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<script src="/page.js"');
    expect(page.body).not.toMatch(/https?:\/\//); // nothing fetched from elsewhere
  });

  it('when the page asks in English then its words, the questions and the result are English; Chinese is the default', async () => {
    const server = await serve(example());
    const headers = { 'x-gbt27922-token': server.token };
    const english = JSON.parse((await http(server.port, { path: '/api/state?lang=en', headers })).body) as {
      words: Record<string, string>;
      form: { classes: Array<{ title: string }> };
      result: { level: string };
    };
    expect(english.words.score).toBe('Score');
    expect(english.form.classes[0]!.title).toMatch(/^[\x20-\x7e]+$/);
    expect(english.result.level).toContain('Four-star');
    const chinese = JSON.parse((await http(server.port, { path: '/api/state', headers })).body) as { words: Record<string, string>; result: { level: string } };
    expect(chinese.words.score).toBe('得分');
    expect(chinese.result.level).toContain('四星级');
  });

  it('when a path names a file (even the assessment or ../) then nothing but the fixed routes is served', async () => {
    const file = example();
    const server = await serve(file);
    const headers = { 'x-gbt27922-token': server.token };
    for (const asked of [
      `/${encodeURIComponent('自评.yaml')}`,
      `/${encodeURIComponent('自评.yaml.lock')}`,
      '/../../etc/passwd',
      '/%2e%2e/package.json',
      '/templates/serve/page.js',
      '/page.js/../../package.json',
    ]) {
      const reply = await http(server.port, { path: asked, headers });
      expect(reply.status, asked).toBe(404);
    }
  });
});

describe('gbt27922 serve: the file stays the truth', () => {
  it('when an answer is changed then it is on disk as one changed line, comments kept, and the result is the scorer’s', async () => {
    const file = example();
    const before = readFileSync(file, 'utf8');
    const server = await serve(file);
    const page = pageClient(server);
    const state = await page.state();
    expect(state.result?.score).toBe('94.7');
    const reply = await page.change(state.hash, { kind: 'answer', id: 'culture.strategy', answer: { kind: 'unmet', note: '战略未成文', evidence: [] } });
    expect(reply.status).toBe(200);
    const after = readFileSync(file, 'utf8');
    const changed = after.split('\n').filter((line, index) => line !== before.split('\n')[index]);
    expect(changed).toEqual(['  culture.strategy: { result: unmet, note: 战略未成文 }']);
    expect(after).toContain('# Example: a household-appliance producer');
    const scored = JSON.parse(runCli(['score', file, '--format', 'json']).stdout) as { score: number };
    expect(reply.body.result?.score).toBe((Math.floor(scored.score * 10) / 10).toFixed(1));
    expect(reply.body.result?.score).not.toBe(state.result?.score);
  });

  it('when a change would make the file invalid then it is refused with the code `score` gives, and the file is unchanged', async () => {
    const file = example();
    const before = readFileSync(file, 'utf8');
    const server = await serve(file);
    const page = pageClient(server);
    const { hash } = await page.state();
    const samples = await page.change(hash, { kind: 'answer', id: 'rules.process', answer: { kind: 'samples', conforming: 11, total: 10, note: '', evidence: [] } });
    expect(samples.status).toBe(422);
    expect(samples.body.codes).toEqual(['SAMPLES_INVALID']);
    const na = await page.change(hash, { kind: 'answer', id: 'culture.strategy', answer: { kind: 'na', reason: ' ', note: '', evidence: [] } });
    expect(na.status).toBe(422);
    expect(na.body.codes).toContain('NA_NOT_ALLOWED');
    const date = await page.change(hash, { kind: 'plan', id: 'culture.strategy', field: 'due', value: '2027-02-30' });
    expect(date.status).toBe(422);
    expect(date.body.codes).toContain('INVALID_DATE');
    const unknown = await page.change(hash, { kind: 'answer', id: 'no.such', answer: { kind: 'met', note: '', evidence: [] } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.codes).toEqual(['SERVE_BAD_REQUEST']);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('when the file was changed outside since the page read it then a change is refused as stale and the page gets the new content', async () => {
    const file = example();
    const server = await serve(file);
    const page = pageClient(server);
    const { hash } = await page.state();
    writeFileSync(file, readFileSync(file, 'utf8').replace('culture.goals: met', 'culture.goals: unmet'));
    const reply = await page.change(hash, { kind: 'answer', id: 'culture.strategy', answer: { kind: 'unmet', note: '', evidence: [] } });
    expect(reply.status).toBe(409);
    expect(reply.body.codes).toEqual(['SERVE_STALE']);
    expect(reply.body.values?.answers['culture.goals']?.kind).toBe('unmet');
    expect(reply.body.values?.answers['culture.strategy']?.kind).toBe('met');
    expect(readFileSync(file, 'utf8')).toContain('culture.goals: unmet');
  });

  it('when the page events are open and the file changes outside then a "changed" event arrives', async () => {
    const file = example();
    const server = await serve(file);
    const events = await new Promise<string>((resolve, reject) => {
      import('node:http').then(({ request }) => {
        const req = request({ host: '127.0.0.1', port: server.port, path: '/api/events', headers: { 'x-gbt27922-token': server.token } }, (res) => {
          let seen = '';
          res.on('data', (chunk) => {
            seen += String(chunk);
            if (seen.includes('retry')) writeFileSync(file, readFileSync(file, 'utf8').replace('culture.goals: met', 'culture.goals: unmet'));
            if (seen.includes('event: changed')) {
              req.destroy();
              resolve(seen);
            }
          });
        });
        req.on('error', reject);
        req.end();
      }, reject);
    });
    expect(events).toContain('event: changed');
  });

  it('when one page saves then every open page is sent a "changed" event with the new hash, and /api/revision gives the same hash', async () => {
    const file = example();
    const server = await serve(file);
    const page = pageClient(server);
    const { hash } = await page.state();
    let saved = '';
    const data = await new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: server.port, path: '/api/events', headers: { 'x-gbt27922-token': server.token } }, (res) => {
        let seen = '';
        res.on('data', (chunk) => {
          seen += String(chunk);
          if (seen.includes('retry') && !saved)
            void page.change(hash, { kind: 'answer', id: 'culture.strategy', answer: { kind: 'unmet', note: '', evidence: [] } }).then((reply) => (saved = reply.body.hash));
          const match = /event: changed\ndata: (.*)\n/.exec(seen);
          if (match) {
            req.destroy();
            resolve(match[1]!);
          }
        });
      });
      req.on('error', reject);
      req.end();
    });
    await expect.poll(() => saved).not.toBe('');
    expect(JSON.parse(data)).toEqual({ hash: saved });
    expect(saved).not.toBe(hash);
    expect(JSON.parse((await http(server.port, { path: '/api/revision', headers: { 'x-gbt27922-token': server.token } })).body)).toEqual({ hash: saved });
    // An editor's save is noticed by the revision asked for, even before any event.
    writeFileSync(file, readFileSync(file, 'utf8').replace('culture.goals: met', 'culture.goals: unmet'));
    const revised = JSON.parse((await http(server.port, { path: '/api/revision', headers: { 'x-gbt27922-token': server.token } })).body) as { hash: string };
    expect(revised.hash).not.toBe(saved);
    expect((await page.state()).hash).toBe(revised.hash);
  });

  it('when another editor holds the lock then serve starts read-only (423, FILE_LOCKED in the page), and a questionnaire is refused while serve runs', async () => {
    const file = example();
    const release = acquireLock(file);
    let server: ServeProcess;
    try {
      server = await serve(file);
      const page = pageClient(server);
      const state = await page.state();
      expect(state.readOnly?.codes).toEqual(['FILE_LOCKED']);
      const refused = await page.change(state.hash, { kind: 'answer', id: 'culture.strategy', answer: { kind: 'unmet', note: '', evidence: [] } });
      expect(refused.status).toBe(423);
      expect(server.stderr()).toContain('FILE_LOCKED');
    } finally {
      release();
    }
    // Once the other editor is gone the page may edit (the lock is retried every second).
    await expect.poll(async () => (await pageClient(server).state()).readOnly, { timeout: 5000 }).toBeNull();
    try {
      acquireLock(file);
      expect.unreachable('serve holds the lock');
    } catch (cause) {
      expect((cause as UserError).diagnostics[0]?.code).toBe('FILE_LOCKED');
    }
  });

  it('when stopped by SIGTERM or Ctrl-C then it exits 0, says where the answers are and releases the lock', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const file = example();
      const server = await startServe(file);
      expect(existsSync(`${file}.lock`)).toBe(true);
      const page = pageClient(server);
      const { hash } = await page.state();
      await page.change(hash, { kind: 'company', field: 'employees', value: 321 });
      expect(await server.stop(signal)).toBe(0);
      expect(existsSync(`${file}.lock`)).toBe(false);
      expect(server.stdout()).toContain('已停止');
      expect(readFileSync(file, 'utf8')).toContain('employees: 321');
    }
  });

  it('when the file does not exist yet then the page starts it: the type and name, the template the questionnaire writes, then the questions', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gbt27922-serve-new-'));
    const file = path.join(dir, 'new.yaml');
    const server = await serve(file);
    const page = pageClient(server);
    const state = await page.state();
    expect(state.start).toBe(true);
    expect(existsSync(file)).toBe(false);
    const headers = { 'x-gbt27922-token': server.token, origin: `http://127.0.0.1:${server.port}`, 'content-type': 'application/json' };
    const bad = await http(server.port, { method: 'POST', path: '/api/start', headers, body: JSON.stringify({ type: 'factory', company: 'x' }) });
    expect(bad.status).toBe(400);
    expect(existsSync(file)).toBe(false);
    const started = await http(server.port, { method: 'POST', path: '/api/start', headers, body: JSON.stringify({ type: 'seller', company: '某某商贸有限公司' }) });
    expect(started.status).toBe(200);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('catalogue: seller-clauses');
    expect(text).toContain('name: 某某商贸有限公司');
    const after = await page.state();
    expect(after.start).toBeUndefined();
    expect(after.result?.ok).toBe(true);
    expect(runCli(['validate', file]).status).toBe(0);
  });

  it('when the port is taken or not a port then it says so with SERVE_PORT_UNAVAILABLE and exit code 2', async () => {
    const file = example();
    const server = await serve(file);
    const other = example();
    const taken = runCli(['serve', other, '--no-open', '--port', String(server.port)]);
    expect(taken.status).toBe(2);
    expect(taken.stderr).toContain('SERVE_PORT_UNAVAILABLE');
    const bad = runCli(['serve', other, '--no-open', '--port', 'abc']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('SERVE_PORT_UNAVAILABLE');
    expect(existsSync(`${other}.lock`)).toBe(false);
    // A file that cannot be read is the command's error, before any server starts, as for `score`.
    const folder = runCli(['serve', path.dirname(other), '--no-open']);
    expect(folder.status).toBe(2);
    expect(folder.stderr).toContain('FILE_IS_DIRECTORY');
  });
});
