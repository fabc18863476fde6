/**
 * Encoding and decoding of frames, shared by the server and the SDK.
 *
 * Both encodings decode to the same plain objects (the proto3 JSON mapping,
 * see `messages.ts`): a binary frame is decoded with the generated static
 * code and converted with `toObject`, a JSON frame is parsed, its fields
 * read by either of their names with unknown ones dropped (`json-fields.ts`),
 * and type-checked with the generated `verify`. Nothing parses `.proto` files
 * at run time.
 */
import { messageFields, normalizeFields, type MessageFields } from './json-fields.js';
import { jsonString, smallJsonMembers } from './small-json.js';
import { fail, type SwitchboardError } from '../core/errors.js';
import { google, switchboard } from './generated/switchboard.js';
import {
  REQUEST_KINDS,
  type CreateContactMsg,
  type Encoding,
  type EventKind,
  type EventPayloads,
  type JsonObject,
  type Request,
  type RequestBodies,
  type RequestKind,
  type ServerMessage,
} from './messages.js';

const pb = switchboard.v1;

/** `toObject` options that give the proto3 JSON mapping. */
const TO_PLAIN = { longs: String, enums: String, bytes: String, defaults: false, json: true } as const;

const MAX_DEPTH = 32;
const REQUEST_KIND_SET = new Set<string>(REQUEST_KINDS);
const decoder = new TextDecoder('utf-8', { fatal: true });
const PROTO_KEY = new TextEncoder().encode('__proto__');

/** Whether `needle` occurs in `hay` (no Buffer: this module also runs in browsers). */
function containsBytes(hay: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0]!;
  for (let i = hay.indexOf(first); i >= 0 && i + needle.length <= hay.length; i = hay.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && hay[i + j] === needle[j]) j++;
    if (j === needle.length) return true;
  }
  return false;
}

// ---- google.protobuf.Struct as a plain object ---------------------------------------

const isPlainObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array);

function toValue(v: unknown, depth: number): google.protobuf.Value {
  if (depth > MAX_DEPTH) throw new TypeError('context: nested too deeply');
  if (v === null || v === undefined) return google.protobuf.Value.create({ nullValue: google.protobuf.NullValue.NULL_VALUE });
  if (typeof v === 'number') return google.protobuf.Value.create({ numberValue: v });
  if (typeof v === 'string') return google.protobuf.Value.create({ stringValue: v });
  if (typeof v === 'boolean') return google.protobuf.Value.create({ boolValue: v });
  if (Array.isArray(v)) {
    return google.protobuf.Value.create({ listValue: google.protobuf.ListValue.create({ values: v.map((x) => toValue(x, depth + 1)) }) });
  }
  if (isPlainObject(v)) return google.protobuf.Value.create({ structValue: structFromPlain(v, depth + 1) });
  throw new TypeError(`context: unsupported value of type ${typeof v}`);
}

function fromValue(v: google.protobuf.Value, depth: number): unknown {
  if (depth > MAX_DEPTH) throw new TypeError('context: nested too deeply');
  switch (v.kind) {
    case 'numberValue':
      return v.numberValue;
    case 'stringValue':
      return v.stringValue;
    case 'boolValue':
      return v.boolValue;
    case 'structValue':
      return v.structValue ? structToPlain(v.structValue as google.protobuf.Struct, depth + 1) : {};
    case 'listValue':
      return (v.listValue?.values ?? []).map((x) => fromValue(x as google.protobuf.Value, depth + 1));
    default:
      return null;
  }
}

function structFromPlain(o: JsonObject, depth: number): google.protobuf.Struct {
  const fields: Record<string, google.protobuf.Value> = {};
  for (const [k, v] of Object.entries(o)) fields[k] = toValue(v, depth);
  return google.protobuf.Struct.create({ fields });
}

function structToPlain(s: google.protobuf.Struct, depth: number): JsonObject {
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(s.fields ?? {})) out[k] = fromValue(v as google.protobuf.Value, depth);
  return out;
}

function jsonDepthOk(v: unknown, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  if (Array.isArray(v)) return v.every((x) => jsonDepthOk(x, depth + 1));
  if (isPlainObject(v)) return Object.values(v).every((x) => jsonDepthOk(x, depth + 1));
  return true;
}

/**
 * The generated static code has no special JSON mapping for `Struct` (the
 * reflection runtime only wraps `Any`), so it would expose `{fields: {k:
 * {stringValue}}}`. The proto3 JSON mapping of a Struct is a plain object:
 * swap in converters that give exactly that. The generated code reaches
 * these through `$root.google.protobuf.Struct.*` at call time, so replacing
 * the static methods is enough.
 */
