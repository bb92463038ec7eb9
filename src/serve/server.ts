import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { loadAssessment } from '../assessment/load-assessment.js';
import type { Lang } from '../model/bilingual-text.js';
import { error, type Diagnostic, UserError } from '../model/diagnostic.js';
import type { StoppingCode } from '../model/error-codes.js';
import { packageVersion } from '../package-version.js';
import { templatesDir } from '../paths.js';
import { formatDiagnostic } from '../report/format-diagnostic.js';
import { scoreAssessment } from '../scoring/score-assessment.js';
import type { AssessmentSession, PageState } from './assessment-session.js';
import { pageWords } from './page-data.js';
import { checkRequest, loopbackProblem, newToken, SECURITY_HEADERS, tokenCookie } from './request-guard.js';

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** The page's three files, shipped in the package (templates/serve): no CDN, nothing fetched from elsewhere. */
const ASSETS: Record<string, { file: string; type: string }> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/page.js': { file: 'page.js', type: 'text/javascript; charset=utf-8' },
  '/page.css': { file: 'page.css', type: 'text/css; charset=utf-8' },
};

const MAX_BODY = 1024 * 1024;

/**
 * The local server of `gbt27922 serve`: loopback only, a random token required on every request,
 * Host and Origin checked, and only its own fixed routes (no path from a request ever names a file).
 * The only file it writes is the assessment, through the session.
 */
