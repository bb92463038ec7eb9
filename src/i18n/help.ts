import type { Lang } from '../model/bilingual-text.js';

/** The words of --help, in both languages, every command's: commander is given one set when the program is built. */
export interface HelpText {
  program: string;
  lang: string;
  noColor: string;
  version: string;
  help: string;
  score: string;
  scoreFiles: string;
  format: string;
  minLevel: string;
  catalogue: string;
  validate: string;
  validateFiles: string;
  init: string;
  type: string;
  structure: string;
  migrate: string;
  migrateFile: string;
  migrateTo: string;
  migrateOutput: string;
  output: string;
  company: string;
  profile: string;
  force: string;
  exitCodes: string;
  examples: string;
  helpCommand: string;
  assess: string;
  baseline: string;
  diff: string;
  diffOld: string;
  diffNew: string;
  diffFormat: string;
  indicators: string;
  indicatorsType: string;
  indicatorsFormat: string;
  report: string;
  reportFile: string;
  reportOutput: string;
  font: string;
  assessOutput: string;
  serve: string;
  serveFile: string;
  servePort: string;
  serveNoOpen: string;
  evidenceDir: string;
  detailed: string;
  noInteractive: string;
  target: string;
  plan: string;
  planFile: string;
  planBy: string;
  planFormat: string;
  planAuditDate: string;
  planOutput: string;
  /** Commander's section titles, as it passes them to styleTitle. */
  titles: Record<string, string>;
  /**
   * An option's description with its choices and default, where commander's own English words
   * do not serve; each is given only when the description does not already say it.
   */
  describeOption?: (description: string, extras: { choices?: readonly string[]; fallback?: string }) => string;
  records: {
    command: string;
    files: string;
    mapping: string;
    initMapping: string;
    assessment: string;
    apply: string;
    seed: string;
    format: string;
    output: string;
    examples: string[];
  };
  evidence: {
    command: string;
    file: string;
    record: string;
    binder: string;
    force: string;
    strict: string;
    format: string;
    validateStrict: string;
  };
  portfolio: {
    export: string;
    exportFile: string;
    exportFormat: string;
    exportOutput: string;
    import: string;
    importFile: string;
    importOutput: string;
    summary: string;
    summaryOutput: string;
    preparedBy: string;
    logo: string;
    settings: string;
    reportJobs: string;
  };
  kpi: { records: string; mapping: string };
}