function installStructJsonMapping(): void {
  const S = google.protobuf.Struct as unknown as {
    fromObject(o: unknown): unknown;
    toObject(m: unknown): unknown;
    verify(o: unknown): string | null;
  };
  S.fromObject = (o: unknown) => {
    if (o instanceof google.protobuf.Struct) return o;
    if (!isPlainObject(o)) throw new TypeError('context: object expected');
    return structFromPlain(o, 0);
  };
  S.toObject = (m: unknown) => structToPlain(m as google.protobuf.Struct, 0);
  S.verify = (o: unknown) => (isPlainObject(o) ? (jsonDepthOk(o, 0) ? null : 'nested too deeply') : 'object expected');
}
installStructJsonMapping();

// ---- requests -----------------------------------------------------------------------

export type DecodedRequest = { readonly ok: true; readonly request: Request } | { readonly ok: false; readonly id: string; readonly error: SwitchboardError };

const bad = (id: string, message: string): DecodedRequest => ({
  ok: false,
  id,
  error: fail('MALFORMED_REQUEST', message),
});

/** Decodes one client frame. Never throws: a bad frame gives an error to reply with. */
export function decodeRequest(data: Uint8Array, isBinary: boolean, encoding: Encoding): DecodedRequest {
  let msg: switchboard.v1.Request;
  if (encoding === 'json') {
    if (isBinary) return bad('', 'binary frame on a JSON connection (ask for subprotocol switchboard.v1.proto)');
    let text: string;
    try {
      text = decoder.decode(data);
    } catch {
      return bad('', 'frame is not valid JSON');
    }
    return decodeEnvelope(text) ?? decodeJsonRequest(text);
  } else {
    if (!isBinary) return bad('', 'text frame on a protobuf connection');
    // The generated decoder sets map entries on plain objects, where a
    // `__proto__` key vanishes (a skill so named would be dropped unseen).
    if (containsBytes(data, PROTO_KEY)) {
      return bad(peekRequestId(data, true, 'proto'), 'malformed request: "__proto__" cannot be a key (a skill name, a context field)');
    }
    try {
      msg = pb.Request.decode(data);
    } catch (e) {
      return bad('', `malformed protobuf frame: ${(e as Error).message}`);
    }
  }
  const id = msg.id;
  if (id.length === 0 || id.length > 128) return bad(id, 'request id must be a string of 1..128 characters');
  const kind = msg.body;
  if (kind === undefined || !REQUEST_KIND_SET.has(kind)) {
    return bad(id, `unknown or missing request type (expected one of ${REQUEST_KINDS.join(', ')})`);
  }
  let plain: Record<string, unknown>;
  try {
    plain = pb.Request.toObject(msg, TO_PLAIN);
  } catch (e) {
    return bad(id, `malformed request: ${(e as Error).message}`);
  }
  const body = (plain[kind] ?? {}) as RequestBodies[RequestKind];
  return { ok: true, request: { id, kind, body } as Request };
}

/**
 * The parsed body as the request's body: itself, or a copy without its null
 * fields (proto3 JSON reads null as absent) when it has some. The copy
 * defines its keys, so a `__proto__` key stays a key: assigned, it would
 * set the copy's prototype and slip unverified fields in behind it.
 */
function withoutNulls(raw: JsonObject): JsonObject {
  for (const k in raw) {
    if (raw[k] == null) return Object.fromEntries(Object.entries(raw).filter(([, v]) => v != null));
  }
  return raw;
}

/**
 * A JSON request in any form JSON allows: parsed whole, type-checked with
 * the generated `Request.verify`. What `decodeRequest` does with a frame
 * `decodeEnvelope` leaves (and the reference its fast path is tested against).
 */
