import { Command, CommanderError, Option } from 'commander';
import { error, isUserError, UserError } from '../model/diagnostic.js';
import { type HelpText, helpText } from '../i18n/help.js';
import { helpHint } from '../i18n/help-hint.js';
import { punctuation } from '../i18n/punctuation.js';
import { detectLang } from '../i18n/lang.js';
import type { Lang } from '../model/bilingual-text.js';
import { translateCommanderError } from '../i18n/commander-errors.js';
import { ExitCode } from './exit-codes.js';
import { colorLevels, outputFailed, processOutput, stdoutClosed, type ColorLevel, type Output } from './output.js';
import { withSuggestion } from '../source/suggest.js';
import { packageVersion } from '../package-version.js';
import { today } from './local-date.js';
import { displayWidth } from '../display-width.js';
import { wrapText } from '../report/wrap-text.js';

/**
 * The command line: commander wiring only. Each command normalises its options, then loads its
 * implementation with import() so `--help` and `score` never pay for what they do not use.
 */
export async function main(argv: string[], output: Output = processOutput()): Promise<number> {
  const lang = detectLang(langFlag(argv));
  const help = helpText(lang);
  // Text added after commander's own help is folded to the same width (80 for a pipe), when the
  // help is shown: folding loads the line-breaking rules, which a command that runs never needs.
  const foldHelp = (text: string) => wrapText(text, output.stdoutColumns ?? 80);
  // Both streams' colour, once: the error path (which may run before commander has parsed
  // anything) and every command use these two levels and nothing else.
  const colors = colorLevels(output, colorFlag(argv));
  let exitCode: number = ExitCode.ok;

  const program = new Command('gbt27922')
    .description(help.program)
    .version(packageVersion(), '-V, --version', help.version)
    .helpOption('-h, --help', help.help)
    .addOption(new Option('--lang <lang>', help.lang).choices(['zh', 'en']))
    .option('--no-color', help.noColor)
    .addHelpText('after', () => `\n${foldHelp(help.exitCodes)}`)
    .showHelpAfterError(helpHint(lang, 'gbt27922'))
    .exitOverride()
    .configureOutput({
      writeOut: (text) => output.stdout(text),
      writeErr: (text) => output.stderr(text),
      outputError: (text, write) => write(translateCommanderError(text, lang)),
    });
  program.configureHelp({
    styleTitle: (title) => help.titles[title] ?? title,
    // A Chinese description takes two columns a character and has no spaces to break at: measured
    // and folded as the rest of the output is, so --help keeps within the terminal too.
    displayWidth: (text) => displayWidth(text),
    boxWrap: (text, width) => wrapText(text, width),
    ...(help.describeOption ? { optionDescription: (option: Option) => describeOption(option, help.describeOption!) } : {}),
  });
  program.helpCommand('help [command]', help.helpCommand);

  // The commands whose output is their result refuse to run into a closed standard output.
  const needsStdout = () => {
    if (stdoutClosed()) throw new UserError([error('OUTPUT_CLOSED')]);
  };
  const common = () => {
    return { lang, colorLevel: colors.stdout, errorColorLevel: colors.stderr, output };
  };

  program
    .command('assess', { isDefault: true })
    .description(help.assess)
    .option('-o, --output <file>', help.assessOutput, 'gbt27922-assessment.yaml')
    .addOption(new Option('-t, --type <type>', help.type).choices(['producer', 'seller']))
    .addOption(new Option('-s, --structure <structure>', help.structure).choices(['clauses', 'sbt10401']))
    .option('-c, --catalogue <path>', help.catalogue)
    .option('--evidence-dir <folder>', help.evidenceDir)
    .option('--detailed', help.detailed, false)
    .option('--no-interactive', help.noInteractive)
    .allowExcessArguments(true)
    .helpOption('-h, --help', help.help)
    .action(
      async (
        options: { output: string; type?: 'producer' | 'seller'; structure?: 'clauses' | 'sbt10401'; catalogue?: string; evidenceDir?: string; detailed: boolean; interactive: boolean },
        command: Command,
      ) => {
        // `assess` is the default command, so a mistyped command name (`scor file.yaml`) lands here.
        if (command.args.length > 0)
          throw unknownCommand(
            command.args[0]!,
            program.commands.map((known) => known.name()),
          );
        const { runAssess } = await import('./commands/assess.js');
        const { lang: language, colorLevel, output: out } = common();
        exitCode = await runAssess({
          file: options.output,
          interactive: options.interactive,
          detailed: options.detailed,
          lang: language,
          colorLevel,
          output: out,
          ...(options.type ? { type: options.type } : {}),
          ...(options.structure ? { structure: options.structure } : {}),
          ...(options.catalogue ? { catalogue: options.catalogue } : {}),
          ...(options.evidenceDir ? { evidenceDir: options.evidenceDir } : {}),
        });
      },
    );

  program
    .command('score')
    .description(help.score)
    .argument('<files...>', help.scoreFiles)
    .addOption(new Option('-f, --format <format>', help.format).choices(['terminal', 'json', 'jsonl', 'markdown', 'junit', 'csv', 'xlsx']).default('terminal'))
    .option('--summary', help.portfolio.summary)
    .option('-o, --output <file>', help.portfolio.summaryOutput)
    // Not a fixed list: a custom catalogue names its own levels, checked against each file's catalogue.
    .option('--min-level <level>', help.minLevel)
    .option('--target <level>', help.target)
    .option('-c, --catalogue <path>', help.catalogue)
    .option('--baseline <file>', help.baseline)
    .helpOption('-h, --help', help.help)
    .addHelpText(
      'after',
      () =>
        `\n${help.examples}${punctuation(lang).colon.trimEnd()}\n  gbt27922 score examples/producer-4star.yaml\n  gbt27922 score --min-level 3star --format markdown assessment.yaml\n\n${foldHelp(help.exitCodes)}`,
    )
    .action(
      async (
        files: string[],
        {
          output: summaryFile,
          ...options
        }: {
          format: 'terminal' | 'json' | 'jsonl' | 'markdown' | 'junit' | 'csv' | 'xlsx';
          minLevel?: string;
          target?: string;
          catalogue?: string;
          baseline?: string;
          summary?: boolean;
          output?: string;
        },
      ) => {
        if (summaryFile === undefined) needsStdout();
        const { runScore } = await import('./commands/score.js');
        exitCode = await runScore(files, {
          ...options,
          ...(summaryFile !== undefined ? { summaryFile } : {}),
          ...common(),
          today: today(),
          ...(output.stdoutColumns ? { width: output.stdoutColumns } : {}),
        });
      },
    );

  program
    .command('report')
    .description(help.report)
    .argument('<files...>', help.reportFile)
    .option('-o, --output <file>', help.reportOutput)
    .option('--font <path>', help.font)
    .option('-c, --catalogue <path>', help.catalogue)
    .option('--prepared-by <name>', help.portfolio.preparedBy)
    .option('--logo <image>', help.portfolio.logo)
    .option('--settings <file>', help.portfolio.settings)
    .option('-j, --jobs <count>', help.portfolio.reportJobs)
    .option('--target <level>', help.target)
    .option('--records <file>', help.kpi.records, (value: string, previous: string[]) => [...previous, value], [] as string[])
    .option('--mapping <file>', help.kpi.mapping)
    .option('--force', help.force, false)
    .helpOption('-h, --help', help.help)
    .addHelpText(
      'after',
      `\n${help.examples}${punctuation(lang).colon.trimEnd()}\n  gbt27922 report examples/producer-4star.yaml -o report.pdf\n  gbt27922 report assessment.yaml --lang en --font C:\\Windows\\Fonts\\msyh.ttc\n  gbt27922 report clients/ -o reports/ --prepared-by 某某咨询 --logo logo.png`,
    )
    .action(
      async (
        files: string[],
        options: {
          output?: string;
          font?: string;
          catalogue?: string;
          force: boolean;
          preparedBy?: string;
          logo?: string;
          settings?: string;
          jobs?: string;
          target?: string;
          records: string[];
          mapping?: string;
        },
      ) => {
        const { runReport } = await import('./commands/report.js');
        const { lang: language, output: out, errorColorLevel } = common();
        exitCode = await runReport(files, { ...options, lang: language, output_: out, errorColorLevel, today: today() });
      },
    );

  const words = help.portfolio;
  program
    .command('export')
    .description(words.export)
    .argument('<file>', words.exportFile)
    .addOption(new Option('-f, --format <format>', words.exportFormat).choices(['xlsx', 'csv']).default('xlsx'))
    .option('-o, --output <file>', words.exportOutput)
    .option('-c, --catalogue <path>', help.catalogue)
    .option('--force', help.force, false)
    .helpOption('-h, --help', help.help)
    .addHelpText('after', `\n${help.examples}${punctuation(lang).colon.trimEnd()}\n  gbt27922 export assessment.yaml -o 自评表.xlsx\n  gbt27922 import 自评表.xlsx -o assessment.yaml`)
    .action(async (file: string, options: { format: 'xlsx' | 'csv'; output?: string; catalogue?: string; force: boolean }) => {
      const { runExport } = await import('./commands/sheet.js');
      const { lang: language, output: out, errorColorLevel } = common();
      exitCode = await runExport(file, { ...options, lang: language, output_: out, errorColorLevel });
    });

  program
    .command('import')
    .description(words.import)
    .argument('<file>', words.importFile)
    .requiredOption('-o, --output <file>', words.importOutput)
    .helpOption('-h, --help', help.help)
    .action(async (file: string, options: { output: string }) => {
      const { runImport } = await import('./commands/sheet.js');
      const { lang: language, output: out } = common();
      exitCode = await runImport(file, { output: options.output, lang: language, output_: out });
    });

  program
    .command('validate')
    .description(help.validate)
    .argument('<files...>', help.validateFiles)
    .option('-c, --catalogue <path>', help.catalogue)
    .option('--strict-evidence', help.evidence.validateStrict)
    .helpOption('-h, --help', help.help)
    .action(async (files: string[], options: { catalogue?: string; strictEvidence?: boolean }) => {
      needsStdout();
      const { runValidate } = await import('./commands/validate.js');
      exitCode = await runValidate(files, { ...options, ...common() });
    });

  const evidenceWords = help.evidence;
  program
    .command('evidence')
    .description(evidenceWords.command)
    .argument('<file>', evidenceWords.file)
    .option('--record', evidenceWords.record, false)
    .option('--binder <folder>', evidenceWords.binder)
    .option('--force', evidenceWords.force, false)
    .option('--strict', evidenceWords.strict, false)
    .addOption(new Option('-f, --format <format>', evidenceWords.format).choices(['terminal', 'json', 'markdown']).default('terminal'))
    .option('-c, --catalogue <path>', help.catalogue)
    .helpOption('-h, --help', help.help)
    .addHelpText(
      'after',
      `\n${help.examples}${punctuation(lang).colon.trimEnd()}\n  gbt27922 evidence 自评.yaml\n  gbt27922 evidence 自评.yaml --record\n  gbt27922 evidence 自评.yaml --binder 认证资料`,
    )
    .action(async (file: string, options: { record: boolean; binder?: string; force: boolean; strict: boolean; format: 'terminal' | 'json' | 'markdown'; catalogue?: string }) => {
      needsStdout();
      const { runEvidence } = await import('./commands/evidence.js');
      exitCode = await runEvidence(file, { ...options, ...common(), today: today(), ...(output.stdoutColumns ? { width: output.stdoutColumns } : {}) });
    });

  program
    .command('diff')
    .description(help.diff)
    .argument('<old>', help.diffOld)
    .argument('<new>', help.diffNew)
    .addOption(new Option('-f, --format <format>', help.diffFormat).choices(['terminal', 'json', 'markdown']).default('terminal'))
    .option('--target <level>', help.target)
    .helpOption('-h, --help', help.help)
    .action(async (oldFile: string, newFile: string, options: { format: 'terminal' | 'json' | 'markdown'; target?: string }) => {
      needsStdout();
      const { runDiff } = await import('./commands/diff.js');
      exitCode = await runDiff(oldFile, newFile, { ...options, ...common(), today: today() });
    });

  program
    .command('plan')
    .description(help.plan)
    .argument('<file>', help.planFile)
    .addOption(new Option('-f, --format <format>', help.planFormat).choices(['terminal', 'markdown', 'json', 'ics']).default('terminal'))
    .addOption(new Option('--by <grouping>', help.planBy).choices(['owner', 'month']))
    .option('--audit-date <date>', help.planAuditDate)
    .option('--target <level>', help.target)
    .option('-c, --catalogue <path>', help.catalogue)
    .option('-o, --output <file>', help.planOutput)
    .option('--force', help.force, false)
    .helpOption('-h, --help', help.help)
    .addHelpText(
      'after',
      `\n${help.examples}${punctuation(lang).colon.trimEnd()}\n  gbt27922 plan assessment.yaml --by owner\n  gbt27922 plan assessment.yaml --audit-date 2027-09-30 --format ics -o plan.ics`,
    )
    .action(
      async (
        file: string,
        options: { format: 'terminal' | 'markdown' | 'json' | 'ics'; by?: 'owner' | 'month'; auditDate?: string; target?: string; catalogue?: string; output?: string; force: boolean },
      ) => {
        if (options.output === undefined) needsStdout();
        const { runPlan } = await import('./commands/plan.js');
        const { output: out, ...rest } = common();
        exitCode = await runPlan(file, { ...options, ...rest, output_: out, today: today() });
      },
    );

  const recordWords = help.records;
  program
    .command('records')
    .description(recordWords.command)
    .argument('<files...>', recordWords.files)
    .option('-m, --mapping <file>', recordWords.mapping)
    .option('--init-mapping', recordWords.initMapping, false)
    .option('-a, --assessment <file>', recordWords.assessment)
    .option('--apply', recordWords.apply, false)
    .option('--seed <n>', recordWords.seed)
    .addOption(new Option('-f, --format <format>', recordWords.format).choices(['terminal', 'json', 'markdown']).default('terminal'))
    .option('-o, --output <file>', recordWords.output)
    .option('--force', help.force, false)
    .option('--no-interactive', help.noInteractive)
    .helpOption('-h, --help', help.help)
    .addHelpText('after', `\n${help.examples}${punctuation(lang).colon.trimEnd()}\n${recordWords.examples.map((line) => `  ${line}`).join('\n')}`)
    .action(
      async (
        files: string[],
        options: {
          mapping?: string;
          initMapping: boolean;
          assessment?: string;
          apply: boolean;
          seed?: string;
          format: 'terminal' | 'json' | 'markdown';
          output?: string;
          force: boolean;
          interactive: boolean;
        },
      ) => {
        if (!options.initMapping) needsStdout();
        const { runRecords } = await import('./commands/records.js');
        const { output: out, ...rest } = common();
        exitCode = await runRecords(files, { ...options, ...rest, output_: out, ...(output.stdoutColumns ? { width: output.stdoutColumns } : {}) });
      },
    );

  program
    .command('indicators')
    .description(help.indicators)
    .addOption(new Option('-t, --type <type>', help.indicatorsType).choices(['producer', 'seller']))
    .addOption(new Option('-s, --structure <structure>', help.structure).choices(['clauses', 'sbt10401']))
    .option('-c, --catalogue <path>', help.catalogue)
    .addOption(new Option('-f, --format <format>', help.indicatorsFormat).choices(['terminal', 'markdown']).default('terminal'))
    .helpOption('-h, --help', help.help)
    .action(async (options: { type?: 'producer' | 'seller'; structure?: 'clauses' | 'sbt10401'; catalogue?: string; format: 'terminal' | 'markdown' }) => {
      needsStdout();
      const { runIndicators } = await import('./commands/indicators.js');
      exitCode = await runIndicators({ ...options, ...common() });
    });

  program
    .command('init')
    .description(help.init)
    .addOption(new Option('-t, --type <type>', help.type).choices(['producer', 'seller']).makeOptionMandatory())
    .addOption(new Option('-s, --structure <structure>', help.structure).choices(['clauses', 'sbt10401']).default('clauses'))
    .option('-o, --output <file>', help.output, 'gbt27922-assessment.yaml')
    .option('--company <name>', help.company)
    .option('--profile <profile>', help.profile)
    .option('--force', help.force, false)
    .helpOption('-h, --help', help.help)
    .action(async (options: { type: 'producer' | 'seller'; structure: 'clauses' | 'sbt10401'; output: string; company?: string; profile?: string; force: boolean }) => {
      const { runInit } = await import('./commands/init.js');
      const { lang: language, output: out } = common();
      exitCode = await runInit({
        type: options.type,
        structure: options.structure,
        file: options.output,
        company: options.company,
        profile: options.profile,
        force: options.force,
        lang: language,
        output: out,
      });
    });

  program
    .command('serve')
    .description(help.serve)
    .argument('[file]', help.serveFile)
    .option('-p, --port <port>', help.servePort)
    .option('--no-open', help.serveNoOpen)
    .option('-c, --catalogue <path>', help.catalogue)
    .helpOption('-h, --help', help.help)
    .addHelpText('after', `\n${help.examples}${punctuation(lang).colon.trimEnd()}\n  gbt27922 serve 自评.yaml\n  gbt27922 serve 自评.yaml --lang en --port 8765`)
    .action(async (given: string | undefined, options: { port?: string; open: boolean; catalogue?: string }) => {
      const file = given ?? 'gbt27922-assessment.yaml';
      const { runServe } = await import('./commands/serve.js');
      const { lang: language, output: out, errorColorLevel } = common();
      exitCode = await runServe({
        file,
        open: options.open,
        lang: language,
        output: out,
        errorColorLevel,
        ...(options.port !== undefined ? { port: options.port } : {}),
        ...(options.catalogue ? { catalogue: options.catalogue } : {}),
      });
    });

  program
    .command('migrate')
    .description(help.migrate)
    .argument('<file>', help.migrateFile)
    .addOption(new Option('--to <catalogue>', help.migrateTo).choices(['producer-clauses', 'seller-clauses', 'producer', 'seller']).makeOptionMandatory())
    .option('-o, --output <file>', help.migrateOutput)
    .option('--force', help.force, false)
    .helpOption('-h, --help', help.help)
    .action(async (file: string, options: { to: 'producer-clauses' | 'seller-clauses' | 'producer' | 'seller'; output?: string; force: boolean }) => {
      const { runMigrate } = await import('./commands/migrate.js');
      const { lang: language, output: out, errorColorLevel } = common();
      exitCode = await runMigrate({ file, to: options.to, output: options.output, force: options.force, lang: language, errorColorLevel, output_: out });
    });

  // A usage error is one short message and where the help is, the same for every option and command.
  for (const command of program.commands) command.showHelpAfterError(helpHint(lang, `gbt27922 ${command.name()}`));

  try {
    await program.parseAsync(argv);
    return outputFailed() ? Math.max(exitCode, ExitCode.invalidInput) : exitCode;
  } catch (cause) {
    return await handleFailure(cause, lang, output, colors.stderr);
  }
}

