/**
 * Encoding and decoding of frames, shared by the server and the SDK.
 *
 * Both encodings decode to the same plain objects (the proto3 JSON mapping,
 * see `messages.ts`): a binary frame is decoded with the generated static
 * code and converted with `toObject`, a JSON frame is parsed, type-checked
 * with the generated `verify` and normalised through `fromObject`/`toObject`.
 * Nothing parses `.proto` files at run time.
 */
import { jsonString, smallJsonMembers } from './small-json.js';
import { SwitchboardError } from '../core/errors.js';
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

// ---- google.protobuf.Struct as a plain object ---------------------------------------

const isPlainObject = (v: unknown): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array);

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
    case 'numberValue': return v.numberValue;
    case 'stringValue': return v.stringValue;
    case 'boolValue': return v.boolValue;
    case 'structValue': return v.structValue ? structToPlain(v.structValue as google.protobuf.Struct, depth + 1) : {};
    case 'listValue': return (v.listValue?.values ?? []).map((x) => fromValue(x as google.protobuf.Value, depth + 1));
    default: return null;
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

export type DecodedRequest =
  | { readonly ok: true; readonly request: Request }
  | { readonly ok: false; readonly id: string; readonly error: SwitchboardError };

const bad = (id: string, message: string): DecodedRequest => ({
  ok: false,
  id,
  error: new SwitchboardError('INVALID_ARGUMENT', message),
});

/** Decodes one client frame. Never throws: a bad frame gives an error to reply with. */
export function decodeRequest(data: Uint8Array, isBinary: boolean, encoding: Encoding): DecodedRequest {
  let msg: switchboard.v1.Request;
  if (encoding === 'json') {
    if (isBinary) return bad('', 'binary frame on a JSON connection (ask for subprotocol switchboard.v1.proto)');
    let obj: unknown;
    try {
      obj = JSON.parse(decoder.decode(data));
    } catch {
      return bad('', 'frame is not valid JSON');
    }
    if (!isPlainObject(obj)) return bad('', 'a request must be a JSON object');
    const id = typeof obj.id === 'string' ? obj.id : '';
    const problem = pb.Request.verify(obj);
    if (problem !== null) return bad(id, `malformed request: ${problem}`);
    // Fast path: a verified JSON object already is in the JSON mapping, so
    // take the body as is (without nulls, which proto3 JSON treats as absent)
    // instead of a fromObject/toObject round trip (5x the cost).
    let kind: RequestKind | undefined;
    for (const k in obj) {
      if (obj[k] == null || !REQUEST_KIND_SET.has(k)) continue;
      if (kind !== undefined) return bad(id, 'a request has exactly one body');
      kind = k as RequestKind;
    }
    if (id.length === 0 || id.length > 128) return bad(id, 'request id must be a string of 1..128 characters');
    if (kind === undefined) return bad(id, `unknown or missing request type (expected one of ${REQUEST_KINDS.join(', ')})`);
    // The parsed object is the body, unless it has nulls to leave out (a copy then).
    const raw = obj[kind] as JsonObject;
    let body = raw;
    for (const k in raw) {
      if (raw[k] != null) continue;
      body = {};
      for (const f in raw) if (raw[f] != null) body[f] = raw[f];
      break;
    }
    return { ok: true, request: { id, kind, body } as Request };
  } else {
    if (!isBinary) return bad('', 'text frame on a protobuf connection');
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

/** Decodes the JSON body of `POST /v1/contacts` (a `CreateContact` message). */
export function decodeCreateContactJson(
  data: Uint8Array,
): { ok: true; body: CreateContactMsg } | { ok: false; error: SwitchboardError } {
  const fail = (message: string) => ({ ok: false as const, error: new SwitchboardError('INVALID_ARGUMENT', message) });
  let obj: unknown;
  try {
    obj = JSON.parse(decoder.decode(data));
  } catch {
    return fail('body is not valid JSON');
  }
  if (!isPlainObject(obj)) return fail('body must be a JSON object');
  const problem = pb.CreateContact.verify(obj);
  if (problem !== null) return fail(`malformed contact: ${problem}`);
  try {
    return { ok: true, body: pb.CreateContact.toObject(pb.CreateContact.fromObject(obj), TO_PLAIN) as CreateContactMsg };
  } catch (e) {
    return fail(`malformed contact: ${(e as Error).message}`);
  }
}

/** Decodes the JSON body of `POST /v1/surveys` (a `SurveyAnswer` message). */
export function decodeSurveyJson(
  data: Uint8Array,
): { ok: true; body: RequestBodies['survey'] } | { ok: false; error: SwitchboardError } {
  const fail = (message: string) => ({ ok: false as const, error: new SwitchboardError('INVALID_ARGUMENT', message) });
  let obj: unknown;
  try {
    obj = JSON.parse(decoder.decode(data));
  } catch {
    return fail('body is not valid JSON');
  }
  if (!isPlainObject(obj)) return fail('body must be a JSON object');
  const problem = pb.SurveyAnswer.verify(obj);
  if (problem !== null) return fail(`malformed survey answer: ${problem}`);
  const body: RequestBodies['survey'] = { contactId: typeof obj.contactId === 'string' ? obj.contactId : '' };
  if (typeof obj.helpful === 'boolean') body.helpful = obj.helpful;
  if (typeof obj.reason === 'string') body.reason = obj.reason;
  return { ok: true, body };
}

// ---- events, encoded once per fan-out --------------------------------------------------

function varintLength(n: number): number {
  let len = 1;
  while (n >= 0x80) {
    n = Math.floor(n / 128);
    len++;
  }
  return len;
}

function writeVarint(buf: Uint8Array, pos: number, n: number): number {
  while (n >= 0x80) {
    buf[pos++] = (n % 128) | 0x80;
    n = Math.floor(n / 128);
  }
  buf[pos++] = n;
  return pos;
}

/**
 * One event going to many connections, which differ only by their sequence
 * number: the payload is encoded once per encoding, and each frame is the
 * sequence number spliced in front of it. In protobuf this works because a
 * message is the concatenation of its fields: `ServerMessage.event` (field 2,
 * length-delimited) holding `Event.seq` (field 1, varint) followed by the
 * pre-encoded `at` and payload fields.
 */
export class EventFrame<K extends EventKind = EventKind> {
  #json: string | undefined;
  #proto: Uint8Array | undefined;

  constructor(
    readonly at: number,
    readonly kind: K,
    readonly payload: EventPayloads[K],
  ) {}

  encode(seq: number, encoding: Encoding): string | Uint8Array {
    if (encoding === 'json') {
      this.#json ??= `,"at":${JSON.stringify(this.at)},${JSON.stringify(this.kind)}:${JSON.stringify(this.payload)}}}`;
      return `{"event":{"seq":"${seq}"${this.#json}`;
    }
    const body = (this.#proto ??= pb.Event.encode(pb.Event.fromObject({ at: this.at, [this.kind]: this.payload })).finish());
    const inner = 1 + varintLength(seq) + body.length;
    const out = new Uint8Array(1 + varintLength(inner) + inner);
    let pos = 0;
    out[pos++] = 0x12; // ServerMessage.event: field 2, wire type 2
    pos = writeVarint(out, pos, inner);
    out[pos++] = 0x08; // Event.seq: field 1, wire type 0
    pos = writeVarint(out, pos, seq);
    out.set(body, pos);
    return out;
  }
}