export function decodeJsonRequest(text: string): DecodedRequest {
  let obj: unknown;
  try {
    obj = JSON.parse(text);
  } catch {
    return bad('', 'frame is not valid JSON');
  }
  if (!isPlainObject(obj)) return bad('', 'a request must be a JSON object');
  const id = typeof obj.id === 'string' ? obj.id : '';
  const named = normalizeFields(obj, REQUEST_FIELDS);
  if (typeof named === 'string') return bad(id, `malformed request: ${named}`);
  const problem = pb.Request.verify(named);
  if (problem !== null) return bad(id, `malformed request: ${problem}`);
  // Fast path: a verified JSON object already is in the JSON mapping, so
  // take the body as is (without nulls, which proto3 JSON treats as absent)
  // instead of a fromObject/toObject round trip (5x the cost).
  let kind: RequestKind | undefined;
  for (const k in named) {
    if (named[k] == null || !REQUEST_KIND_SET.has(k)) continue;
    if (kind !== undefined) return bad(id, 'a request has exactly one body');
    kind = k as RequestKind;
  }
  if (id.length === 0 || id.length > 128) return bad(id, 'request id must be a string of 1..128 characters');
  if (kind === undefined) return bad(id, `unknown or missing request type (expected one of ${REQUEST_KINDS.join(', ')})`);
  // The generated `verify` takes an array for a message (it is an object): a body is a JSON object.
  if (!isPlainObject(named[kind])) return bad(id, `malformed request: ${kind}: object expected`);
  return { ok: true, request: { id, kind, body: withoutNulls(named[kind] as JsonObject) } as Request };
}

const REQUEST_FIELDS = messageFields('switchboard.v1.Request');

/** The generated `verify` of each request body's message type: what `Request.verify` runs on the body present. */
const BODY_TYPES: { readonly [K in RequestKind]: { verify(message: { [k: string]: unknown }, depth?: number): string | null } } = {
  ping: pb.Ping,
  login: pb.Login,
  setPresence: pb.SetPresence,
  accept: pb.AcceptOffer,
  reject: pb.RejectOffer,
  complete: pb.CompleteContact,
  finishWrapUp: pb.FinishWrapUp,
  logout: pb.Logout,
  recordWrapUp: pb.RecordWrapUp,
  transfer: pb.Transfer,
  cancelTransfer: pb.ContactRef,
  escalate: pb.Escalate,
  scheduleFollowUp: pb.ScheduleFollowUp,
  createContact: pb.CreateContact,
  abandon: pb.ContactRef,
  connected: pb.ContactRef,
  hold: pb.ContactRef,
  unhold: pb.ContactRef,
  end: pb.ContactRef,
  position: pb.ContactRef,
  survey: pb.SurveyAnswer,
  requestCallback: pb.CallbackRequest,
  callbackFailed: pb.ContactRef,
  subscribe: pb.Subscribe,
  forcePresence: pb.ForcePresence,
  forceLogout: pb.ForceLogout,
  updateContact: pb.UpdateContact,
  snapshotPage: pb.SnapshotPage,
  getContact: pb.ContactRef,
  endContact: pb.EndContact,
  removeContact: pb.RemoveContact,
  assignContact: pb.AssignContact,
  listFollowUps: pb.ListFollowUps,
  cancelFollowUp: pb.CancelFollowUp,
  rescheduleFollowUp: pb.RescheduleFollowUp,
};

/** The kinds by their first character, with their body types: found in the frame without cutting the kind out of it. */
const KINDS_BY_FIRST = new Map<
  number,
  readonly { readonly kind: RequestKind; readonly type: (typeof BODY_TYPES)[RequestKind]; readonly fields: MessageFields }[]
>();
for (const kind of REQUEST_KINDS) {
  const first = kind.charCodeAt(0);
  const fields = REQUEST_FIELDS.get(kind)?.type;
  if (fields === undefined) throw new Error(`request kind ${kind} is not a field of Request`);
  KINDS_BY_FIRST.set(first, [...(KINDS_BY_FIRST.get(first) ?? []), { kind, type: BODY_TYPES[kind], fields }]);
}

const ID_PREFIX = '{"id":"';
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const CLOSE_BRACE = 0x7d;

/**
 * A request in the form the SDKs write it, `{"id":"…","<kind>":{…}}`, read
 * around its body: only the body is parsed (not at all when it is `{}`) and
 * checked against its own type, which spares the envelope's objects, its
 * interned keys and `Request.verify`'s look at every other kind (a third of
 * the instructions the gateway spends on a ping). Anything else (whitespace,
 * another key order, an escape in the id or kind, an unknown kind, a body
 * that is not one JSON object, an id out of bounds) gives `undefined`, and
 * `decodeJsonRequest` then decides: the result is always exactly its result
 * (property-tested against it; exported for that test).
 */
