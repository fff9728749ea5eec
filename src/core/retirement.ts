// Statutory retirement month (法定退休年龄), 国务院《关于渐进式延迟法定退休年龄的办法》第一条: men retire at 60,
// women in cadre, management or technical posts at 55 and other women at 50, each age rising gradually for
// people born from the group's first affected birth month on. The schedule is parameter rows
// (params/retirement.ts); this module only applies them:
//
//   offset = birth month − first affected birth month
//   delay  = offset < 0 ? 0 : min(max delay, floor(offset / birth months per step) + 1)
//   retirement month = birth month + original age × 12 + delay
//
// Birth month and sex come from the 居民身份证号码 when one is given.

import { ref, t } from "../i18n";
import { addMonths, formatYearMonth, yearMonthOfDay, type YearMonth } from "./calendar";
import { notAvailableError, valueError } from "./errors";
import { parseIdentityNumber } from "./identity";
import type { ParameterSet } from "./params/parameterSet";
import type { RetirementGroup, RetirementScheduleRow } from "./params/retirement";
import { isBlank, isCellError, normaliseText, parseDay, parseWord, type CellValue } from "./parse";

export type Sex = "male" | "female";
/** A woman's post: cadre, management or technical (original age 55), or worker (original age 50). */
export type Post = "cadre" | "worker";

export interface RetirementInput {
  birthMonth: YearMonth;
  sex: Sex;
  /** Read only for women; absent means the post is unknown. */
  post?: Post;
}

export interface StatutoryRetirement {
  /** The first month the person is of statutory retirement age. */
  month: YearMonth;
  group: RetirementGroup;
  originalAge: number;
  delayMonths: number;
  /** True when a woman's post was not given and the worker age (the earlier one) was assumed; callers warn. */
  postAssumed: boolean;
  row: RetirementScheduleRow;
}

/**
 * Returns the statutory retirement month of a person by the schedule rows.
 * Throws #N/A (BujiaoError "notAvailable") when the schedule has no row for the person's group.
 *
 * @example a man born 1976-09 retires 2039-09 (age 63); a woman worker born 1975-01 retires 2025-02.
 */
export function statutoryRetirement(
  schedule: readonly RetirementScheduleRow[],
  input: RetirementInput,
): StatutoryRetirement {
  const postAssumed = input.sex === "female" && input.post === undefined;
  const group = groupOf(input.sex, input.post);
  const row = schedule.find((candidate) => candidate.group === group);
  if (!row) throw notAvailableError("retire.noScheduleRow", { group: ref(`retire.group.${group}`) });

  const delayMonths = retirementDelay(row, input.birthMonth);
  const month = addMonths(input.birthMonth, row.originalAge * 12 + delayMonths);
  return { month, group, originalAge: row.originalAge, delayMonths, postAssumed, row };
}

/** Returns the delay in months of a birth month under one group's schedule row. */
export function retirementDelay(row: RetirementScheduleRow, birthMonth: YearMonth): number {
  const offset = birthMonth - row.firstAffectedBirth;
  if (offset < 0) return 0;
  return Math.min(row.maxDelayMonths, Math.floor(offset / row.birthMonthsPerStep) + 1);
}

function groupOf(sex: Sex, post: Post | undefined): RetirementGroup {
  if (sex === "male") return "male";
  return post === "cadre" ? "femaleCadre" : "femaleWorker";
}

/** Returns the retirement schedule of a parameter set: built in, or replaced by 退休年龄 rows of a 参数 sheet. */
export function retirementScheduleOf(params: ParameterSet): readonly RetirementScheduleRow[] {
  return params.tables.retirementSchedule;
}

function choices<T extends string>(entries: Array<[T, string[]]>): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  for (const [id, words] of entries) {
    map.set(id.toLowerCase(), id);
    for (const word of words) map.set(word.toLowerCase(), id);
  }
  return map;
}

const sexWords = choices<Sex>([
  ["male", ["男", "男性", "m"]],
  ["female", ["女", "女性", "f"]],
]);

// "55" and "50" are the original ages users often write for the post.
const postWords = choices<Post>([
  [
    "cadre",
    ["干部", "管理", "技术", "干部岗位", "管理岗位", "技术岗位", "专业技术", "专业技术岗位", "管理人员", "技术人员", "55"],
  ],
  ["worker", ["工人", "工人岗位", "50"]],
]);

/** Reads a sex (性别); an omitted argument gives undefined. */
export function parseSex(value: CellValue): Sex | undefined {
  if (isBlank(value)) return undefined;
  return parseWord(value, "field.sex", sexWords, t("retire.sexChoices", {}, "zh-CN"));
}

/** Reads a woman's post (岗位); an omitted argument gives undefined. */
export function parsePost(value: CellValue): Post | undefined {
  if (isBlank(value)) return undefined;
  return parseWord(value, "field.post", postWords, t("retire.postChoices", {}, "zh-CN"));
}

/** Text of 15 or more digits (with X) is an identity number, never a date. */
const IDENTITY_LIKE = /^[\dXx]{15,}$/;
/** Numbers up to this are dates (serials or YYYYMMDD); larger ones are identity numbers stored as numbers. */
const MAX_DATE_NUMBER = 99_999_999;

/**
 * Reads the person of a retirement question: an identity number (birth and sex from it) or a birth date with a
 * sex, and for a woman her post. A sex that contradicts the identity number is a #VALUE! error.
 *
 * @example readRetirementInput("11010519491231002X", null, "干部") is a woman born 1949-12, post cadre.
 */
export function readRetirementInput(identityOrBirth: CellValue, sex: CellValue, post: CellValue): RetirementInput {
  const givenSex = parseSex(sex);
  const givenPost = parsePost(post);

  if (isIdentityNumber(identityOrBirth)) {
    const identity = parseIdentityNumber(identityOrBirth);
    if (givenSex !== undefined && givenSex !== identity.sex) {
      throw valueError("retire.sexConflict", { sex: ref(`retire.sex.${givenSex}`), identitySex: ref(`retire.sex.${identity.sex}`) });
    }
    return withPost({ birthMonth: yearMonthOfDay(identity.birth), sex: identity.sex }, givenPost);
  }

  const birth = parseDay(identityOrBirth, "field.birthDate");
  if (givenSex === undefined) throw valueError("retire.sexMissing", { birth: formatYearMonth(yearMonthOfDay(birth)) });
  return withPost({ birthMonth: yearMonthOfDay(birth), sex: givenSex }, givenPost);
}

function isIdentityNumber(value: CellValue): boolean {
  if (typeof value === "number") return value > MAX_DATE_NUMBER;
  if (typeof value !== "string" || isCellError(value)) return false;
  return IDENTITY_LIKE.test(normaliseText(value).replace(/\s+/g, ""));
}

function withPost(input: RetirementInput, post: Post | undefined): RetirementInput {
  return post === undefined ? input : { ...input, post };
}
