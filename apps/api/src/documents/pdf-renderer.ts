import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
// pdfmake 0.3 exports one configured instance (module.exports = new pdfmake()) whose methods need it as `this`;
// a namespace or named import would copy them off it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
import pdfmake = require('pdfmake');

// pdfmake's Roboto cut down to Latin, Cyrillic and the punctuation of Russian documents (see fonts/README.md):
// a small GPOS table makes the per-document font setup about 30 ms cheaper than with the full font.
const FONT_DIR = join(__dirname, 'fonts');
const FONT_FILES = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
} as const;

// A definition without a date of its own still renders to the same bytes every time.
const FALLBACK_CREATION_DATE = new Date(Date.UTC(2000, 0, 1));

type VirtualFs = { writeFileSync(name: string, content: Buffer): void };

let configured = false;

const configure = (): void => {
  if (configured) return;
  // Fonts are read once into pdfmake's in-memory file system; nothing is fetched or read from disk per document.
  const vfs = (pdfmake as unknown as { virtualfs: VirtualFs }).virtualfs;
  for (const file of Object.values(FONT_FILES)) vfs.writeFileSync(file, readFileSync(join(FONT_DIR, file)));
  pdfmake.setFonts({ Roboto: { ...FONT_FILES } });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  configured = true;
};

// pdfmake annotates the definition it lays out; render a copy so the caller's definition can be rendered again.
const copyDefinition = <T>(value: T): T => {
  if (Array.isArray(value)) return value.map((item) => copyDefinition(item)) as T;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, copyDefinition(item)])) as T;
  }
  return value;
};

// The same definition gives the same bytes: CreationDate comes from the definition, and pdfkit derives
// the file ID and the font subset tags from the metadata and the font numbering, not from the clock.
export const renderPdf = async (definition: TDocumentDefinitions): Promise<Buffer> => {
  configure();
  const copy = copyDefinition(definition);
  copy.info = {
    ...copy.info,
    creator: copy.info?.creator ?? 'casework',
    producer: copy.info?.producer ?? 'casework',
    creationDate: copy.info?.creationDate ?? FALLBACK_CREATION_DATE,
  };
  return pdfmake.createPdf(copy).getBuffer();
};

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