const zh = (): HelpText => ({
  describeOption: (description, { choices, fallback }) => {
    const extras = [...(choices ? [`可选：${choices.join('、')}`] : []), ...(fallback !== undefined ? [`默认：${fallback}`] : [])];
    return extras.length > 0 ? `${description}（${extras.join('；')}）` : description;
  },
  program: '商品售后服务评价体系（GB/T 27922-2011）自评工具：计算预计得分与星级、差距清单和升级路径。',
  lang: '输出语言：zh（默认）或 en',
  noColor: '不使用颜色（也可设置环境变量 NO_COLOR）',
  version: '显示版本号',
  help: '显示帮助',
  score: '为自评文件打分：预计得分、星级、分类得分、差距清单、升级路径、缺少的材料',
  scoreFiles: '自评文件（YAML）：可以是多个文件、文件夹（其中所有自评文件）或通配符，如 "clients/**/*.yaml"',
  format: '输出格式：terminal（默认）、json（一个文件为对象，多个文件为数组）、jsonl（每行一个 JSON 对象）、markdown、junit（每项指标一个测试用例）',
  minLevel: '要求达到的等级：文件所用指标体系中的等级 id（内置指标体系为 compliant、3star、4star、5star），或 target：每个文件各自的目标等级；未达到时退出码为 1',
  target: '目标等级（compliant、3star、4star、5star），代替文件中的 target：显示还差多少分和最少需补齐的差距',
  plan: '改进计划：按日期排列的措施、负责人、每项加分、完成后的预计得分，以及按审核日期倒排的认证时间表（可导出 .ics 日历）',
  planFile: '自评文件（含 plan: 改进计划）',
  planBy: '分组方式：owner（按负责人）或 month（按月份）',
  planFormat: '输出格式：terminal（默认）、markdown、json、ics（日历文件，可导入手机日历或 Outlook）',
  planAuditDate: '计划的认证审核日期 YYYY-MM-DD，代替文件中的 auditDate：',
  planOutput: '写入文件（如 计划.ics）；不给则输出到屏幕',
  catalogue: '使用此指标体系文件，代替自评文件中 catalogue: 指定的指标体系',
  validate: '只检查文件格式与内容是否正确，不打分（自评文件或指标体系文件）',
  validateFiles: '要检查的文件',
  init: '生成一份待填写的自评文件，每个指标都附有评审要点注释',
  type: '企业类型：producer（生产型企业）或 seller（销售服务型企业）',
  structure: '指标体系结构：clauses（按 GB/T 27922-2011 条款，推荐）或 sbt10401（SB/T 10401 结构：生产型 27 项、销售服务型 23 项指标）',
  migrate: '把自评文件换到另一个指标体系（如从 SB/T 10401 结构换到按条款的结构），含义相同的答案随之带过去',
  migrateFile: '原自评文件',
  migrateTo: '目标指标体系：producer-clauses、seller-clauses、producer 或 seller',
  migrateOutput: '写入的新文件（默认：原文件名加上目标指标体系名）',
  output: '输出文件',
  company: '企业名称',
  profile: '认证机构配置：example-3-months、example-6-months（示例）或配置文件路径',
  force: '覆盖已存在的文件',
  exitCodes: '退出码：0 成功；1 未达到 --min-level 或相比 --baseline 退步；2 输入或用法有误；3 程序内部错误；130 已中断（Ctrl-C）；143/129 问卷被 SIGTERM 停止或终端关闭（答案已保存）',
  examples: '示例',
  helpCommand: '显示某个命令的帮助',
  report: '生成 PDF 自评报告（默认中文，--lang en 为英文），供管理层和认证顾问使用',
  reportFile: '自评文件（YAML）；也可以是文件夹或通配符，每个客户生成一份报告',
  reportOutput: '报告文件（默认：自评文件名.report.pdf）；多个文件时为输出文件夹',
  font: '使用此中文字体（TTF、OTF 或 TTC），如企业标准字体、微软雅黑 msyh.ttc、苹方 PingFang.ttc',
  baseline: '与之前的自评文件比较：得分或等级下降、原先符合的指标不再符合时，退出码为 1',
  diff: '比较两份自评：每项指标的变化、得分与等级的前后、补齐和新出现的差距、新备齐的材料',
  diffOld: '之前的自评文件',
  diffNew: '之后的自评文件',
  diffFormat: '输出格式：terminal（默认）、json、markdown',
  indicators: '浏览指标体系：每项指标的分值、评审要点、需出示的记录',
  indicatorsType: '企业类型：producer 或 seller（默认两者都列出）',
  indicatorsFormat: '输出格式：terminal（默认）或 markdown',
  assess: '（默认命令）交互式自评问卷：申请条件、申请材料和每一项指标，每答一题立即保存，可随时中断后继续',
  assessOutput: '保存答案的自评文件（已存在时从中断处继续）',
  serve: '在浏览器中填写自评：本机页面，每次修改立即保存到同一个 YAML 文件（保留注释），按 Ctrl-C 停止',
  serveFile: '自评文件（默认 gbt27922-assessment.yaml；不存在时在页面中新建）',
  servePort: '本机端口（默认由系统任选一个空闲端口）',
  serveNoOpen: '不自动打开浏览器，只打印地址',
  evidenceDir: '证据文件夹：按文件名为每份申请材料建议“已备齐”，由您确认',
  detailed: '每项指标答完都询问备注和证据（默认只对差距询问，或在选择“符合，并填写备注和证据”时）',
  noInteractive: '不进入问卷（用于脚本：会提示改用 init 和 score）',
  titles: { 'Usage:': '用法：', 'Options:': '选项：', 'Commands:': '命令：', 'Arguments:': '参数：', 'Global Options:': '全局选项：' },
  records: {
    command: '服务记录：读取工单/投诉/回访导出（CSV 或 xlsx），按服务承诺计算服务指标（按月和总体），按评审员方式抽样并给出 k/n 建议',
    files: '工单导出文件（.csv：UTF-8、带 BOM 的 UTF-8 或 GBK；.xlsx）',
    mapping: '映射文件（哪一列是工单号、类型、受理时间等；由 --init-mapping 生成）',
    initMapping: '根据表头推测映射并逐项确认（终端中询问），写入映射文件',
    assessment: '自评文件：其中的 commitments（服务承诺）用于衡量记录，其指标决定抽样',
    apply: '把抽样得出的 k/n 建议写入自评文件（未作答的指标；已作答且与记录矛盾的会标出）',
    seed: '抽样种子（整数，默认 1）：同一种子抽出同样的样本',
    format: '输出格式',
    output: '映射文件的路径（--init-mapping；默认 gbt27922-records-mapping.yaml）',
    examples: [
      'gbt27922 records 工单.csv --init-mapping',
      'gbt27922 records 工单.csv --mapping gbt27922-records-mapping.yaml --assessment 自评.yaml',
      'gbt27922 records 工单.csv --mapping gbt27922-records-mapping.yaml --assessment 自评.yaml --apply --seed 2027',
    ],
  },
  evidence: {
    command: '检查证据文件：是否存在、记录后是否修改；可记录 sha256 和日期，或整理成交给审核员的资料夹',
    file: '自评文件',
    record: '在自评文件中记录每个证据文件的 sha256 和修改时间（evidenceLog，保留注释）',
    binder: '把证据和申报文件按文件清单顺序复制到此文件夹，附目录（Markdown 和 xlsx）',
    force: '写入已有内容的资料夹（同名文件被替换，其他文件保留）',
    strict: '缺失、已修改或在文件夹之外的证据视为错误（退出码 2）',
    format: '输出格式',
    validateStrict: '同时检查证据文件，缺失或已修改视为错误（退出码 2）',
  },
  portfolio: {
    export: '把自评导出为 Excel/WPS 自评表（xlsx，含封面、指标、申请条件、材料、特别扣分、整改计划）或 csv（指标表）',
    exportFile: '自评文件（YAML）',
    exportFormat: '导出格式',
    exportOutput: '输出文件（默认：自评文件名.xlsx 或 .csv）',
    import: '把填好的自评表（xlsx 或 csv）读回自评文件：只改有变化的值，注释和表格中没有的内容保持不变',
    importFile: '自评表（.xlsx 或 .csv）',
    importOutput: '要更新的自评文件（YAML；不存在时由 xlsx 新建）',
    summary: '多个文件时输出一张汇总表（每个文件一行，需关注的排在前面），格式可为 terminal、markdown、csv、xlsx',
    summaryOutput: '汇总表写入此文件（xlsx 必须指定）',
    preparedBy: '报告封面和页脚上的“编制”名称（如咨询机构名称）',
    logo: '报告封面和页脚上的标志图片（PNG 或 JPEG）',
    settings: '设置文件（YAML，可写 preparedBy、logo）；默认读取当前文件夹中的 gbt27922-settings.yaml',
    reportJobs: '同时生成的报告数（默认按 CPU 核数）',
  },
  kpi: {
    records: '服务记录导出（CSV 或 xlsx，可重复；或 gbt27922 records --format json 的输出）：报告中加一页服务指标图表',
    mapping: '服务记录的列对应文件（gbt27922 records --init-mapping 生成）；不给则按表头猜测',
  },
});

