// The I/O floor of `bujiao check` for bench/cli.ts: reads a roster workbook with exceljs and writes one output
// workbook with the same rows, and nothing else. Reading and writing as the command does (whole workbooks in
// memory, exceljs's readFile and writeFile), it is what any check of that file must at least cost.
//
//   node --require tsx/cjs bench/cliFloor.ts ROSTER.xlsx OUT.xlsx

import ExcelJS from "exceljs";

export async function copyRosterRows(input: string, output: string): Promise<number> {
  const source = new ExcelJS.Workbook();
  await source.xlsx.readFile(input);
  const roster = source.worksheets[0];

  const copy = new ExcelJS.Workbook();
  const sheet = copy.addWorksheet(roster.name);
  let rows = 0;
  roster.eachRow({ includeEmpty: false }, (row) => {
    sheet.addRow((row.values as ExcelJS.CellValue[]).slice(1));
    rows++;
  });
  await copy.xlsx.writeFile(output);
  return rows;
}

if (require.main === module) {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) {
    console.error("usage: node --require tsx/cjs bench/cliFloor.ts ROSTER.xlsx OUT.xlsx");
    process.exit(2);
  }
  copyRosterRows(input, output).then(
    (rows) => console.log(`copied ${rows} rows to ${output}`),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
