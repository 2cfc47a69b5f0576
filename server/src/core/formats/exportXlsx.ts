// Excel workbook (.xlsx) through exceljs: the CSV's rows and columns in a sheet laid out right to
// left, strings stored as the workbook's own UTF-8 XML, so that Excel, LibreOffice and Numbers open
// Arabic as Arabic with no import dialog (the CSV needs LibreOffice's). Offsets are UTF-16, as in
// the CSV; the `offsets` column says so. exceljs is loaded on the first workbook only: requiring it
// takes about a quarter of a second, which the language server's start should not pay.
import { CSV_COLUMNS, annotationRows } from './exportCsv';
import type { ExportInput, ExportOptions } from './exportInput';

const WIDE = new Set(['text', 'speaker', 'cue', 'target']);

export async function toXlsx(inputs: ExportInput[], options: ExportOptions = {}): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'Mizan';
  const sheet = book.addWorksheet('annotations', { views: [{ rightToLeft: true, state: 'frozen', ySplit: 1 }] });
  sheet.columns = CSV_COLUMNS.map((c) => ({ header: c, key: c, width: WIDE.has(c) ? 48 : c === 'file' ? 28 : 12 }));
  sheet.getRow(1).font = { bold: true };
  for (const input of inputs) for (const row of annotationRows(input, options)) sheet.addRow(row);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: CSV_COLUMNS.length } };
  return new Uint8Array(await book.xlsx.writeBuffer());
}
