import type { Messages } from './messages.js';
import { zhPunctuation } from './punctuation.js';
import { helpHint } from './help-hint.js';
import { STATE_WORDS } from './state-words.js';
import { unreadReasons } from './unread-reasons.js';

const unreadReasonZh: Record<string, string> = unreadReasons('zh');
const mappingRemadeZh = '用 `gbt27922 records 导出文件 --init-mapping` 重新生成映射文件，或对照它生成的文件修改此处（服务类型可选 repair、installation、complaint、consultation、return、other）。';
const exportKindZh: Record<string, string> = { pdf: ' PDF ', image: '图片', binary: '二进制' };

const samplesProblem: Record<string, string> = {
  'too-many': '符合的样本数大于样本总数',
  zero: '样本总数不能为 0',
  negative: '样本数不能为负数',
  fraction: '样本数必须是整数',
  'too-large': '样本数过大',
  missing: '缺少符合样本数或样本总数',
};

/** The answers an indicator takes (all of them when the indicator is not known, as in a schema error). */
function answerFormsZh(p: Record<string, string | number>): string {
  const forms = ['met（符合）', 'unmet（不符合）'];
  if (p.sampled !== 'no') forms.push('k/n（抽样 n 个中 k 个符合，如 7/10）');
  if (p.na !== 'no') forms.push('{ na: 不适用理由 }');
  return forms.join('、');
}

