/** The core's state as a snapshot: what a store keeps and a restored router starts from. */
import type { TimerKind } from './contact-timers.js';
import type { HistoryImage } from './customer-history.js';
import type { AgentRecord, ContactRecord } from './model.js';
import type { SurveyImage } from './survey-book.js';

/** A JSON-serialisable image of the whole state. */
export interface CoreSnapshot {
  readonly version: 1;
  readonly contactSeq: number;
  readonly loginSeq: number;
  /**
   * The instant the state was current at (ms of the router's clock): the
   * latest event applied, or the router's start. Every deadline up to it
   * had taken effect, so a restored router owes a queue's closing only if
   * it falls after it (docs/routing.md, Hours of operation). Absent in
   * older snapshots.
   */
  readonly at?: number;
  readonly roundRobin: readonly (readonly [string, number])[];
  readonly agents: readonly AgentRecord[];
  readonly contacts: readonly ContactRecord[];
  /** Customer history (absent when empty), customers least recently served first. */
  readonly history?: HistoryImage;
  /** Completed contacts open to a survey and answers per agent (absent when empty). */
  readonly surveys?: SurveyImage;
  /**
   * The deadlines in force, `[contactId, kind, armed]` by contact seq, and
   * the arming counter (both absent while nothing was ever armed): deadlines
   * due at one instant take effect in the order they were armed, which a
   * restored router must know. Older snapshots lack them (then contacts'
   * order stands in for it).
   */
  readonly timers?: readonly (readonly [string, TimerKind, number])[];
  readonly timerSeq?: number;
}
