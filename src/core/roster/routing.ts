// Who handles which fee months, and so which upload file a month goes to. From fee month 2023-12 the tax bureau
// collects: an individual back-payment is still declared on the 社保 portal, which pushes the start month to the
// tax side, where the unit then declares the base and pays in the 社保费管理客户端; a base difference from 2023-12
// is handled by the tax bureau alone (北京市人社局《规范缴纳社保，保障职工权益》, 2026-01-13).

import { yearMonth, type YearMonth } from "../calendar";
import type { BackpayKind, Route } from "./types";

/** The first fee month collected by the tax bureau. */
export const TAX_COLLECTION_START: YearMonth = yearMonth(2023, 12);

export function routeOf(kind: BackpayKind, month: YearMonth): Route {
  const taxSide = month >= TAX_COLLECTION_START;
  if (kind === "missed") return taxSide ? "socialPortalThenTaxClient" : "socialPortal";
  return taxSide ? "taxBureau" : "socialPortalOrCounter";
}

/**
 * The upload file a payable month belongs to: individual back-payment by the side of 2023-12, base-difference
 * top-ups and refunds in files of their own before 2023-12, and both on the tax bureau's list from 2023-12.
 */
export function uploadFileKey(kind: BackpayKind, month: YearMonth): string {
  const taxSide = month >= TAX_COLLECTION_START;
  if (kind === "missed") return taxSide ? "missed-from-2023-12" : "missed";
  return taxSide ? "baseDiff-tax" : kind;
}