const en = (): HelpText => ({
  program: 'Self-assessment for GB/T 27922-2011 after-sales service certification: projected score and star level, gaps, and the path to the next level.',
  lang: 'output language: zh (default) or en',
  noColor: 'no colours (NO_COLOR in the environment does the same)',
  version: 'print the version',
  help: 'show help',
  score: 'score assessment files: projected score, level, class results, gaps, path to the next level, missing documents',
  scoreFiles: 'assessment files (YAML): files, folders (every assessment file in them) or patterns such as "clients/**/*.yaml"',
  format: 'output format: terminal (default), json (an object for one file, an array for several), jsonl (one JSON object a line), markdown, junit (a test case per indicator)',
  minLevel: "required level: a level id of the file's catalogue (built-in: compliant, 3star, 4star, 5star), or target: each file's own target level; exit code 1 when a file falls short",
  target: "target level (compliant, 3star, 4star, 5star), in place of the file's target: shows the points short and the fewest gaps to close",
  plan: 'the improvement plan: actions by date with owners, the points each is worth, the projected score as they complete, and the certification timeline scheduled back from the audit date (.ics calendar too)',
  planFile: 'assessment file (with its plan:)',
  planBy: 'group by owner or by month',
  planFormat: 'output format: terminal (default), markdown, json, ics (a calendar file for a phone or Outlook)',
  planAuditDate: "planned date of the certification audit, YYYY-MM-DD, in place of the file's auditDate:",
  planOutput: 'write to this file (e.g. plan.ics) instead of the screen',
  catalogue: 'score against this catalogue file instead of the one the assessment names',
  validate: 'check files without scoring them (assessment or catalogue files)',
  validateFiles: 'files to check',
  init: 'write an assessment file to fill in, with the criteria of every indicator as comments',
  type: 'company type: producer, or seller (seller / service provider)',
  structure: "catalogue structure: clauses (keyed to GB/T 27922-2011's clauses, recommended) or sbt10401 (SB/T 10401's structure: 27 indicators for producers, 23 for sellers)",
  migrate: 'move an assessment to another catalogue (e.g. from the SB/T 10401 structure to the clause-keyed one), carrying over the answers that mean the same thing',
  migrateFile: 'the assessment file to move',
  migrateTo: 'the catalogue to move to: producer-clauses, seller-clauses, producer or seller',
  migrateOutput: 'the new file to write (default: the old name with the new catalogue added)',
  output: 'output file',
  company: 'company name',
  profile: 'certification-body profile: example-3-months, example-6-months (examples) or a profile file',
  force: 'overwrite an existing file',
  exitCodes:
    'Exit codes: 0 success; 1 below --min-level or backwards against --baseline; 2 invalid input or usage; 3 internal error; 130 interrupted (Ctrl-C); 143/129 questionnaire stopped by SIGTERM or a closed terminal (answers saved)',
  examples: 'Examples',
  helpCommand: 'show help for a command',
  report: 'write the PDF readiness report (Chinese by default, --lang en for English) for management and auditors',
  reportFile: 'the assessment file (YAML); or a folder or pattern: one report per client',
  reportOutput: 'the report file (default: the assessment name with .report.pdf); for several files, a folder',
  font: 'draw with this font (TTF, OTF or TTC): a brand font, Microsoft YaHei msyh.ttc, PingFang.ttc',
  baseline: 'compare with an earlier assessment: exit 1 when the score or the level went down, or an indicator that was met no longer is',
  diff: 'compare two assessments: what changed per indicator, score and level before and after, gaps closed and opened, documents now ready',
  diffOld: 'the earlier assessment file',
  diffNew: 'the later assessment file',
  diffFormat: 'output format: terminal (default), json, markdown',
  indicators: 'browse a catalogue: every indicator with its points, what the auditor checks and the records to show',
  indicatorsType: 'company type: producer or seller (default: both)',
  indicatorsFormat: 'output format: terminal (default) or markdown',
  assess: '(default) the interactive questionnaire: eligibility, documents and every indicator, saved after every answer, resumable after an interruption',
  assessOutput: 'the assessment file answers are saved in (resumed when it exists)',
  serve: 'fill in the assessment in your browser: a page on this machine only, every change saved at once to the same YAML file (comments kept); Ctrl-C stops',
  serveFile: 'the assessment file (default gbt27922-assessment.yaml; started in the page when it does not exist)',
  servePort: 'the local port (by default the system picks a free one)',
  serveNoOpen: 'do not open a browser, only print the address',
  evidenceDir: 'a folder of evidence: proposes "ready" for each document whose files it finds, for you to confirm',
  detailed: 'ask for a note and evidence after every indicator (by default only for gaps, or when you choose "Met, and add a note and evidence")',
  noInteractive: 'do not start the questionnaire (for scripts: points to init and score instead)',
  titles: {},
  records: {
    command:
      'service records: read work-order, complaint and follow-up exports (CSV or xlsx), compute the service KPIs against the commitments (per month and overall), and draw auditor-style samples proposing k/n answers',
    files: 'work-order exports (.csv: UTF-8, UTF-8 with BOM or GBK; .xlsx)',
    mapping: 'mapping file (which column is the ticket id, type, received time …; written by --init-mapping)',
    initMapping: 'guess the mapping from the header, confirm each column (asked on a terminal), and write the mapping file',
    assessment: 'assessment file: its commitments measure the records, its indicators decide the samples',
    apply: 'write the proposed k/n answers into the assessment (unanswered indicators; answers the records contradict are flagged)',
    seed: 'sample seed (a whole number, default 1): the same seed draws the same sample',
    format: 'output format',
    output: 'where --init-mapping writes the mapping (default gbt27922-records-mapping.yaml)',
    examples: [
      'gbt27922 records orders.csv --init-mapping',
      'gbt27922 records orders.csv --mapping gbt27922-records-mapping.yaml --assessment assessment.yaml',
      'gbt27922 records orders.csv --mapping gbt27922-records-mapping.yaml --assessment assessment.yaml --apply --seed 2027',
    ],
  },
  evidence: {
    command: 'check evidence files: there or not, changed since recorded; record their sha256 and dates, or assemble a binder for the auditor',
    file: 'the assessment file',
    record: "record each evidence file's sha256 and modification time in the assessment (evidenceLog; comments kept)",
    binder: 'copy the evidence and application documents into this folder, in the document list order, with an index (Markdown and xlsx)',
    force: 'write into a folder that has content (files of the same name are replaced, others stay)',
    strict: 'missing, changed or outside evidence is an error (exit code 2)',
    format: 'output format',
    validateStrict: 'check evidence files too; missing or changed ones are errors (exit code 2)',
  },
  portfolio: {
    export: 'export the assessment as an Excel/WPS workbook (xlsx: cover, indicators, eligibility, documents, special deductions, plan) or csv (the indicators)',
    exportFile: 'the assessment file (YAML)',
    exportFormat: 'the file format',
    exportOutput: 'the output file (default: the assessment name with .xlsx or .csv)',
    import: 'read a filled-in workbook (xlsx or csv) back into the assessment file: only changed values are written; comments and what the sheets do not carry stay',
    importFile: 'the workbook (.xlsx or .csv)',
    importOutput: 'the assessment file to update (YAML; created from an xlsx when missing)',
    summary: 'for several files, one summary table (a row per file, what needs attention first): terminal, markdown, csv or xlsx',
    summaryOutput: 'write the summary to this file (required for xlsx)',
    preparedBy: 'the "prepared by" name on the report\'s cover and footer (a consultancy, say)',
    logo: "a logo on the report's cover and footer (PNG or JPEG)",
    settings: 'a settings file (YAML: preparedBy, logo); by default gbt27922-settings.yaml in the current folder',
    reportJobs: 'reports drawn at once (default: by CPU cores)',
  },
  kpi: {
    records: 'a service-records export (CSV or xlsx; repeat for several, or the output of gbt27922 records --format json): adds a page of KPI charts',
    mapping: 'the column mapping of the records (gbt27922 records --init-mapping writes it); guessed from the headers when not given',
  },
});

const tables: Partial<Record<Lang, HelpText>> = {};

/** The words of one language, made when first asked for: a run shows one. */
export function helpText(lang: Lang): HelpText {
  tables[lang] ??= lang === 'en' ? en() : zh();
  return tables[lang];
}
