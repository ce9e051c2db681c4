import yauzl from 'yauzl';

const WORKBOOK_PART = 'xl/workbook.xml';
/** workbook.xml lists sheets and defined names; anything larger is not a workbook we want to scan. */
const MAX_WORKBOOK_XML = 8 * 1024 * 1024;

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * The sheet names of an XLSX workbook, in tab order, read from its workbook part only (the
 * table reader loads the whole workbook, which is not worth doing twice to name the tabs).
 * An unreadable workbook gives [] here: the reader itself reports why.
 */
export async function listXlsxSheets(filePath: string): Promise<string[]> {
  try {
    return sheetNames(await readWorkbookXml(filePath));
  } catch {
    return [];
  }
}

export function sheetNames(workbookXml: string): string[] {
  const names: string[] = [];
  for (const match of workbookXml.matchAll(/<(?:\w+:)?sheet\s[^>]*?\bname="([^"]*)"/g)) names.push(decodeXml(match[1]!));
  return names;
}

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, ref: string) => {
    if (ref.startsWith('#x') || ref.startsWith('#X')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(Number(ref.slice(1)));
    return XML_ENTITIES[ref] ?? whole;
  });
}

function readWorkbookXml(filePath: string): Promise<string> {
  return new Promise((resolve, reject) => {
    yauzl.open(filePath, { lazyEntries: true, autoClose: true }, (openError, zip) => {
      if (openError) return reject(openError);
      const fail = (error: Error) => {
        zip.close();
        reject(error);
      };
      zip.on('error', fail);
      zip.on('end', () => reject(new Error(`no ${WORKBOOK_PART}`)));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName !== WORKBOOK_PART) return zip.readEntry();
        if (entry.uncompressedSize > MAX_WORKBOOK_XML) return fail(new Error(`${WORKBOOK_PART} is too large`));
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return fail(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('error', fail);
          stream.on('end', () => {
            zip.close();
            resolve(Buffer.concat(chunks).toString('utf8'));
          });
        });
      });
      zip.readEntry();
    });
  });
}
