// The .xlsx export read back with exceljs (the library that wrote it, as a spreadsheet would read
// the file): a right-to-left sheet, the CSV's header and rows, Arabic strings unchanged, offsets
// that slice their text; and the CSV's new columns carried over.
import * as assert from 'assert';
import ExcelJS from 'exceljs';
import { exportAll } from '../../server/src/core/formats';
import { CSV_COLUMNS, annotationRows } from '../../server/src/core/formats/exportCsv';
import { sampleNames } from './anchorSupport';
import { inputOf } from './exportSupport';

describe('xlsx export', () => {
  it('is a right-to-left sheet with every annotation of every sample, Arabic intact', async () => {
    const inputs = sampleNames().map(inputOf);
    const [file] = await exportAll('xlsx', inputs);
    assert.strictEqual(file.name, 'annotations.xlsx');
    const bytes = file.content as Uint8Array;
    assert.deepStrictEqual([...bytes.slice(0, 2)], [0x50, 0x4b], 'a zip container, as .xlsx is');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = book.getWorksheet('annotations')!;
    assert.strictEqual(sheet.views[0].rightToLeft, true);
    assert.deepStrictEqual((sheet.getRow(1).values as unknown[]).slice(1), [...CSV_COLUMNS]);
    const expected = inputs.flatMap((i) => annotationRows(i));
    assert.strictEqual(sheet.rowCount - 1, expected.length);
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name) + 1;
    expected.forEach((row, k) => {
      const got = sheet.getRow(k + 2);
      for (const c of CSV_COLUMNS) assert.strictEqual(got.getCell(col(c)).value ?? undefined, row[c], `row ${k + 2} ${c}`);
      const input = inputs.find((i) => i.file === row.file)!;
      assert.strictEqual(input.text.slice(got.getCell(col('start')).value as number, got.getCell(col('end')).value as number), got.getCell(col('text')).value);
    });
    assert.ok(
      expected.some((r) => /[\u0600-\u06ff]/.test(String(r.text))),
      'Arabic text in the cells',
    );
  });
});