export async function startServer(session: AssessmentSession, options: { port: number; lang: Lang; token?: string; today: () => string }): Promise<RunningServer> {
  const token = options.token ?? newToken();
  const assets = new Map(Object.entries(ASSETS).map(([route, asset]) => [route, { body: readFileSync(path.join(templatesDir, 'serve', asset.file)), type: asset.type }]));
  const streams = new Set<ServerResponse>();
  let port = 0;

  const server: Server = createServer((request, response) => {
    void handle(request, response).catch((cause: unknown) => {
      if (!response.headersSent)
        send(
          response,
          500,
          'application/json; charset=utf-8',
          JSON.stringify({ problems: [text(error('INTERNAL', { detail: cause instanceof Error ? cause.message : String(cause) }), options.lang)] }),
        );
      else response.end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const lang: Lang = url.searchParams.get('lang') === 'en' ? 'en' : url.searchParams.get('lang') === 'zh' ? 'zh' : options.lang;
    const refusal = checkRequest(request, { port, token }, url);
    if (refusal) {
      send(response, refusal.status, 'text/plain; charset=utf-8', `${refusalText(refusal.code, lang)}\n`);
      return;
    }
    // The address opened by the command carries the token once: it becomes a cookie, and the
    // address bar (and the history) keep the page's address without it.
    if (url.searchParams.has('token')) {
      url.searchParams.delete('token');
      response.setHeader('set-cookie', tokenCookie(token, port));
      send(response, 303, 'text/plain; charset=utf-8', '', { location: `/${url.search}` });
      return;
    }
    const route = `${request.method} ${url.pathname}`;
    const asset = assets.get(url.pathname);
    if (asset && request.method === 'GET') {
      send(response, 200, asset.type, asset.body);
      return;
    }
    switch (route) {
      case 'GET /api/state':
        sendJson(response, 200, { ...shown(await session.state(lang), lang), words: pageWords(lang), lang });
        return;
      case 'POST /api/change': {
        if (!/^application\/json\b/.test(request.headers['content-type'] ?? '')) {
          sendJson(response, 415, { problems: [text(error('SERVE_BAD_REQUEST', { detail: 'content-type' }), lang)] });
          return;
        }
        const body = await readJson(request);
        if (body === undefined) {
          sendJson(response, 400, { problems: [text(error('SERVE_BAD_REQUEST', { detail: 'JSON' }), lang)] });
          return;
        }
        const outcome = await session.change(body.hash, body.change);
        const state = shown(await session.state(lang), lang);
        if (outcome.status === 200) sendJson(response, 200, { saved: true, ...state });
        else sendJson(response, outcome.status, { saved: false, codes: outcome.problems.map((problem) => problem.code), problems: outcome.problems.map((problem) => text(problem, lang)), ...state });
        return;
      }
      case 'POST /api/start': {
        const body = /^application\/json\b/.test(request.headers['content-type'] ?? '') ? await readJson(request) : undefined;
        const outcome = await session.start(body, lang, options.today());
        const state = shown(await session.state(lang), lang);
        if (outcome.status === 200) sendJson(response, 200, { saved: true, ...state });
        else sendJson(response, outcome.status, { saved: false, codes: outcome.problems.map((problem) => problem.code), problems: outcome.problems.map((problem) => text(problem, lang)), ...state });
        return;
      }
      case 'GET /api/revision':
        // Cheap: the page asks when it comes back to the front, in case an event was missed.
        sendJson(response, 200, { hash: await session.revision() });
        return;
      case 'GET /api/events':
        openEvents(response);
        return;
      case 'GET /download/report.pdf':
        await download(response, 'pdf', lang);
        return;
      case 'GET /download/assessment.xlsx':
        await download(response, 'xlsx', lang);
        return;
      case 'GET /favicon.ico':
        send(response, 204, 'text/plain; charset=utf-8', '');
        return;
      default:
        send(response, 404, 'text/plain; charset=utf-8', 'not found\n');
    }
  }

  /** Server-sent events: the page hears of an outside change or a freed lock at once. */
  function openEvents(response: ServerResponse): void {
    response.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'text/event-stream; charset=utf-8', connection: 'keep-alive' });
    response.write('retry: 1000\n\n');
    streams.add(response);
    const stop = session.onEvent((event, hash) => response.write(`event: ${event}\ndata: ${JSON.stringify({ hash })}\n\n`));
    response.on('close', () => {
      stop();
      streams.delete(response);
    });
  }

  /** The report and the workbook, made by the same code as `report` and `export` from the file as saved. */
  async function download(response: ServerResponse, kind: 'pdf' | 'xlsx', lang: Lang): Promise<void> {
    const loaded = await loadAssessment(session.file);
    if (!loaded.ok) {
      sendJson(response, 422, { problems: loaded.diagnostics.map((problem) => text(problem, lang)) });
      return;
    }
    const base = path.basename(session.file).replace(/\.ya?ml$/i, '');
    let bytes: Uint8Array | string;
    let name: string;
    let type: string;
    if (kind === 'pdf') {
      const { reportPdf } = await import('../report/write-report.js');
      ({ pdf: bytes } = await reportPdf(scoreAssessment(loaded.value), { lang, toolVersion: packageVersion() }));
      name = `${base}.report.pdf`;
      type = 'application/pdf';
    } else {
      const { workbookBytes } = await import('../spreadsheet/workbook-bytes.js');
      bytes = await workbookBytes(loaded.value, 'xlsx', lang);
      name = `${base}.xlsx`;
      type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    }
    send(response, 200, type, bytes, { 'content-disposition': `attachment; filename="${asciiName(name, kind)}"; filename*=UTF-8''${encodeURIComponent(name)}` });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', (cause: NodeJS.ErrnoException) => reject(new UserError([error('SERVE_PORT_UNAVAILABLE', { port: options.port, reason: cause.code ?? cause.message })])));
    server.listen({ port: options.port, host: '127.0.0.1' }, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const wider = loopbackProblem(address.address);
  if (wider) {
    server.close();
    throw new UserError([wider]);
  }
  port = address.port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        for (const stream of streams) stream.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The state as the page reads it: why it is read-only in words, with the codes beside them. */
function shown(state: PageState, lang: Lang) {
  return {
    ...state,
    readOnly: state.readOnly
      ? { reason: state.readOnly.reason, codes: state.readOnly.problems.map((problem) => problem.code), problems: state.readOnly.problems.map((problem) => text(problem, lang)) }
      : null,
  };
}

function send(response: ServerResponse, status: number, type: string, body: string | Uint8Array, headers: Record<string, string> = {}): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type, ...headers });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(body));
}

function text(problem: Diagnostic, lang: Lang): string {
  return formatDiagnostic(problem, lang, 0);
}

function refusalText(code: StoppingCode, lang: Lang): string {
  return text(error(code), lang);
}

async function readJson(request: IncomingMessage): Promise<{ hash?: unknown; change?: unknown } | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return undefined;
    chunks.push(chunk as Buffer);
  }
  try {
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
    return body && typeof body === 'object' ? (body as { hash?: unknown; change?: unknown }) : undefined;
  } catch {
    return undefined;
  }
}

/** A file name every browser takes in the plain `filename=`: the Chinese one goes in `filename*`. */
function asciiName(name: string, kind: string): string {
  const ascii = name.replace(/[^\w.-]/g, '_');
  return /[A-Za-z0-9]/.test(ascii.replace(/\.\w+$/, '')) ? ascii : `assessment.${kind}`;
}
