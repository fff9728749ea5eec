// Writes a synthetic back-payment roster for the benchmarks: a 补缴名单 sheet with the example roster's columns
// (序号, 姓名, 社会保障号码, 开始年月, 终止年月, 缴费工资, 户口性质, 入职日期, 性别) and a 单位信息 sheet.
// Every identity number is valid (its check character from checkCharacter), unique and agrees with 性别.
// The rows come from a seeded generator, so the same count always gives the same file.
//
//   npx tsx bench/generateRoster.ts ROWS FILE      e.g. npx tsx bench/generateRoster.ts 100000 /tmp/roster.xlsx

import ExcelJS from "exceljs";
import { checkCharacter } from "../src/core/identity";

export const ROSTER_SHEET = "补缴名单";
export const ROSTER_HEADER = ["序号", "姓名", "社会保障号码", "开始年月", "终止年月", "缴费工资", "户口性质", "入职日期", "性别"];

/** Facts of the 单位信息 sheet; the handling date stays out of it, so `--date` sets it. */
const UNIT_FACTS: Array<[string, string | number]> = [
  ["单位名称", "北京基准测试科技有限公司"],
  ["统一社会信用代码", "91110108MA01B2C3D0"],
  ["单位规模", "中小微企业"],
  ["工伤保险费率", 0.004],
  ["信用状况", "良好"],
];

const AREA_CODES = ["110101", "110105", "110108", "110114", "120101", "130102", "370102", "410105", "510104"];
const SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡"];
const GIVEN_NAMES = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英"];
const HOUSEHOLD_TYPES = ["本市城镇", "本市城镇", "外埠城镇", "本市农村", "外埠农村"];
/** Wages in yuan a month: below the lower limit, inside the limits and above the upper limit. */
const WAGES = [3000, 4200, 5500, 6800, 8000, 9000, 12000, 15000, 18500, 22000, 30000, 38000, 45000];

const DAY_MS = 86_400_000;
const FIRST_BIRTH = Date.UTC(1975, 0, 1);
/** Distinct birth days (1975 to 1999); with the row's block number they make every identity number unique. */
const BIRTH_DAYS = 9_000;
/** Sequence numbers per block: 80, so 12 blocks fit the three digits and a roster has at most 108,000 rows. */
const BLOCK_SIZE = 80;
export const MAX_ROWS = Math.floor(1000 / BLOCK_SIZE) * BIRTH_DAYS;
/** The roster's fee months lie between 2012-01 and 2026-10. */
const FIRST_START_MONTH = 2012 * 12;
const START_MONTHS = (2026 * 12 + 9) - FIRST_START_MONTH;

/** mulberry32: a small seeded generator, so the roster is the same on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)];
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

function monthText(month: number): string {
  return `${Math.floor(month / 12)}-${pad((month % 12) + 1, 2)}`;
}

/** Builds the identity number of row `index` (0-based): a birth day and a sequence number unique to the row. */
function identityNumber(index: number, random: () => number): { id: string; male: boolean } {
  const birth = new Date(FIRST_BIRTH + (index % BIRTH_DAYS) * DAY_MS);
  const block = Math.floor(index / BIRTH_DAYS);
  const male = random() < 0.5;
  // The 17th digit is odd for men and even for women; the block keeps equal birth days apart.
  const sequence = block * BLOCK_SIZE + Math.floor(random() * (BLOCK_SIZE / 2)) * 2 + (male ? 1 : 0);
  const birthText = `${birth.getUTCFullYear()}${pad(birth.getUTCMonth() + 1, 2)}${pad(birth.getUTCDate(), 2)}`;
  const first17 = `${pick(AREA_CODES, random)}${birthText}${pad(sequence, 3)}`;
  return { id: first17 + checkCharacter(first17), male };
}

/** Builds the cells of roster row `index` (0-based), in the order of ROSTER_HEADER. */
export function rosterRow(index: number, random: () => number): Array<string | number | Date> {
  const { id, male } = identityNumber(index, random);
  const start = FIRST_START_MONTH + Math.floor(random() * START_MONTHS);
  const end = Math.min(start + Math.floor(random() * 24), FIRST_START_MONTH + START_MONTHS);
  const hired = new Date(Date.UTC(Math.floor(start / 12), start % 12, 1 + Math.floor(random() * 28)));
  const name = pick(SURNAMES, random) + pick(GIVEN_NAMES, random) + (random() < 0.5 ? pick(GIVEN_NAMES, random) : "");
  return [index + 1, name, id, monthText(start), monthText(end), pick(WAGES, random), pick(HOUSEHOLD_TYPES, random), hired, male ? "男" : "女"];
}

/** Writes a roster of `rows` people to `file` with exceljs's streaming writer. */
export async function writeRoster(rows: number, file: string, seed = 20261204): Promise<void> {
  if (rows > MAX_ROWS) throw new Error(`a roster has at most ${MAX_ROWS} rows with unique identity numbers, not ${rows}`);
  const random = seededRandom(seed);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });

  const roster = workbook.addWorksheet(ROSTER_SHEET);
  roster.columns = ROSTER_HEADER.map((header) => ({ header, key: header }));
  roster.getColumn(8).numFmt = "yyyy-mm-dd";
  for (let index = 0; index < rows; index++) roster.addRow(rosterRow(index, random)).commit();
  roster.commit();

  const unit = workbook.addWorksheet("单位信息");
  unit.addRow(["项目", "内容"]).commit();
  for (const fact of UNIT_FACTS) unit.addRow(fact).commit();
  unit.commit();

  await workbook.commit();
}

if (require.main === module) {
  const [rowsText, file] = process.argv.slice(2);
  const rows = Number(rowsText);
  if (!Number.isInteger(rows) || rows <= 0 || !file) {
    console.error("usage: npx tsx bench/generateRoster.ts ROWS FILE");
    process.exit(2);
  }
  writeRoster(rows, file).then(
    () => console.log(`wrote ${rows} rows to ${file}`),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
