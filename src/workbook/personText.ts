// Texts about one person of a roster check that both the command's output and the report workbook show:
// the kind of back-payment, the documents to bring and the commitment-procedure verdict with its reasons.

import { renderFinding, type BackpayKind, type CheckResult, type CommitmentVerdict, type PersonResult, type Route } from "../core/roster";
import { t, type Locale, type MessageKey } from "../i18n";

export const KIND_KEYS: Record<BackpayKind, MessageKey> = {
  missed: "backpayKind.missed",
  baseDiffTopUp: "backpayKind.baseDiffTopUp",
  baseDiffRefund: "backpayKind.baseDiffRefund",
};

export const ROUTE_KEYS: Record<Route, MessageKey> = {
  socialPortal: "route.socialPortal",
  socialPortalThenTaxClient: "route.socialPortalThenTaxClient",
  socialPortalOrCounter: "route.socialPortalOrCounter",
  taxBureau: "route.taxBureau",
};

const VERDICT_KEYS: Record<CommitmentVerdict["status"], MessageKey> = {
  available: "commitment.available",
  notAvailable: "commitment.notAvailable",
  unknown: "commitment.unknown",
};

export function kindText(kind: BackpayKind, locale: Locale): string {
  return t(KIND_KEYS[kind], {}, locale);
}

export interface MaterialText {
  key: string;
  text: string;
  /** The reason the item applies to this person; absent for documents everyone brings. */
  reasonKey?: string;
  reason?: string;
}

/** Renders a person's materials in order, each with the reason it applies. */
export function materialTexts(person: PersonResult, locale: Locale): MaterialText[] {
  return person.materials.map((item) => ({
    key: item.key,
    text: t(item.key, {}, locale),
    ...(item.reason ? { reasonKey: item.reason, reason: t(item.reason, item.reasonParams ?? {}, locale) } : {}),
  }));
}

export interface CommitmentText {
  status: CommitmentVerdict["status"];
  text: string;
  /** Each reason the procedure is closed or undecided, as the finding code and its message. */
  reasons: Array<{ code: string; message: string }>;
}

/**
 * Renders a base-difference person's commitment verdict. The reasons are findings on the person's rows, which
 * carry the months and dates their messages need; undefined for other kinds.
 */
export function commitmentText(person: PersonResult, result: CheckResult, locale: Locale): CommitmentText | undefined {
  const verdict = person.commitment;
  if (!verdict) return undefined;

  const rows = new Set(person.sheetRows);
  const findings = result.rows.filter((row) => rows.has(row.sheetRow) && row.kind === person.kind).flatMap((row) => row.findings);
  const reasons = verdict.reasons.map((code) => {
    const finding = findings.find((candidate) => candidate.code === code);
    return { code, message: finding ? renderFinding(finding, locale) : code };
  });
  return { status: verdict.status, text: t(VERDICT_KEYS[verdict.status], {}, locale), reasons };
}
