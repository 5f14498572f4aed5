import { describe, expect, it } from 'vitest';
import { problemsToCsv } from './report.ts';
import { decodeWindows1252, detectDelimiter, headerNames } from './reader.ts';

describe('import report and reader helpers', () => {
  it('writes RFC 4180 CSV and defuses spreadsheet formulas', () => {
    expect(problemsToCsv([
      { row: 2, column: 'Email', value: 'a,"b"', reason: 'must be a valid email address' },
      { row: 3, column: null, value: '=HYPERLINK("x")', reason: 'line\nbreak' },
    ])).toBe('row,column,value,reason\r\n2,Email,"a,""b""",must be a valid email address\r\n3,,"\'=HYPERLINK(""x"")","line\nbreak"\r\n');
  });
  it('detects the delimiter outside quotes, decodes Windows-1252, names empty or repeated headers', () => {
    expect(detectDelimiter('"a;b",c,d\nx;y;z;w')).toBe(',');
    expect(detectDelimiter('a;b;c\n')).toBe(';');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(decodeWindows1252(Uint8Array.from([0x80, 0xe9, 0x9c, 0x41]))).toBe('€éœA');
    expect(headerNames([' Email ', '', 'Email'])).toEqual(['Email', 'column_2', 'Email (2)']);
  });
});
