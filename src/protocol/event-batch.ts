/**
 * The events of one turn going to every supervisor that subscribed
 * `batched`, as one frame each (`ServerMessage.batch`, an `EventBatch`):
 * the events' bodies are joined once per encoding and shared by every such
 * subscriber, which differ only by the sequence number of the batch's first
 * event (`first_seq`; the i-th event is `first_seq + i`). As with
 * `EventFrame`, a socket's frame is that number spliced in front of the
 * shared body by the transport as it writes (`NumberedEvent` with `batch`).
 *
 * In protobuf the body is `EventBatch.events` (field 2, repeated): each
 * event's pre-encoded body (its `at`, `actor` and payload: no `seq`) behind
 * its tag and length. In JSON it is the text after the first sequence
 * number: `,"events":[{"at":…},{"at":…}]}}`, each event the object that
 * `EventFrame.jsonBody` ends with.
 *
 * @example
 * const batch = new EventBatch([created, offered]);
 * out.numbered(socket, batch, socket.seq + 1); // {"batch":{"firstSeq":"8","events":[…,…]}}
 * socket.seq += batch.length;
 */
import { NumberedEvent, varintLength, writeVarint, type EventFrame } from './codec.js';
import type { Encoding } from './messages.js';

const utf8 = new TextEncoder();
const OPEN = utf8.encode(',"events":[');
const CLOSE = utf8.encode(']}}');
const BRACE = 0x7b;
const COMMA = 0x2c;

export class EventBatch {
  readonly kind = 'batch';
  #json: Uint8Array | undefined;
  #proto: Uint8Array | undefined;

  constructor(readonly events: readonly EventFrame[]) {}

  /** Events in the batch: the sequence numbers it takes. */
  get length(): number {
    return this.events.length;
  }

  /** The frame whose first event has sequence number `firstSeq`, to be written by the transport. */
  numbered(firstSeq: number, encoding: Encoding): NumberedEvent {
    return encoding === 'json' ? new NumberedEvent(this.jsonBody(), firstSeq, false, true) : new NumberedEvent(this.protoBody(), firstSeq, true, true);
  }

  /** The frame, joined: a string in JSON, bytes in protobuf. */
  encode(firstSeq: number, encoding: Encoding): string | Uint8Array {
    return this.numbered(firstSeq, encoding).join();
  }

  /** `,"events":[…]}}` as UTF-8 (built once). */
  jsonBody(): Uint8Array {
    if (this.#json !== undefined) return this.#json;
    // An event's body is `,"at":…}}}`: without its leading comma and the closing brace of
    // `ServerMessage`, behind an opening brace, it is the event's object.
    const bodies = this.events.map((e) => e.jsonBody());
    let n = OPEN.length + CLOSE.length + Math.max(0, bodies.length - 1);
    for (const b of bodies) n += b.length - 1;
    const out = new Uint8Array(n);
    out.set(OPEN, 0);
    let pos = OPEN.length;
    bodies.forEach((b, i) => {
      if (i > 0) out[pos++] = COMMA;
      out[pos++] = BRACE;
      out.set(b.subarray(1, b.length - 1), pos);
      pos += b.length - 2;
    });
    out.set(CLOSE, pos);
    return (this.#json = out);
  }

  /** `EventBatch.events`, each event without its `seq` (built once). */
  protoBody(): Uint8Array {
    if (this.#proto !== undefined) return this.#proto;
    const bodies = this.events.map((e) => e.protoBody());
    let n = 0;
    for (const b of bodies) n += 1 + varintLength(b.length) + b.length;
    const out = new Uint8Array(n);
    let pos = 0;
    for (const b of bodies) {
      out[pos++] = 0x12; // EventBatch.events: field 2, wire type 2
      pos = writeVarint(out, pos, b.length);
      out.set(b, pos);
      pos += b.length;
    }
    return (this.#proto = out);
  }
}