export function decodeEnvelope(text: string): DecodedRequest | undefined {
  const n = text.length;
  if (text.charCodeAt(n - 1) !== CLOSE_BRACE || !text.startsWith(ID_PREFIX)) return undefined;
  let i = ID_PREFIX.length;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) break;
    if (c === BACKSLASH || c < 0x20) return undefined;
  }
  const idLength = i - ID_PREFIX.length;
  if (idLength === 0 || idLength > 128 || text.charCodeAt(i + 1) !== 0x2c || text.charCodeAt(i + 2) !== QUOTE) return undefined;
  const kindAt = i + 3;
  const kindEnd = text.indexOf('"', kindAt);
  // `":{` after the kind; the body runs to the last `}`, which closes the envelope.
  if (kindEnd < 0 || text.charCodeAt(kindEnd + 1) !== 0x3a || text.charCodeAt(kindEnd + 2) !== 0x7b) return undefined;
  const candidates = KINDS_BY_FIRST.get(text.charCodeAt(kindAt));
  if (candidates === undefined) return undefined;
  let known: (typeof candidates)[number] | undefined;
  for (const c of candidates) {
    if (c.kind.length === kindEnd - kindAt && text.startsWith(c.kind, kindAt)) {
      known = c;
      break;
    }
  }
  if (known === undefined) return undefined;
  const kind = known.kind;
  const id = text.slice(ID_PREFIX.length, i);
  const bodyAt = kindEnd + 2;
  let body: JsonObject;
  if (bodyAt + 3 === n && text.charCodeAt(bodyAt + 1) === CLOSE_BRACE) body = {};
  else {
    // Not one JSON object (a second key after the body, a truncated frame):
    // the general path says what is wrong with it.
    try {
      body = JSON.parse(text.slice(bodyAt, n - 1)) as JsonObject;
    } catch {
      return undefined;
    }
    const named = normalizeFields(body, known.fields);
    if (typeof named === 'string') return bad(id, `malformed request: ${kind}.${named}`);
    body = named;
  }
  const problem = known.type.verify(body, 1);
  if (problem !== null) return bad(id, `malformed request: ${kind}.${problem}`);
  return { ok: true, request: { id, kind, body: withoutNulls(body) } as Request };
}

/** A JSON envelope's id, read from the frame's first bytes: `{ "id" : "…"`. */
const JSON_ID = /^\s*\{\s*"id"\s*:\s*"([^"\\\u0000-\u001f]{1,128})"/;
const latin1 = new TextDecoder('latin1');

/**
 * The request id of a frame that will not be decoded (over the size limit,
 * or refused by the rate limit), read from its first bytes only: the id a
 * JSON client writes first (`{"id":"7",…`), or protobuf field 1 (encoders
 * write fields in number order). '' when the envelope cannot be read that
 * way; the reply then carries an empty id, as for an unreadable frame.
 */
export function peekRequestId(data: Uint8Array, isBinary: boolean, encoding: Encoding): string {
  if (encoding === 'json') {
    if (isBinary) return '';
    const m = JSON_ID.exec(latin1.decode(data.subarray(0, 256)));
    if (m === null) return '';
    // Read as latin1 to never fail on a cut character: keep ids that are plain ASCII, as ids almost always are.
    const id = m[1]!;
    return /^[\x20-\x7e]+$/.test(id) ? id : '';
  }
  if (!isBinary || data.length < 2 || data[0] !== 0x0a) return '';
  const n = data[1]!;
  if (n === 0 || n > 127 || data.length < 2 + n) return '';
  try {
    return decoder.decode(data.subarray(2, 2 + n));
  } catch {
    return '';
  }
}

/** Encodes a request (SDK side). */
export function encodeRequest<K extends RequestKind>(id: string, kind: K, body: RequestBodies[K], encoding: Encoding): string | Uint8Array {
  const obj = { id, [kind]: body };
  if (encoding === 'json') return JSON.stringify(obj);
  return pb.Request.encode(pb.Request.fromObject(obj)).finish();
}

// ---- server messages ------------------------------------------------------------------

/** Encodes a server message; plain objects must already be in the JSON mapping. */
export function encodeServerMessage(msg: ServerMessage, encoding: Encoding): string | Uint8Array {
  if (encoding === 'json') return JSON.stringify(msg);
  return pb.ServerMessage.encode(pb.ServerMessage.fromObject(msg)).finish();
}

/**
 * Encodes a reply: `{reply: {id, ...result}}`, or `{reply: {id, error}}`.
 * The JSON is put together around the result's (written by `smallJson` when
 * small) rather than a spread copy stringified whole: that was a quarter of
 * the gateway's time answering pings.
 */
