// Runs the roster check in chunks with a pause between them, so a roster of thousands of rows does not freeze
// the pane and the progress bar can move. checkRoster is synchronous, and its rules that span rows (overlapping
// months, the 36-month count, the materials) only look at the rows of one person. So the rows are split into
// chunks that never separate a person's rows, each chunk is checked on its own, and the results are merged
// back into roster order. The result equals one checkRoster call over the whole roster.

import type { ParameterSet } from "../../core/params/parameterSet";
import { isBlank, normaliseText } from "../../core/parse";
import { checkRoster } from "../../core/roster";
import type { CheckOptions, CheckResult, PersonResult, Roster, RosterRowInput, SheetProblem } from "../../core/roster/types";

export interface ChunkOptions {
  /** Rows per chunk; a person with more rows than this is still kept in one chunk. */
  chunkSize?: number;
  /** Called after every chunk with the rows done and the total. */
  onProgress?: (done: number, total: number) => void;
  /** Lets the page paint between chunks; default: a zero-delay timer. */
  pause?: () => Promise<void>;
}

const DEFAULT_CHUNK_SIZE = 250;

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The key rows of one person share. It is coarser than the check's own key (any text of the identity cell in
 * upper case without spaces), so rows the check takes for one person always land in the same chunk.
 */
function chunkKey(row: RosterRowInput): string {
  const value = row.cells.identityNumber;
  if (isBlank(value) || typeof value === "object") return `row:${row.sheetRow}`;
  return normaliseText(String(value)).replace(/\s+/g, "").toUpperCase();
}

/** Splits the rows into chunks of about `size` rows, each person's rows together, in order of first row. */
export function chunkRows(rows: readonly RosterRowInput[], size: number): RosterRowInput[][] {
  const byPerson = new Map<string, RosterRowInput[]>();
  for (const row of rows) {
    const key = chunkKey(row);
    const list = byPerson.get(key) ?? [];
    list.push(row);
    byPerson.set(key, list);
  }

  const chunks: RosterRowInput[][] = [];
  let current: RosterRowInput[] = [];
  for (const personRows of byPerson.values()) {
    if (current.length > 0 && current.length + personRows.length > size) {
      chunks.push(current);
      current = [];
    }
    current.push(...personRows);
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

function problemKey(problem: SheetProblem): string {
  return `${problem.cell}|${problem.key}`;
}

/** Checks a roster in chunks; see the file comment for why the result equals one checkRoster call. */
export async function checkInChunks(roster: Roster, options: CheckOptions, params: ParameterSet, chunking: ChunkOptions = {}): Promise<CheckResult> {
  const size = Math.max(1, chunking.chunkSize ?? DEFAULT_CHUNK_SIZE);
  const pause = chunking.pause ?? nextTask;
  const total = roster.rows.length;
  const chunks = chunkRows(roster.rows, size);

  const rows: CheckResult["rows"] = [];
  const persons: PersonResult[] = [];
  const problems: SheetProblem[] = [];
  const seenProblems = new Set<string>();
  let done = 0;

  // An empty roster still gets its sheet problems from one call.
  for (const chunk of chunks.length > 0 ? chunks : [[]]) {
    const result = checkRoster({ ...roster, rows: chunk }, options, params);
    rows.push(...result.rows);
    persons.push(...result.persons);
    for (const problem of result.problems) {
      if (seenProblems.has(problemKey(problem))) continue;
      seenProblems.add(problemKey(problem));
      problems.push(problem);
    }
    done += chunk.length;
    chunking.onProgress?.(done, total);
    if (done < total) await pause();
  }

  rows.sort((a, b) => a.sheetRow - b.sheetRow);
  const firstRow = (person: PersonResult) => Math.min(...person.sheetRows);
  persons.sort((a, b) => firstRow(a) - firstRow(b));
  return { handlingDay: options.handlingDay, sheetName: roster.sheetName, rows, persons, problems };
}
