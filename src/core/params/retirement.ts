// Statutory retirement ages (法定退休年龄) as parameter rows: the original ages (men 60, women in cadre,
// management or technical posts 55, other women 50) and the gradual rise in force from 2025-01-01
// (国务院《关于渐进式延迟法定退休年龄的办法》第一条). Each group's age rises by one month for every
// `birthMonthsPerStep` birth months from its first affected birth month, up to `maxDelayMonths`.

import { yearMonth as ym, type YearMonth } from "../calendar";
import type { Provenance } from "./types";

/** The three groups the schedule distinguishes; a woman's group depends on her post. */
export type RetirementGroup = "male" | "femaleCadre" | "femaleWorker";
export const RETIREMENT_GROUPS: readonly RetirementGroup[] = ["male", "femaleCadre", "femaleWorker"];

/** One group's original statutory age and its gradual rise. */
export interface RetirementScheduleRow extends Provenance {
  group: RetirementGroup;
  /** The statutory age before the reform, in whole years. */
  originalAge: number;
  /** The first birth month whose retirement is delayed (by one month). */
  firstAffectedBirth: YearMonth;
  /** How many consecutive birth months share one delay step. */
  birthMonthsPerStep: number;
  /** The delay reached at the end of the schedule, in months. */
  maxDelayMonths: number;
}

const SOURCE_REFORM = "国务院《关于渐进式延迟法定退休年龄的办法》第一条（经全国人大常委会决定，自2025年1月1日起施行）";

/** The built-in schedule; the table key is the group. */
export const beijingRetirementSchedule: RetirementScheduleRow[] = [
  {
    group: "male",
    originalAge: 60,
    firstAffectedBirth: ym(1965, 1),
    birthMonthsPerStep: 4,
    maxDelayMonths: 36,
    source: SOURCE_REFORM,
    confidence: "V",
    note: "男职工：原60周岁，每4个月延迟1个月，最多延迟至63周岁",
  },
  {
    group: "femaleCadre",
    originalAge: 55,
    firstAffectedBirth: ym(1970, 1),
    birthMonthsPerStep: 4,
    maxDelayMonths: 36,
    source: SOURCE_REFORM,
    confidence: "V",
    note: "原法定退休年龄55周岁的女职工（干部、管理、技术岗位）：每4个月延迟1个月，最多延迟至58周岁",
  },
  {
    group: "femaleWorker",
    originalAge: 50,
    firstAffectedBirth: ym(1975, 1),
    birthMonthsPerStep: 2,
    maxDelayMonths: 60,
    source: SOURCE_REFORM,
    confidence: "V",
    note: "原法定退休年龄50周岁的女职工（工人岗位）：每2个月延迟1个月，最多延迟至55周岁",
  },
];