export function encodeReply(id: string, result: object, encoding: Encoding): string | Uint8Array {
  if (encoding !== 'json') return encodeServerMessage({ reply: { id, ...result } } as ServerMessage, encoding);
  const members = smallJsonMembers(result) ?? JSON.stringify(result).slice(1, -1);
  return members.length === 0 ? `{"reply":{"id":${jsonString(id)}}}` : `{"reply":{"id":${jsonString(id)},${members}}}`;
}

/** Decodes a server frame (SDK side). Throws on garbage: the server does not send it. */
export function decodeServerMessage(data: Uint8Array | string, isBinary: boolean): ServerMessage {
  if (!isBinary) {
    const text = typeof data === 'string' ? data : decoder.decode(data);
    return JSON.parse(text) as ServerMessage;
  }
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  return pb.ServerMessage.toObject(pb.ServerMessage.decode(bytes), TO_PLAIN) as ServerMessage;
}

type Decoded<T> = { ok: true; body: T } | { ok: false; error: SwitchboardError };

/**
 * An HTTP JSON body as the message `type` (field names in either JSON
 * spelling, checked by protobuf's verify): the named fields, or why not,
 * each message saying `what` it is.
 */
function decodeJsonBody(data: Uint8Array, type: 'CreateContact' | 'SurveyAnswer', what: string): Decoded<Record<string, unknown>> {
  const refuse = (message: string) => ({ ok: false as const, error: fail('MALFORMED_REQUEST', message) });
  let obj: unknown;
  try {
    obj = JSON.parse(decoder.decode(data));
  } catch {
    return refuse('body is not valid JSON');
  }
  if (!isPlainObject(obj)) return refuse('body must be a JSON object');
  const named = normalizeFields(obj, messageFields(`switchboard.v1.${type}`));
  if (typeof named === 'string') return refuse(`malformed ${what}: ${named}`);
  const problem = pb[type].verify(named);
  if (problem !== null) return refuse(`malformed ${what}: ${problem}`);
  return { ok: true, body: named };
}

/** Decodes the JSON body of `POST /v1/contacts` (a `CreateContact` message). */
export function decodeCreateContactJson(data: Uint8Array): Decoded<CreateContactMsg> {
  const named = decodeJsonBody(data, 'CreateContact', 'contact');
  if (!named.ok) return named;
  try {
    return { ok: true, body: pb.CreateContact.toObject(pb.CreateContact.fromObject(named.body), TO_PLAIN) as CreateContactMsg };
  } catch (e) {
    return { ok: false, error: fail('MALFORMED_REQUEST', `malformed contact: ${(e as Error).message}`) };
  }
}

/** Decodes the JSON body of `POST /v1/surveys` (a `SurveyAnswer` message). */
export function decodeSurveyJson(data: Uint8Array): Decoded<RequestBodies['survey']> {
  const named = decodeJsonBody(data, 'SurveyAnswer', 'survey answer');
  if (!named.ok) return named;
  const n = named.body;
  const body: RequestBodies['survey'] = { contactId: typeof n.contactId === 'string' ? n.contactId : '' };
  if (typeof n.helpful === 'boolean') body.helpful = n.helpful;
  if (typeof n.reason === 'string') body.reason = n.reason;
  return { ok: true, body };
}

// ---- events, encoded once per fan-out --------------------------------------------------

export function varintLength(n: number): number {
  let len = 1;
  while (n >= 0x80) {
    n = Math.floor(n / 128);
    len++;
  }
  return len;
}

export function writeVarint(buf: Uint8Array, pos: number, n: number): number {
  while (n >= 0x80) {
    buf[pos++] = (n % 128) | 0x80;
    n = Math.floor(n / 128);
  }
  buf[pos++] = n;
  return pos;
}

const utf8 = new TextEncoder();
/** `{"event":{"seq":"`: the head of a JSON event frame, before its sequence number. */
const JSON_HEAD = utf8.encode('{"event":{"seq":"');
/** `{"batch":{"firstSeq":"`: the head of a JSON event batch, before its first sequence number. */
const BATCH_HEAD = utf8.encode('{"batch":{"firstSeq":"');

/** Decimal digits of a non-negative integer. */
function digits(n: number): number {
  let len = 1;
  while (n >= 10) {
    n = Math.floor(n / 10);
    len++;
  }
  return len;
}

