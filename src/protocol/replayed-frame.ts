/**
 * An integration stream's kept event, replayed to a resuming socket (see
 * `gateway/kept-events.ts`): kept as its JSON body, the bytes a JSON socket
 * was sent after the sequence number, so a JSON socket gets them again as
 * they were; a protobuf socket gets the event parsed back from them and
 * encoded (the same event: the JSON body is the payload's own
 * `JSON.stringify`).
 */
import { EventFrame, NumberedEvent } from './codec.js';
import type { Encoding, EventKind, EventPayloads } from './messages.js';

export class ReplayedFrame {
  #frame: EventFrame | undefined;

  constructor(
    /** `EventFrame.jsonBody()` of the event as it went out. */
    readonly body: Uint8Array,
  ) {}

  get kind(): EventKind {
    return this.frame().kind;
  }

  get payload(): EventPayloads[EventKind] {
    return this.frame().payload;
  }

  /** The frame with sequence number `seq` (see `EventFrame.numbered`). */
  numbered(seq: number, encoding: Encoding): NumberedEvent {
    return encoding === 'json' ? new NumberedEvent(this.body, seq, false) : this.frame().numbered(seq, encoding);
  }

  /** The event parsed back from its JSON. */
  frame(): EventFrame {
    if (this.#frame === undefined) {
      const text = new NumberedEvent(this.body, 0, false).join() as string;
      const e = (JSON.parse(text) as { event: Record<string, unknown> }).event;
      let kind: string | undefined;
      for (const k of Object.keys(e)) if (k !== 'seq' && k !== 'at' && k !== 'actor') kind = k;
      if (kind === undefined) throw new Error('a kept event without a payload');
      const actor = typeof e.actor === 'string' ? e.actor : undefined;
      this.#frame = new EventFrame(e.at as number, kind as EventKind, e[kind] as EventPayloads[EventKind], actor);
    }
    return this.#frame;
  }
}
