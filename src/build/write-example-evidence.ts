import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { packageRoot, templatesDir } from '../paths.js';

/**
 * `npm run examples:evidence` writes the sample evidence files examples/producer-4star.yaml names
 * (examples/docs/), so the first `score` a user runs finds them and `evidence`, `--record` and
 * `--binder` can be tried on the bundled example. The files are committed; this script is how they
 * were made. Each says on its first lines, in Chinese and in English, that it is a fictional sample
 * of the fictional company of the example. The font is embedded as a subset of the characters used,
 * so each file stays a few kilobytes, and the dates are fixed, so running it again gives the same
 * bytes.
 */
export const EXAMPLE_EVIDENCE_DIR = path.join(packageRoot, 'examples', 'docs');

export const SAMPLE_NOTICE = {
  zh: '示例文件：本文件是 gbt27922 示例自评（examples/producer-4star.yaml）中虚构企业的样例证据，内容均为虚构，不是任何真实企业的文件。',
  en: 'Sample document: fictional evidence of the fictional company in the gbt27922 example examples/producer-4star.yaml; not the document of any real company.',
};

interface SampleDocument {
  file: string;
  title: string;
  lines: string[];
}

const COMPANY = '华澜电器（苏州）有限公司（虚构）';

export const SAMPLE_DOCUMENTS: SampleDocument[] = [
  {
    file: '服务承诺.pdf',
    title: '售后服务承诺（示例）',
    lines: [
      '1. 本公司产品实行全国联保，保修期内凭购买凭证免费维修。',
      '2. 服务热线全年开通，接到报修后按本承诺约定的时限响应。',
      '3. 维修所用备件均为原厂备件，维修后提供书面维修记录。',
      '4. 顾客投诉统一登记，处理结果告知顾客并回访。',
      '本承诺在公司官网和保修卡上公示。',
    ],
  },
  {
    file: '技术支持手册.pdf',
    title: '技术支持手册（示例）',
    lines: [
      '1. 适用范围：本公司台式小家电的安装指导、故障判断与维修。',
      '2. 技术支持渠道：服务热线、官网在线咨询、网点技术员现场支持。',
      '3. 常见故障判断流程与维修步骤见各产品的维修指南。',
      '4. 网点遇到无法处理的技术问题时，提交总部技术支持组处理并记录。',
    ],
  },
];

const DATE = new Date('2026-11-01T00:00:00Z');

export function renderSample(document: SampleDocument): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A5',
    margin: 48,
    font: null,
    pdfVersion: '1.7',
    lang: 'zh-CN',
    info: { Title: `${document.title} · ${COMPANY}`, Subject: SAMPLE_NOTICE.en, Creator: 'gbt27922 examples', Producer: 'gbt27922 examples', CreationDate: DATE, ModDate: DATE },
  } as unknown as PDFKit.PDFDocumentOptions);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('sc', path.join(templatesDir, 'fonts', 'NotoSansSC-GB2312-Regular.ttf'));
  doc.font('sc').fontSize(8).fillColor('#b00000').text(SAMPLE_NOTICE.zh).text(SAMPLE_NOTICE.en).moveDown(1.5);
  doc.fillColor('#000000').font('sc').fontSize(15).text(COMPANY).text(document.title).moveDown();
  doc.font('sc').fontSize(10.5);
  for (const line of document.lines) doc.text(line, { paragraphGap: 6 });
  doc.end();
  return done;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(packageRoot, 'dist', 'build', 'write-example-evidence.js')) {
  mkdirSync(EXAMPLE_EVIDENCE_DIR, { recursive: true });
  for (const document of SAMPLE_DOCUMENTS) {
    const file = path.join(EXAMPLE_EVIDENCE_DIR, document.file);
    writeFileSync(file, await renderSample(document));
    process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
  }
}
