import { execFileSync } from 'node:child_process';

// pdfjs (inside pdf-parse) loads its worker with a dynamic import, which Jest's module sandbox refuses,
// so the text of a PDF is extracted by a plain Node child process.
const EXTRACT = `
const { PDFParse } = require(process.argv[1]);
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', async () => {
  const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
  const result = await parser.getText();
  await parser.destroy();
  process.stdout.write(JSON.stringify({ pages: result.total, text: result.text }));
});`;

// The page count and the text; a line break may fall inside a phrase, so whitespace runs become single spaces. pdfmake
// lays a hyphenated code or number (TYPO-REF-02, 1-р/2025) out as separate words that the text reads back with a gap
// after the hyphen: a hyphen between two non-spaces joins them again.
export const extractText = (pdf: Buffer): { pages: number; text: string } => {
  const out = execFileSync(process.execPath, ['-e', EXTRACT, require.resolve('pdf-parse')], { input: pdf, maxBuffer: 16 * 1024 * 1024 });
  const parsed = JSON.parse(out.toString('utf8')) as { pages: number; text: string };
  return { pages: parsed.pages, text: parsed.text.replace(/\s+/g, ' ').replace(/(?<=\S-) (?=\S)/g, '') };
};