/**
 * One event going to many connections, which differ only by their sequence
 * number: the payload is encoded once per encoding, and each frame is the
 * sequence number spliced in front of it. In protobuf this works because a
 * message is the concatenation of its fields: `ServerMessage.event` (field 2,
 * length-delimited) holding `Event.seq` (field 1, varint) followed by the
 * pre-encoded `at` and payload fields. In JSON the body is the text after
 * the sequence number (`,"at":…}}}`), kept as UTF-8 bytes.
 *
 * `numbered` gives a connection its frame without joining the two: a small
 * `NumberedEvent` that the transport writes into a buffer of its own as it
 * sends (see `ComposedFrame` in `gateway/transport.ts`). Joined per socket,
 * an event to 50 supervisors was 50 copies of its body, held until the end
 * of the event-loop turn: the young generation's collections copied them and
 * promoted what a long turn kept (issue 20).
 */
export class EventFrame<K extends EventKind = EventKind> {
  #json: Uint8Array | undefined;
  #proto: Uint8Array | undefined;

  constructor(
    readonly at: number,
    readonly kind: K,
    readonly payload: EventPayloads[K],
    /** Who caused it (see `Event.actor`), if a supervisor or integration did. */
    readonly actor?: string,
  ) {}

  /** The frame with sequence number `seq`, to be written by the transport. */
  numbered(seq: number, encoding: Encoding): NumberedEvent {
    return encoding === 'json' ? new NumberedEvent(this.jsonBody(), seq, false) : new NumberedEvent(this.protoBody(), seq, true);
  }

  /** The frame with sequence number `seq`, joined: a string in JSON, bytes in protobuf. */
  encode(seq: number, encoding: Encoding): string | Uint8Array {
    return this.numbered(seq, encoding).join();
  }

  /** The JSON text after the sequence number, as UTF-8 (encoded once). */
  jsonBody(): Uint8Array {
    if (this.#json === undefined) {
      const actor = this.actor === undefined ? '' : `,"actor":${JSON.stringify(this.actor)}`;
      this.#json = utf8.encode(`,"at":${JSON.stringify(this.at)}${actor},${JSON.stringify(this.kind)}:${JSON.stringify(this.payload)}}}`);
    }
    return this.#json;
  }

  /** `Event` without its `seq`: `at`, `actor` and the payload (encoded once). */
  protoBody(): Uint8Array {
    return (this.#proto ??= pb.Event.encode(
      pb.Event.fromObject(
        this.actor === undefined ? { at: this.at, [this.kind]: this.payload } : { at: this.at, actor: this.actor, [this.kind]: this.payload },
      ),
    ).finish());
  }
}

/**
 * One connection's frame of an `EventFrame`: the shared body and this
 * connection's sequence number, joined only when written. Shaped as the
 * transport port's `ComposedFrame` (this module does not know the gateway).
 */
export class NumberedEvent {
  constructor(
    readonly body: Uint8Array,
    readonly seq: number,
    /** Protobuf (a binary frame), or JSON (text). */
    readonly binary: boolean,
    /** An `EventBatch` (`ServerMessage.batch`) whose `first_seq` is `seq`, rather than one `Event`. */
    readonly batch = false,
  ) {}

  get byteLength(): number {
    if (!this.binary) return (this.batch ? BATCH_HEAD : JSON_HEAD).length + digits(this.seq) + 1 + this.body.length;
    const inner = 1 + varintLength(this.seq) + this.body.length;
    return 1 + varintLength(inner) + inner;
  }

  /** Writes the frame's bytes at `offset` of `target` (room for `byteLength` there); returns the offset after them. */
  writeTo(target: Uint8Array, offset: number): number {
    let pos = offset;
    if (!this.binary) {
      const head = this.batch ? BATCH_HEAD : JSON_HEAD;
      target.set(head, pos);
      pos += head.length;
      let n = this.seq;
      const end = pos + digits(n);
      for (let i = end - 1; i >= pos; i--) {
        target[i] = 0x30 + (n % 10);
        n = Math.floor(n / 10);
      }
      pos = end;
      target[pos++] = QUOTE;
    } else {
      target[pos++] = this.batch ? 0x1a : 0x12; // ServerMessage.batch (field 3) or .event (field 2), wire type 2
      pos = writeVarint(target, pos, 1 + varintLength(this.seq) + this.body.length);
      target[pos++] = 0x08; // Event.seq or EventBatch.first_seq: field 1, wire type 0
      pos = writeVarint(target, pos, this.seq);
    }
    target.set(this.body, pos);
    return pos + this.body.length;
  }

  /** The whole frame: a string in JSON, bytes in protobuf. */
  join(): string | Uint8Array {
    const out = new Uint8Array(this.byteLength);
    this.writeTo(out, 0);
    return this.binary ? out : decoder.decode(out);
  }
}
