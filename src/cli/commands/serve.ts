import { serveText } from '../../i18n/serve-text.js';
import type { Lang } from '../../model/bilingual-text.js';
import { UserError, error } from '../../model/diagnostic.js';
import { AssessmentSession } from '../../serve/assessment-session.js';
import { openBrowser } from '../../serve/open-browser.js';
import { startServer } from '../../serve/server.js';
import { linkTarget } from '../../source/output-target.js';
import { ExitCode } from '../exit-codes.js';
import { today } from '../local-date.js';
import type { ColorLevel, Output } from '../output.js';
import { printDiagnostics } from '../print-diagnostics.js';

export interface ServeOptions {
  file: string;
  port?: string;
  open: boolean;
  catalogue?: string;
  lang: Lang;
  output: Output;
  errorColorLevel: ColorLevel;
}

/**
 * `gbt27922 serve [FILE]`: the assessment as a page in the browser, on this machine only. Runs until
 * Ctrl-C or SIGTERM, then stops taking changes, waits for the one being saved, releases the lock.
 */
export async function runServe(options: ServeOptions): Promise<number> {
  const port = parsePort(options.port);
  const text = serveText(options.lang);
  // Through a symlink, the lock and every save are the target's, as for the questionnaire.
  const file = linkTarget(options.file);
  const session = await AssessmentSession.open(file, options.catalogue ? { catalogueOverride: options.catalogue } : {});
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer(session, { port, lang: options.lang, today });
  } catch (cause) {
    await session.stop();
    throw cause;
  }
  options.output.stdout(`${text.listening(server.url, options.file)}\n${text.stopHint}\n`);
  if (session.lockProblems.length > 0) {
    printDiagnostics(session.lockProblems, options.lang, options.output, options.errorColorLevel);
    options.output.stderr(`${text.readOnlyLocked}\n`);
  }
  if (options.open && !(await openBrowser(server.url))) options.output.stderr(`${text.openFailed(server.url)}\n`);

  await new Promise<NodeJS.Signals>((resolve) => {
    const stop = (received: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      process.off('SIGHUP', stop);
      resolve(received);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    process.on('SIGHUP', stop);
  });
  await server.close();
  await session.stop();
  options.output.stdout(`\n${text.stopped(options.file)}\n`);
  // Stopping is what the person asked for: every change was on disk before it was acknowledged.
  return ExitCode.ok;
}

function parsePort(value: string | undefined): number {
  if (value === undefined) return 0;
  const port = Number(value);
  if (!/^\d{1,5}$/.test(value) || port > 65535) throw new UserError([error('SERVE_PORT_UNAVAILABLE', { port: value, reason: 'EINVAL' })]);
  return port;
}