/** Built when a run first asks for this language (messages.ts): a run needs one of the two. */
export const zhMessages = (): Messages => ({
  severity: { error: '错误', warning: '警告', notice: '提示' },
  fixLabel: '处理办法：',
  // biome-ignore format: one line per code where it fits, so a table of codes reads as one
  errors: {
    FILE_NOT_FOUND: { message: () => '找不到文件', fix: () => '检查路径和文件名是否正确（相对路径以当前文件夹为准）。' },
    FILE_IS_DIRECTORY: { message: () => '这是一个文件夹，不是文件', fix: () => '请指定文件夹中的某个 .yaml 文件。' },
    FILE_UNREADABLE: { message: (p) => `无法读取文件（${p.reason}）`, fix: () => '检查文件权限，或文件是否被其他程序占用。' },
    FILE_TOO_LARGE: { message: (p) => `文件过大（${p.size} 字节，上限 ${p.limit} 字节）`, fix: () => '自评文件通常只有几十 KB，请确认选择了正确的文件。' },
    FILE_BINARY: { message: () => '这不是文本文件', fix: () => '请选择 YAML 文本文件（.yaml / .yml），不要选择 Word、Excel 或 PDF 文件。' },
    FILE_EMPTY: { message: () => '文件是空的', fix: (p) => (p.fileKind === 'records-mapping' ? mappingRemadeZh : '用 `gbt27922 init` 生成一份自评模板，再填写。') },
    FILE_ENCODING: { message: () => '无法识别文件编码', fix: () => '请在编辑器中以 UTF-8 编码另存此文件。' },
    ENCODING_CONVERTED: { message: (p) => `文件编码为 ${p.encoding}${p.encoding === 'GBK/GB18030' ? '（Windows 记事本的“ANSI”）' : ''}，已按该编码正确读取`, fix: () => '建议以 UTF-8（无 BOM）保存，便于在不同系统间共享。' },
    YAML_SYNTAX: { message: (p) => `YAML 语法错误：${p.detail}`, fix: () => '检查该行的缩进（只用空格，不用 Tab）、冒号后的空格和引号是否成对。' },
    YAML_TAB_INDENT: { message: () => '这一行用 Tab 缩进了，YAML 只允许用空格缩进', fix: () => '把行首的 Tab 换成空格（同一层级的空格数要一致）；可在编辑器中打开“用空格代替 Tab”。' },
    YAML_FULLWIDTH_COLON: { message: () => '这里用了全角冒号 “：”，YAML 只认半角冒号 “:”', fix: () => '把 “：” 改成半角 “:”，后面留一个半角空格，例如 culture.goals: met（切换到英文输入法再输入冒号）。' },
    YAML_FULLWIDTH_SPACE: { message: () => '这里用了全角空格 “　”，YAML 只认半角空格', fix: () => '把全角空格换成半角空格：缩进每层两个半角空格，冒号后一个半角空格。' },
    YAML_FULLWIDTH_COMMA: { message: () => '花括号或方括号里用了全角逗号 “，”，YAML 只认半角逗号 “,”', fix: () => '把 “，” 改成半角 “,”，例如 { result: met, note: 备注 }。' },
    YAML_FULLWIDTH_QUOTE: { message: () => '这里用了全角引号，YAML 不把它当作引号', fix: () => '改用半角引号 "…" 或 \'…\'（只有值里含有“冒号加空格”或以特殊符号开头时才需要引号）。' },
    YAML_BAD_INDENT: { message: (p) => `缩进不对：${p.detail}`, fix: () => '同一层级的键要对齐，子项比上一级多缩进两个空格。' },
    YAML_UNCLOSED_QUOTE: { message: () => '引号没有闭合', fix: () => '检查这一行或上一行的引号是否成对；值里含有引号时，外面改用另一种引号。' },
    YAML_DUPLICATE_KEY: { message: (p) => `键 “${p.key}” 出现了两次`, fix: () => '每个键只能写一次：删除或合并重复的那一行。' },
    YAML_MULTIPLE_DOCUMENTS: { message: () => '文件中有多个 YAML 文档（以 --- 分隔）', fix: () => '一个文件只写一份自评；删除多余的 --- 分隔线，或拆分成多个文件。' },
    YAML_ALIAS_LIMIT: { message: (p) => `YAML 别名（*引用）展开过多（上限 ${p.limit}）`, fix: () => '自评文件不需要 YAML 别名，请直接写出各项内容。' },
    YAML_TOO_DEEP: { message: () => '嵌套层级过深，无法读取', fix: () => '检查文件是否完整、缩进是否正确。' },
    SCHEMA_FORMAT: { message: (p) => `format 应为 “${p.expected}”`, fix: (p) => `在文件开头写上 format: ${p.expected}。` },
    SCHEMA_TYPE: { message: (p) => `${where(p)}的类型不对，应为 ${typeName(String(p.expected))}`, fix: (p) => (p.fileKind === 'records-mapping' ? mappingRemadeZh : '对照 `gbt27922 init` 生成的模板修改此值。') },
    SCHEMA_REQUIRED: { message: (p) => `${where(p)}缺少必填项 “${p.key}”`, fix: (p) => `补上 ${p.key}。` },
    SCHEMA_UNKNOWN_KEY: {
      message: (p) => `${p.path === '/' ? '文件顶层' : `${p.path} `}中有未知的键 “${p.key}”` + (p.suggestion ? `，是否应为“${p.suggestion}”？` : ''),
      fix: (p) => `允许的键：${p.allowed}`,
    },
    SCHEMA_EMPTY: { message: (p) => `${p.path} 不能为空`, fix: () => '填写此项。' },
    SCHEMA_VALUE: { message: (p) => `${p.path} 的值不符合要求（${p.detail}）`, fix: (p) => (p.fileKind === 'records-mapping' ? mappingRemadeZh : '对照 `gbt27922 init` 生成的模板修改此值。') },
    INVALID_ANSWER: {
      message: (p) => `指标 ${p.id} 的答案写法不对`,
      fix: (p) => `${p.sampled === undefined ? '答案' : '此指标的答案'}可写为 ${answerFormsZh(p)}（也可写中文“符合”“不符合”），或 { result: met, note: 备注, evidence: [文件路径] }。`,
    },
    INVALID_DOCUMENT_STATUS: { message: (p) => `材料 ${p.id} 的状态写法不对`, fix: () => '状态可写为 ready（已备齐）、missing（缺）、na（不适用），或 { status: na, note: 说明 }。' },
    CATALOGUE_UNKNOWN: {
      message: (p) => `未知的指标体系 “${p.reference}”` + (p.suggestion ? `，是否应为“${p.suggestion}”？` : ''),
      fix: (p) => `内置指标体系：${p.builtIn}；也可以写自定义指标体系文件的路径（相对于本文件），如 ./my-catalogue.yaml。`,
    },
    CATALOGUE_OUTSIDE: { message: (p) => `此处指定的指标体系文件在本自评文件所在的仓库或文件夹（${p.root}）之外：${p.path}，不予读取`, fix: () => '把指标体系文件放在与自评文件相同的仓库或文件夹内，或在命令行用 --catalogue 文件 指定。' },
    CATALOGUE_COPY_IN_THE_WAY: {
      message: (p) => `指标体系文件 ${p.catalogue} 在新自评文件所在文件夹之外，需复制到自评文件旁边，但那里已有一个内容不同的同名文件：${p.copy}；未覆盖任何文件`,
      fix: () => '把那个文件改名或移走；或自行把指标体系文件以另一个名字复制到自评文件所在文件夹，再用 --catalogue 指定这份副本。',
    },
    CATALOGUE_NOT_FOUND: { message: (p) => `找不到此处指定的指标体系文件 ${p.path}`, fix: () => '路径相对于本自评文件所在的文件夹；检查文件名，或写 producer / seller 使用内置指标体系。' },
    CATALOGUE_NOT_A_CATALOGUE: { message: (p) => `此处指定的文件 ${p.path} 不是指标体系文件`, fix: () => '指标体系文件以 format: gbt27922-catalogue/1 开头；自评文件不能用作指标体系。' },
    CATALOGUE_INVALID: { message: (p) => `此处指定的指标体系 ${p.path} 有错误，见下方`, fix: () => '先修正指标体系文件中的错误（可用 gbt27922 validate 检查）。' },
    CATALOGUE_DUPLICATE_ID: { message: (p) => `${kindName(String(p.kind))} id “${p.id}” 重复`, fix: () => '每个 id 在指标体系中只能出现一次。' },
    CATALOGUE_POINTS_NOT_POSITIVE: { message: (p) => `${p.id} 的分值必须大于 0（现为 ${p.points}）`, fix: () => '删除不计分的指标，或给它一个正分值。' },
    CATALOGUE_CLASS_POINTS_MISMATCH: { message: (p) => `大类 ${p.id} 的分值为 ${p.points}，但其下指标合计 ${p.sum}`, fix: () => '调整大类分值或指标分值，使两者相等。' },
    CATALOGUE_LEVELS_NOT_ASCENDING: {
      message: (p) => `等级 ${p.id} 的分数线 ${p.threshold} 不高于前一等级 ${p.previous} 的 ${p.previousThreshold}`,
      fix: () => '等级按分数线从低到高排列，且分数线逐级升高。',
    },
    CATALOGUE_FAIL_RULE_ABOVE_LEVEL: {
      message: (p) => `不合格分数线 ${p.minScore} 高于最低等级 ${p.level} 的分数线 ${p.threshold}`,
      fix: () => 'failRule.minScore 不应高于最低等级的分数线。',
    },
    CATALOGUE_INDICATOR_ID_PREFIX: { message: (p) => `指标 id “${p.id}” 应以所属单项 "${p.item}." 开头`, fix: (p) => `改为 ${p.item}.<指标名>。` },
    CATALOGUE_UNKNOWN_CLAUSE: {
      message: (p) => `指标 ${p.id} 引用的条款 ${p.clause} 不是已知的 GB/T 27922-2011 条款`,
      fix: (p) => `只引用公开来源给出的条款（indicators/gbt27922-clauses.yaml）：${p.known}`,
    },
    CATALOGUE_COUNTS_SAMPLED: { message: (p) => `指标 ${p.id} 按人数计算，不能同时按抽样扣分`, fix: () => '写 sampled: false，或删去 counts。' },
    UNKNOWN_INDICATOR: {
      message: (p) => `指标体系 ${p.catalogue} 中没有指标 “${p.id}”` + (p.suggestion ? `，是否应为“${p.suggestion}”？` : ''),
      fix: () => '用 `gbt27922 init` 生成的模板列出了全部指标 id。',
    },
    INDICATOR_OF_OTHER_TYPE: {
      message: (p) => `指标 “${p.id}” 属于${typeLabel(String(p.otherType))}指标体系，本文件使用的是${typeLabel(String(p.type))}指标体系`,
      fix: () => '检查 catalogue: 是否选对了企业类型，或删除此答案。',
    },
    SAMPLES_INVALID: { message: (p) => `指标 ${p.id} 的抽样结果 “${p.value}” 无效：${samplesProblem[String(p.problem)] ?? p.problem}`, fix: () => '写成 k/n：抽查 n 个样本，其中 k 个符合（0 ≤ k ≤ n，n ≥ 1，均为整数）。' },
    SAMPLES_NOT_ALLOWED: { message: (p) => `指标 ${p.id} 不按抽样比例扣分，不能写 “${p.value}”`, fix: () => '此指标只能写 met（符合）或 unmet（不符合）。' },
    NA_NOT_ALLOWED: { message: (p) => `指标 ${p.id} 不允许标为不适用`, fix: (p) => `只有企业确实不涉及的指标（如配送、安装）可以删减；此指标请写 ${answerFormsZh({ ...p, na: 'no' })}。` },
    NA_REASON_MISSING: { message: (p) => `指标 ${p.id} 标为不适用，但没有写理由`, fix: () => '写明不适用的理由，例如 { na: 本公司产品无需安装 }；申请时须逐项说明删减原因。' },
    COUNTS_REQUIRED: {
      message: (p) => `指标 ${p.id} 由两个人数（服务管理人员数、其中的售后服务管理师数）计算得出，不能写 “${p.value}”`,
      fix: () => '写出两个人数，例如 { managers: 12, certified: 2 }，由工具判断是否符合。',
    },
    COUNTS_NOT_ALLOWED: { message: (p) => `指标 ${p.id} 不按人数计算`, fix: (p) => `此指标请写 ${answerFormsZh(p)}。` },
    COUNTS_INVALID: {
      message: (p) => `指标 ${p.id} 的人数不可能成立：${p.managers} 名服务管理人员中有 ${p.certified} 名售后服务管理师`,
      fix: () => '售后服务管理师计入服务管理人员：0 ≤ certified ≤ managers，且为整数。',
    },
    FORMER_INDICATOR_ID: {
      message: (p) => `${p.id} 是指标 ${p.current} 的旧 id（指标体系 ${p.catalogue} ${p.version}），答案计入 ${p.current}`,
      fix: (p) => `把键名改为 ${p.current}。`,
    },
    INVALID_DATE: { message: (p) => `日期 ${p.value} 不存在`, fix: () => '写成 YYYY-MM-DD 格式的真实日期，例如 2026-11-20。' },
    UNKNOWN_ELIGIBILITY: { message: (p) => `未知的申请条件 “${p.id}”` + (p.suggestion ? `，是否应为“${p.suggestion}”？` : ''), fix: (p) => `申请条件 id：${p.known}` },
    UNKNOWN_DOCUMENT: { message: (p) => `未知的申请材料 “${p.id}”` + (p.suggestion ? `，是否应为“${p.suggestion}”？` : ''), fix: (p) => `申请材料 id：${p.known}` },
    PROFILE_UNKNOWN: {
      message: (p) => `未知的认证机构配置 “${p.reference}”` + (p.suggestion ? `，是否应为“${p.suggestion}”？` : ''),
      fix: (p) => `内置示例配置：${p.builtIn}；也可以写自己的配置文件路径（相对于本文件），如 ./my-body.yaml。`,
    },
    PROFILE_NOT_FOUND: { message: (p) => `找不到此处指定的认证机构配置文件 ${p.path}`, fix: () => '路径相对于本自评文件所在的文件夹；检查文件名，或写内置示例配置的名称。' },
    PROFILE_NOT_A_PROFILE: { message: (p) => `此处指定的文件 ${p.path} 不是认证机构配置文件`, fix: () => '配置文件以 format: gbt27922-profile/1 开头；可复制 indicators/profiles/ 中的示例修改。' },
    PROFILE_INVALID: { message: (p) => `此处指定的认证机构配置 ${p.path} 有错误，见下方`, fix: () => '先修正配置文件中的错误（可用 gbt27922 validate 检查）。' },
    PROFILE_UNKNOWN_ELIGIBILITY: { message: (p) => `配置中的申请条件 “${p.id}” 不存在` + (p.suggestion ? `，是否应为“${p.suggestion}”？` : ''), fix: (p) => `申请条件 id：${p.known}` },
    PROFILE_UNKNOWN_DOCUMENT: { message: (p) => `配置中的申请材料 “${p.id}” 不存在` + (p.suggestion ? `，是否应为“${p.suggestion}”？` : ''), fix: (p) => `申请材料 id：${p.known}` },
    PROFILE_DUPLICATE_ID: { message: (p) => `配置的 ${p.list} 中 “${p.id}” 出现了两次`, fix: () => '每个 id 在列表中只写一次。' },
    BONUS_MORE_THAN_ONE: { message: (p) => `特别加分项最多一项，这里写成了列表（${p.count} 项）`, fix: () => '写成一段文字：specialBonus: 行业首家 48 小时上门承诺' },
    USAGE: { message: (p) => `无法理解命令行：${p.detail}`, fix: () => '运行 gbt27922 命令 --help 查看用法。' },
    USAGE_UNKNOWN_OPTION: { message: (p) => `未知的选项 ${p.detail}`, fix: () => '检查拼写；gbt27922 命令 --help 列出所有选项。' },
    USAGE_MISSING_ARGUMENT: { message: (p) => `缺少参数 ${p.detail}`, fix: () => '补上该参数；gbt27922 命令 --help 显示用法。' },
    USAGE_MISSING_OPTION: { message: (p) => `必须指定选项 ${p.detail}`, fix: () => '加上该选项；gbt27922 命令 --help 显示可选的取值。' },
    USAGE_OPTION_VALUE_MISSING: { message: (p) => `选项 ${p.detail} 缺少取值`, fix: () => '在选项后面写上取值。' },
    USAGE_INVALID_VALUE: { message: (p) => `选项的取值无效：${p.detail}`, fix: () => '改用提示中列出的可选取值。' },
    USAGE_TOO_MANY_ARGUMENTS: { message: (p) => `参数过多：${p.detail}`, fix: () => '含空格的取值请加引号；gbt27922 命令 --help 显示用法。' },
    NO_FILES: { message: (p) => `${p.pattern} 中没有找到自评文件`, fix: () => '检查路径或通配符；文件夹和通配符只计入含有 format: gbt27922-assessment/1 的 .yaml 文件。' },
    FOLDER_UNREADABLE: { message: (p) => `有 ${p.count} 个文件夹无法读取，其中的自评文件没有检查：${p.folders}`, fix: () => '为这些文件夹加上读取权限，或直接列出要检查的文件。' },
    PASSED_OVER: { message: (p) => `跳过了 ${p.count} 个不是自评文件的 YAML 文件：${p.files}`, fix: () => '这些文件中没有 format: gbt27922-assessment/1；如果其中有自评文件，请补上这一行。' },
    BASELINE_NOT_COMPARABLE: { message: (p) => `基线使用的指标体系（${p.baseline}）与本文件的（${p.current}）不同，无法比较`, fix: () => '用同一企业类型、同一指标体系的早期自评文件作为基线。' },
    BASELINE_NEEDS_ONE_FILE: { message: (p) => `--baseline 只能与一个自评文件比较，这里有 ${p.count} 个`, fix: () => '每个自评文件分别运行一次 score --baseline；比较两份自评也可以用 gbt27922 diff。' },
    UNKNOWN_COMMAND: { message: (p) => `未知的命令“${p.command}”` + (p.suggestion ? `，是否应为“${p.suggestion}”？` : ''), fix: (p) => `可用的命令：${p.known}；用 gbt27922 --help 查看说明。` },
    TARGET_UNKNOWN_LEVEL: {
      message: (p) => `目标等级 “${p.level}” 不在此文件的指标体系中` + (p.suggestion ? `，是否应为“${p.suggestion}”？` : ''),
      fix: (p) => `target 写等级 id：${p.levels}（compliant 达标级，3star 三星级，4star 四星级，5star 五星级）。`,
    },
    PLAN_UNKNOWN_INDICATOR: {
      message: (p) => `改进计划中的 “${p.id}” 不是指标体系 ${p.catalogue} 的指标` + (p.suggestion ? `，是否应为“${p.suggestion}”？` : ''),
      fix: () => 'plan 下的每个键是一个指标 id（与 answers 下的相同），可用 gbt27922 indicators 查看全部 id。',
    },
    MIN_LEVEL_TARGET_MISSING: {
      message: () => '--min-level target 要求每个文件都有目标等级，此文件没有',
      fix: () => '在文件中写上 target: 4star（或其他等级），或在命令行加 --target 4star；也可以改用 --min-level 3star 这样的固定等级。',
    },
    LEVEL_NOT_IN_CATALOGUE: { message: (p) => `${p.option} ${p.level}：此文件的指标体系中没有这个等级`, fix: (p) => `可用的等级：${p.levels}${helpHint('zh', String(p.command))}` },
    EVIDENCE_MISSING: {
      message: (p) => `找不到证据文件 ${p.path}（${p.uses}）`,
      fix: (p) => `路径相对于自评文件所在的文件夹（${p.folder}）；检查拼写，或把文件放到该位置。Windows 的反斜杠和中文文件名均可。`,
    },
    EVIDENCE_CHANGED: {
      message: (p) => `证据文件 ${p.path} 在 ${p.recorded} 记录后已被修改（sha256 ${p.was} → ${p.now}）`,
      fix: (p) => `确认新版本无误后运行 gbt27922 evidence ${p.file} --record 重新记录；否则恢复记录时的版本。`,
    },
    EVIDENCE_OUTSIDE: {
      message: (p) => `证据路径 ${p.path} 指向自评文件夹（${p.root}）之外，未读取`,
      fix: () => '把证据文件放到自评文件所在的文件夹（或其所在的 git 仓库）中，并写相对路径，例如 证据/服务承诺.pdf。',
    },
    EVIDENCE_UNREADABLE: { message: (p) => `证据 ${p.path} 存在但无法读取`, fix: () => '检查文件的读取权限；证据应是普通文件或文件夹。' },
    EVIDENCE_NOT_RECORDED: {
      message: (p) => `有 ${p.count} 个证据文件尚未记录 sha256 和日期`,
      fix: (p) => `运行 gbt27922 evidence ${p.file} --record 记录它们，之后的修改会被发现。`,
    },
    BINDER_NOT_EMPTY: { message: (p) => `文件夹 ${p.folder} 已存在且不为空，未写入`, fix: () => '换一个文件夹，或加 --force 写入其中（同名文件被替换，其他文件保留）。' },
    REPORT_RECORDS_ONE_FILE: { message: (p) => `--records 的服务记录只属于一家企业，这里有 ${p.count} 个自评文件（或一个文件夹）`, fix: () => '每家企业单独运行一次 gbt27922 report 自评.yaml --records 导出.csv。' },
    BINDER_INSIDE_EVIDENCE: { message: (p) => `资料夹 ${p.folder} 位于证据 ${p.path} 之内，复制会把自己复制进去`, fix: () => '把资料夹放在证据文件夹之外。' },
    EVIDENCE_DIR_INVALID: { message: (p) => `证据文件夹 ${p.folder} 无法使用（${p.reason}）`, fix: () => '检查 --evidence-dir 的路径，它应是一个存在的文件夹。' },
    NEEDS_TERMINAL: { message: () => '问卷需要在终端（命令行窗口）中交互运行，当前没有可交互的终端', fix: () => '在终端中直接运行 gbt27922；在 CI 或脚本中请改用 gbt27922 init 生成文件、手工填写后用 gbt27922 score 文件.yaml 打分。' },
    FILE_LOCKED: { message: (p) => `另一个问卷或页面（gbt27922 serve）正在编辑此文件（进程 ${p.pid}，${p.host}，开始于 ${p.since}）`, fix: (p) => `先结束那个问卷或页面（在其终端按 Ctrl-C）。若确认它已不在运行，删除锁文件 ${p.lock}。` },
    FONT_NOT_FOUND: { message: (p) => `找不到字体文件 ${p.font}`, fix: () => '检查 --font 的路径；Windows 的微软雅黑在 C:\\Windows\\Fonts\\msyh.ttc。' },
    FONT_UNSUPPORTED: { message: (p) => `无法使用字体 ${p.font}`, fix: () => '请使用 TTF、OTF 或 TTC 字体文件（不支持 WOFF/WOFF2 网页字体）。' },
    FONT_NOT_A_FILE: { message: (p) => `字体 ${p.font} 不是普通文件（${p.kind}）`, fix: () => '请指定字体文件（.ttf、.otf、.ttc）；设备、管道或文件夹不能当作字体读取。' },
    FONT_TOO_LARGE: { message: (p) => `字体 ${p.font} 过大（${p.size} 字节，上限 ${p.limit}）`, fix: () => '字体文件一般为几 MB 到几十 MB；请确认文件是否正确，或改用单一字重的 TTF/OTF。' },
    REPORT_TEXT_SHORTENED: { message: (p) => `文件中有 ${p.count} 处文字超过 ${p.limit} 个字符，报告中已截短`, fix: () => '请缩短自评文件中的企业名称、备注或理由；score 和 JSON 输出保留全文。' },
    FONT_MISSING_GLYPHS: { message: (p) => `字体中没有这些字符，报告中无法显示：${p.characters}（${p.codes}）`, fix: () => '用 --font 指定包含这些字符的中文字体，例如 Windows 的微软雅黑（msyh.ttc）或 macOS 的苹方（PingFang.ttc）。' },
    REPORT_OVERWRITES_INPUT: { message: () => '报告的输出路径就是自评文件本身，已拒绝', fix: () => '用 -o 指定另一个文件名，例如 报告.pdf。' },
    OUTPUT_EXISTS: { message: () => '文件已存在，未覆盖', fix: () => '换一个文件名（-o），或加 --force 覆盖。' },
    OUTPUT_NOT_REGULAR: { message: (p) => `这不是普通文件（${p.kind}），不会向它写入`, fix: () => '请指定要写入的普通文件，例如 report.pdf；设备、管道、文件夹或指向不存在目标的链接一律不会被替换。' },
    OUTPUT_NOT_WRITABLE: { message: (p) => `无法写入文件（${p.reason}）`, fix: () => '检查文件夹是否存在、是否有写入权限。' },
    OUTPUT_CLOSED: { message: () => '标准输出已关闭，结果无处可写', fix: () => '把输出重定向到文件或管道；只关心退出码时可用 >/dev/null。' },
    DISK_FULL: { message: (p) => `磁盘空间已满，无法写入文件（${p.reason}）`, fix: () => '在该磁盘上腾出空间（或改写到另一块磁盘上的文件夹）后重试。之前保存的内容没有改动，也没有留下临时文件。' },
    RECORDS_NO_HEADER: {
      message: (p) => `前 ${p.rows} 行中没有包含 ${p.expected} 的表头行${p.sheets ? `（已查找的工作表：${p.sheets}）` : ''}`,
      fix: () => '导出工单时带上表头行（列名在同一行），或用 `gbt27922 records 文件 --init-mapping` 生成映射文件，按文件中的写法填写列名。',
    },
    RECORDS_COLUMN_MISSING: {
      message: (p) => `映射文件中的列在此文件中不存在：${p.column}；表头为：${p.found}${p.suggestion ? `。是否应为“${p.suggestion}”？` : ''}`,
      fix: () => '把映射文件中的列名改成此导出文件的表头写法，或用 --init-mapping 重新生成映射文件。',
    },
    RECORDS_MAPPING_GUESSED: { message: (p) => `未指定映射文件：已根据表头推测各列（${p.columns}）`, fix: () => '用 `gbt27922 records 文件 --init-mapping` 核对一次推测结果并写入映射文件，之后用 --mapping 指定。' },
    RECORDS_ROWS_UNREAD: {
      message: (p) => `${p.count} 行无法读取，未计入指标和抽样；第一处在此：${unreadReasonZh[String(p.reason)] ?? p.reason}${p.value !== undefined ? `（${p.value}）` : ''}`,
      fix: (p) =>
        `${p.listed === 'records' ? `全部行及原因由 gbt27922 records ${p.files} 列出` : '全部行及原因见下方清单'}；在导出来源的系统中更正这些行，若整列读错，请检查映射文件。`,
    },
    RECORDS_CONTRADICTED: { message: (p) => `${p.id} 的答案为 ${p.declared}，但记录抽样结果为 ${p.proposed} 符合`, fix: () => '核对备注中列出的抽样记录；在问卷中修改答案，或更正记录。' },
    RECORDS_APPLY_NEEDS_ASSESSMENT: { message: () => '--apply 需要写入自评文件，但未指定', fix: () => '用 --assessment 文件 指定自评文件（其中的服务承诺也是衡量记录的依据）。' },
    RECORDS_INVALID_SEED: { message: (p) => `--seed 须为 0 到 4294967295 之间的整数，而不是"${p.value}"`, fix: () => '给一个整数，如 --seed 2027；同一个种子抽出同样的样本。' },
    RECORDS_FILE_EMPTY: { message: () => '导出文件是空的（0 字节）', fix: () => '从工单系统重新导出（CSV 或 xlsx，带表头行）；0 字节的文件常是没有下载完成的导出。' },
    RECORDS_NOT_AN_EXPORT: {
      message: (p) => `这是${exportKindZh[String(p.kind)] ?? '二进制'}文件，不是 CSV 或 xlsx 格式的工单导出`,
      fix: () => '从工单系统导出 CSV 或 xlsx（不是 PDF 或截图）；在 Excel 或 WPS 中可“另存为” .xlsx 或“CSV UTF-8（逗号分隔）”。',
    },
    RECORDS_OLD_WORKBOOK: {
      message: () => '这是旧版 Excel 工作簿（.xls，Excel 97–2003）或 WPS 的 .et 文件，无法直接读取',
      fix: () => '在 Excel 或 WPS 中打开，“另存为” Excel 工作簿（.xlsx）或“CSV UTF-8（逗号分隔）”，再读取新文件。',
    },
    RECORDS_WORKBOOK_UNREADABLE: {
      message: (p) => `无法读取这个 xlsx 工作簿（${p.reason}）`,
      fix: () => '在 Excel 或 WPS 中打开并重新“另存为” .xlsx；打不开时请从工单系统重新导出，或导出为 CSV。',
    },
    RECORDS_ENCODING: {
      message: (p) => `此处的文字不是 ${p.encoding} 编码，文件的编码前后不一致`,
      fix: () => '在 Excel 中“另存为”“CSV UTF-8（逗号分隔）”；或在记事本中打开，另存时编码选 UTF-8。',
    },
    SHEET_UNREADABLE: { message: (p) => `无法读取这个表格文件（${p.reason}）`, fix: () => '选择 gbt27922 export 导出的 .xlsx 或 .csv 文件；在 WPS 或 Excel 中请“另存为” .xlsx（不是 .et 或 .xls）。' },
    SHEET_MISSING: { message: (p) => `找不到「指标」表（含“编号”和“答案”两列）；文件中的表：${p.sheets}`, fix: () => '不要删除或改名「指标」表及其表头行；重新导出一份空白表格对照。' },
    SHEET_VALUE_INVALID: { message: (p) => `“${p.value}” 不是可选的值`, fix: (p) => `从下拉列表中选择，可选：${p.allowed}` },
    SHEET_DUPLICATE_ROW: { message: (p) => `指标 ${p.id} 出现了两次（第一次在 ${p.first}）`, fix: () => '每个指标只保留一行：删除或合并重复的那一行。' },
    SHEET_CATALOGUE_MISMATCH: { message: (p) => `表格的指标体系是 ${p.sheet}，而自评文件用的是 ${p.file}`, fix: () => '导入到同一企业类型的自评文件；或用 -o 指定一个新文件名，由表格新建自评文件。' },
    SHEET_OVERWRITES_INPUT: { message: () => '输出路径就是输入文件本身，已拒绝', fix: () => '用 -o 指定另一个文件名。' },
    SUMMARY_FORMAT: { message: (p) => `汇总表不能以 ${p.format} 格式输出（xlsx 须用 -o 指定文件）`, fix: () => '汇总表的格式可为 terminal、markdown、csv、json，或 xlsx 加 -o 汇总.xlsx。' },
    SETTINGS_INVALID: { message: (p) => `设置文件中的 “${p.key}” 不是可用的设置（或其值不是文本）`, fix: (p) => `可用的设置：${p.allowed}，值均为文本，例如 preparedBy: 某某咨询有限公司、logo: ./logo.png。` },
    LOGO_UNSUPPORTED: { message: (p) => `无法使用这个标志图片（${p.reason}）`, fix: () => '请使用 5 MB 以内的 PNG 或 JPEG 图片（SVG、GIF、WebP 请先另存为 PNG）。' },
    IMPORT_NEEDS_FILE: { message: () => '要导入的自评文件不存在，而 csv 表格不含企业信息和指标体系', fix: () => '用 -o 指定已有的自评文件；或导入 gbt27922 export 导出的 .xlsx（含封面），由它新建自评文件。' },
    SERVE_PORT_UNAVAILABLE: { message: (p) => `无法在本机端口 ${p.port} 上启动页面服务（${p.reason}）`, fix: () => '换一个端口（--port 8765），或不加 --port 让系统任选一个空闲端口。' },
    SERVE_NOT_LOOPBACK: { message: (p) => `页面服务监听在 ${p.address} 而不是本机回环地址 127.0.0.1，已拒绝启动`, fix: () => '本工具只在本机（127.0.0.1）提供页面；请检查系统的网络设置，这不是您的输入有误。' },
    SERVE_TOKEN_REFUSED: { message: () => '请求没有带上本次启动的访问令牌，已拒绝', fix: () => '请使用 gbt27922 serve 启动时打开（或打印）的完整地址，其中含有 ?token=…；每次启动令牌都不同。' },
    SERVE_HOST_REFUSED: { message: () => '请求的主机名不是 127.0.0.1 或 localhost，已拒绝（防止 DNS 重绑定攻击）', fix: () => '请用 gbt27922 serve 打印的地址访问（http://127.0.0.1:端口/…）。' },
    SERVE_ORIGIN_REFUSED: { message: () => '修改请求来自其他网站（Origin 不是本页面），已拒绝', fix: () => '只能在 gbt27922 serve 打开的页面中修改自评；其他网页不能修改您的文件。' },
    SERVE_STALE: { message: () => '文件在您编辑期间已在页面之外被修改，本次修改未保存', fix: () => '页面已载入文件中的最新内容；请检查后重新填写这一项。' },
    SERVE_BAD_REQUEST: { message: (p) => `页面发来的修改无法识别（${p.detail}）`, fix: () => '请刷新页面后重试；若仍出现，请把这段信息反馈给我们。' },
    INTERNAL: { message: (p) => `程序内部错误：${p.detail}`, fix: () => '这是本工具的缺陷，不是您的输入有误；请把这段输出连同输入文件一起反馈给我们。' },
  },
  ui: {
    ...zhPunctuation,
    title: 'GB/T 27922 商品售后服务评价 · 自评结果',
    company: '企业',
    companyType: { producer: '生产型企业', seller: '销售服务型企业' },
    catalogue: '指标体系',
    notePrefix: '注：',
    gainNote: (applicable) => `失分是该指标未得的分值；可提升是补齐后预计得分的增加，即 失分 × 100 ÷ ${applicable}（适用指标的分值合计，不适用的指标不计入），所以可能比失分多。`,
    pointsAreDefaults: '各指标分值为本工具的默认分配（非认证机构官方分值）；大类总分 40/35/25 与星级分数线来自标准',
    assessedOn: '自评日期',
    score: '预计得分',
    bestCase: (score) => `若未作答的指标全部符合：${score} 分`,
    level: '预计等级',
    noLevel: '未达到达标级',
    failed: '不合格',
    failReason: {
      'below-min-score': (p) => `得分低于 ${p.minScore} 分`,
      'too-many-special-deductions': (p) => `特别扣分项 ${p.count} 项（超过 ${p.max} 项即不合格）`,
      eligibility: (p) => `申请条件未满足：${p.conditions}`,
    },
    firstCertification: '首次认证通常先评为达标级，运行一年后再评定星级（成绩特别突出者除外）。',
    specialBonus: '特别加分',
    specialDeductions: '特别扣分',
    byClass: '分类得分',
    columns: { class: '大类', item: '单项', earned: '得分', possible: '可得', percent: '得分率', rank: '#', indicator: '指标', state: '状态', lost: '失分', gain: '可提升', points: '分值' },
    notApplicable: '不适用',
    gapsTitle: '差距清单（按可提升的分数排序）',
    noGaps: '没有差距：所有适用指标均已符合。',
    deductionGap: (text) => `特别扣分：${text}`,
    state: STATE_WORDS.zh,
    pathTitleCertify: (level, threshold) => `取得${level}认证资格（≥ ${threshold} 分且不合格项消除）的最短路径`,
    pathTitle: (level, threshold) => `升至${level}（≥ ${threshold} 分）的最短路径`,
    pathSteps: (count, after) => `补齐以下 ${count} 项差距，得分可达 ${after}：`,
    pathAlready: '得分已够，只需处理下列阻碍：',
    pathBlocked: (what) => `另须先解决：${what}`,
    pathUnreachable: '即使补齐所有差距也无法达到。',
    pathNotLeastTotal: (steps) => `以上差距项数已是最少；同样项数中所需总分最少的组合只搜索了 ${steps} 步（分值相近的指标很多），可能另有同样项数、所需更少的组合。`,
    topLevel: '已达到最高等级。',
    unansweredTitle: (count) => `未作答的指标（${count} 项，按未达标计）`,
    documentsTitle: '申请材料',
    profileLine: (title, example, reference) =>
      example
        ? `申请材料和申请条件按认证机构配置“${title}”检查（示例配置，取自公开资料，并非任何机构的声明或推荐；profile: ${reference}）`
        : `申请材料和申请条件按认证机构配置“${title}”检查（profile: ${reference}）`,
    documentsComplete: '申请材料已齐备。',
    documentsMissing: (list) => `缺少：${list}`,
    documentsUnanswered: (list) => `未确认：${list}`,
    eligibilityTitle: '申请条件',
    eligibilityFailed: (list) => `未满足（一票否决）：${list}`,
    eligibilityUnanswered: (list) => `未确认：${list}`,
    eligibilityOk: '全部满足。',
    batchSummary: (files, scored, invalid, short) => `共 ${files} 个文件：已评分 ${scored} 个，有错误无法评分 ${invalid} 个，未达到要求（等级或基线）${short} 个`,
    belowMinLevel: (file, level) => `${file}：未达到要求的等级 ${level}`,
    fileHeading: (file) => `━━ ${file} ━━`,
    filesSummaryTitle: '各文件结果',
    fileNotScored: '有错误，未评分',
    fileShort: '未达到要求',
    written: (file) => `已写入 ${file}`,
    valid: (file) => `${file}：格式正确`,
    wording: { standard: '〔条款要求转述自公开来源；评审方式为本工具的概括〕', summary: '〔本工具的概括，非标准原文〕' },
    clauseReference: (list) => `GB/T 27922 条款 ${list}`,
    coverage: {
      unchecked: (count, list) => `本指标体系未检查 GB/T 27922-2011 第 5 章的 ${count} 项要求：${list}`,
      complete: (count) => `本指标体系检查了 GB/T 27922-2011 第 5 章已知的全部 ${count} 项要求`,
      unknown: '本指标体系的指标未注明 GB/T 27922-2011 条款，无法判断哪些要求未被检查',
    },
    counts: (p) => `持证 ${p.certified}/${p.managers} 人（需 ≥ ${p.required}）`,
    migrate: {
      written: (file, catalogue) => `已写入 ${file}（指标体系 ${catalogue}）；原文件未改动`,
      carried: (count) => `带过去 ${count} 个含义相同的答案：`,
      notCarriedTitle: (count) => `${count} 个答案没有带过去（新指标体系中没有含义相同的指标，或新指标不接受这种答案）：`,
      noEquivalent: '新指标体系中没有含义相同的指标',
      notAccepted: (id, code) => `${id} 不接受这个答案（${code}）`,
      toAnswer: (count) => `还有 ${count} 项指标待回答：运行 gbt27922 assess -o 新文件 继续，或在编辑器中填写。`,
    },
    improveLabel: '改进',
    template: {
      commentWidth: 44,
      companyName: '填写企业全称',
      points: (points) => `${points} 分`,
      sampled: '可抽样 k/n',
      naAllowed: '可不适用',
      criteria: '评审要点：',
      naWhen: '可不适用的情形：',
      counts: '填写两个人数：{ managers: 服务管理人员数, certified: 其中售后服务管理师数 }，由工具判断是否符合',
      flags: (flags) => zhPunctuation.paren(zhPunctuation.list(flags)),
      writtenBy: { init: '由 gbt27922 init 生成。', questionnaire: '由 gbt27922 问卷（assess）生成，每答一题即保存。' },
      profile: '认证机构配置（可选）：example-3-months / example-6-months 为取自公开资料的示例，或写自己的配置文件路径；申请条件和材料清单随之调整',
    },
    initNext: (file) => `下一步：用编辑器填写 ${file}，然后运行 gbt27922 score ${file}`,
  },
});

/** "文件" for the whole file, otherwise the path followed by a space before the Chinese text. */
function where(p: Record<string, string | number>): string {
  return p.path === '/' ? '文件' : `${p.path} `;
}

function typeName(type: string): string {
  const names: Record<string, string> = { string: '文字', number: '数字', integer: '整数', boolean: 'true/false', object: '键值对', array: '列表', null: '空值' };
  return type
    .split(',')
    .map((t) => names[t] ?? t)
    .join(' 或 ');
}

function kindName(kind: string): string {
  return ({ level: '等级', class: '大类', item: '单项', indicator: '指标' } as Record<string, string>)[kind] ?? kind;
}

function typeLabel(type: string): string {
  return type === 'producer' ? '生产型企业' : type === 'seller' ? '销售服务型企业' : type;
}