/**
 * The one place an exception becomes an exit code. A user error never shows a stack trace. The
 * message tables are loaded only here, on the way out, so a run that succeeds never pays for them.
 */
async function handleFailure(cause: unknown, lang: Lang, output: Output, errorColorLevel: ColorLevel): Promise<number> {
  if (cause instanceof CommanderError) {
    if (cause.code === 'commander.helpDisplayed' || cause.code === 'commander.version' || cause.code === 'commander.help') return ExitCode.ok;
    return ExitCode.invalidInput; // commander has already said what was wrong, and shown the help
  }
  const { printDiagnostics } = await import('./print-diagnostics.js');
  if (isUserError(cause)) {
    printDiagnostics(cause.diagnostics, lang, output, errorColorLevel);
    return ExitCode.invalidInput;
  }
  const detail = cause instanceof Error ? cause.message : String(cause);
  printDiagnostics([error('INTERNAL', { detail })], lang, output, errorColorLevel);
  if (process.env.GBT27922_DEBUG && cause instanceof Error && cause.stack) output.stderr(cause.stack + '\n');
  return ExitCode.internalError;
}

/** Commander adds "(choices: …, default: …)" in English; other languages say it in their words, and only what the description does not already say. */
function describeOption(option: Option, words: NonNullable<HelpText['describeOption']>): string {
  const choices = option.argChoices?.some((choice) => !option.description.includes(choice)) ? option.argChoices : undefined;
  const fallback = option.defaultValue;
  const shownFallback = fallback !== undefined && typeof fallback !== 'boolean' && !option.description.includes(String(fallback)) ? String(fallback) : undefined;
  return words(option.description, { ...(choices ? { choices } : {}), ...(shownFallback !== undefined ? { fallback: shownFallback } : {}) });
}

function unknownCommand(typed: string, known: string[]): UserError {
  const params = withSuggestion({ command: typed, known: known.filter((name) => name !== 'help').join(', ') }, typed, known);
  return new UserError([error('UNKNOWN_COMMAND', params)]);
}

/** Whether colour is allowed at all: `--no-color` anywhere before a `--` forbids it. */
function colorFlag(argv: string[]): boolean {
  const end = argv.indexOf('--');
  return !(end === -1 ? argv : argv.slice(0, end)).includes('--no-color');
}

/** --lang must be known before the help text is built, so it is read ahead of commander. */
function langFlag(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--lang') return argv[i + 1];
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  return undefined;
}
