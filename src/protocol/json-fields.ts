/**
 * Field names of the JSON a client sends, as a proto3 JSON parser reads
 * them: a field may be spelt by its JSON name (`externalId`, what the SDK
 * and the server write) or by its name in the .proto (`external_id`), and
 * a field the message does not have is ignored (dropped), as the binary
 * encoding ignores an unknown field number. So a client written against a
 * newer schema still talks to this server, and an integrator who copied the
 * .proto's names is understood.
 *
 * The names come from `generated/json-names.js`, written from the .proto by
 * `npm run proto`. Free-form values (`context`, a Struct; maps such as
 * `skills`) are taken as they are.
 */
import { JSON_NAMES } from './generated/json-names.js';
import type { JsonObject } from './messages.js';

interface Field {
  /** The name the rest of the code reads: the JSON (lowerCamelCase) name. */
  readonly json: string;
  /** The message type of a message-typed field, whose own fields are read the same way. */
  readonly type: MessageFields | undefined;
  readonly repeated: boolean;
}

/** A message type's fields by every name a parser accepts. A Map: a `__proto__` key is a key like any other. */
export type MessageFields = ReadonlyMap<string, Field>;

const TYPES = new Map<string, Map<string, Field>>();
for (const name of Object.keys(JSON_NAMES)) TYPES.set(name, new Map());
for (const [name, fields] of Object.entries(JSON_NAMES)) {
  const byName = TYPES.get(name)!;
  for (const [protoName, json, type, repeated] of fields) {
    const field: Field = { json, type: type === null ? undefined : TYPES.get(type), repeated };
    byName.set(json, field);
    byName.set(protoName, field);
  }
}

/** The fields of a client message type, e.g. `switchboard.v1.CreateContact`. */
export function messageFields(typeName: string): MessageFields {
  const t = TYPES.get(typeName);
  if (t === undefined) throw new Error(`no client message type ${typeName}`);
  return t;
}

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * `o` with its fields under their JSON names and without unknown fields, at
 * every level of message-typed fields. Returns `o` itself when it already
 * is so (the usual case: nothing is copied), a copy otherwise, or a problem
 * (a field given under both its names: `"createContact.externalId: given twice
 * (externalId and external_id)"`, relative to `o`). Values of the wrong type
 * are left for the generated `verify` to refuse.
 */
export function normalizeFields(o: JsonObject, fields: MessageFields): JsonObject | string {
  let out: JsonObject | undefined;
  for (const k in o) {
    const f = fields.get(k);
    if (f === undefined) {
      out ??= copyBefore(o, k);
      continue;
    }
    const v = o[k];
    let value = v;
    if (f.type !== undefined) {
      if (f.repeated && Array.isArray(v)) {
        let items: unknown[] | undefined;
        for (let i = 0; i < v.length; i++) {
          const item: unknown = v[i];
          if (!isObject(item)) continue;
          const n = normalizeFields(item, f.type);
          if (typeof n === 'string') return `${f.json}.${i}.${n}`;
          if (n !== item) (items ??= [...v])[i] = n;
        }
        if (items !== undefined) value = items;
      } else if (!f.repeated && isObject(v)) {
        const n = normalizeFields(v, f.type);
        if (typeof n === 'string') return `${f.json}.${n}`;
        value = n;
      }
    }
    if (out === undefined && f.json === k && value === v) continue;
    out ??= copyBefore(o, k);
    if (Object.hasOwn(out, f.json)) return `${f.json}: given twice (${f.json} and ${k === f.json ? otherName(fields, f) : k})`;
    out[f.json] = value;
  }
  return out ?? o;
}

/** The fields of `o` before `k` (all already under their JSON names, or `out` would exist). */
function copyBefore(o: JsonObject, k: string): JsonObject {
  const out: JsonObject = {};
  for (const key in o) {
    if (key === k) break;
    out[key] = o[key];
  }
  return out;
}

/** The .proto name of a field, for the message about a field given twice. */
function otherName(fields: MessageFields, f: Field): string {
  for (const [name, g] of fields) if (g === f && name !== f.json) return name;
  return f.json;
}
