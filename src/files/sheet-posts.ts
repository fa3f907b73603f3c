import { asText, chooseLayout, emptyColumnError, rowDetails, type Post, type PostsResult } from './posts.js';

// Content calendars kept as .xlsx workbooks, read with read-excel-file: every sheet (a calendar
// often keeps a month a sheet), each row a post, found as in a CSV file. A cell has no lines of
// its own in the file, so every problem in a post is reported at its cell: line = the sheet's
// row, column = its column, and in a workbook of several sheets the sheet's number is said.

const notChecked = 'It was not checked.';

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString();
  return String(v);
}

/** `bytes` is the workbook, one latin1 character a byte (see read.ts). */
export async function postsFromSheet(file: string, bytes: string, column: string | undefined): Promise<PostsResult> {
  const { default: readXlsxFile } = await import('read-excel-file/node');
  let sheets: { data: unknown[][] }[];
  try {
    sheets = (await readXlsxFile(Buffer.from(bytes, 'latin1'), { trim: false })) as { data: unknown[][] }[];
  } catch (e) {
    // The library's messages may quote the workbook: only that it failed is said.
    void e;
    return { error: `${file} cannot be read as an .xlsx workbook (is it one, and not password-protected?). ${notChecked}` };
  }
  const several = sheets.length > 1;
  const posts: Post[] = [];
  for (const [n, sheet] of sheets.entries()) {
    const rows = sheet.data.map((r) => r.map(cellText));
    const filled = rows.map((cells, i) => ({ cells, row: i + 1 })).filter((r) => r.cells.some((c) => c.trim() !== ''));
    if (!filled.length) continue;
    // The sheet is named by its number only: a sheet's name is the workbook's own text.
    const layout = chooseLayout(
      several ? `sheet ${n + 1} of ${file}` : file,
      filled.map((r) => r.cells),
      column,
    );
    if ('error' in layout) return layout;
    let captions = 0;
    for (const [i, r] of filled.entries()) {
      if (i <= layout.headerRow) continue;
      for (const column of [layout.text, layout.comment]) {
        const raw = column >= 0 ? (r.cells[column] ?? '') : '';
        if (!raw.trim()) continue;
        if (column === layout.text) captions++;
        const { text, offsets } = asText(
          raw,
          Array.from({ length: raw.length + 1 }, () => 0),
        );
        const cell = { row: r.row, column: column + 1, ...(several ? { sheet: n + 1 } : {}) };
        posts.push({ text, offsets, row: r.row, cell, ...rowDetails(r.cells, layout) });
      }
    }
    const rowCount = filled.length - (layout.headerRow + 1);
    if (!captions && rowCount > 0) return emptyColumnError(several ? `sheet ${n + 1} of ${file}` : file, layout, rowCount);
  }
  return { posts };
}
