/**
 * What the routing core forgot but its windows still need (issue 24): the
 * core keeps an hour of customer history and surveyable contacts
 * (`history.memoryWindowSeconds`, `survey.memoryWindowSeconds`), a store
 * beside it keeps, for the rest of each window, each customer's latest
 * handled contact (a repeat within the FCR window, routed to the last
 * agent) and each surveyable contact (an answer within the survey window
 * counts, once). The host writes to it as the core records (off the
 * routing path) and looks up before it hands a new contact or a survey
 * answer to the core (`NewContact.recalled`, `answerSurvey(…, recalled)`).
 *
 * In memory mode there is none: the core keeps the full windows itself.
 */
import type { HistoryEntry } from '../core/model.js';
import type { CompletedContact } from '../core/survey-book.js';

/** The core's own memory window with a recall store beside it, unless configured (seconds). */
export const RECALL_MEMORY_WINDOW_SECONDS = 3600;

/**
 * A surveyable contact taken for one answer. `taken` false: another answer
 * took it first (or it was answered); `contact.helpful` then says so, and
 * the core refuses the answer as a second one.
 */
export interface SurveyClaim {
  readonly contact: CompletedContact;
  readonly taken: boolean;
  /** Gives it back when the answer was not recorded after all (refused, or the store failed). */
  release(): void;
}

export interface RecallStore {
  /** The customer's latest handled contact (kept for `ttlMs`); a later one replaces it, an earlier one never does. */
  latestHandled(customerId: string, entry: HistoryEntry, ttlMs: number): void;
  /** A completed contact that may be surveyed for `ttlMs`. */
  completed(contactId: string, contact: CompletedContact, ttlMs: number): void;
  /** The contact's survey was answered. */
  answered(contactId: string, helpful: boolean): void;
  /** The customer's latest handled contact, if kept. */
  latest(customerId: string): Promise<HistoryEntry | undefined>;
  /**
   * The surveyable contact, taken for one answer (atomically: of two
   * answers at once, one takes it), or undefined when none is kept.
   */
  claimSurvey(contactId: string): Promise<SurveyClaim | undefined>;
  /** Writes that failed (counted, logged by the caller, never retried). */
  readonly dropped: number;
  /** Resolves once everything handed over so far was written (or counted as dropped). */
  flush(): Promise<void>;
}
