/**
 * Cuts a serialized snapshot into the parts a compaction writes one call at
 * a time. Parts end on character boundaries: a surrogate pair (an emoji in a
 * customer's name, say) is never split, since each part is encoded to UTF-8
 * on its own.
 */
export function* snapshotParts(json: string, maxChars: number): Generator<string> {
  const size = Math.max(2, maxChars);
  for (let at = 0; at < json.length;) {
    let end = Math.min(json.length, at + size);
    const last = json.charCodeAt(end - 1);
    if (end < json.length && last >= 0xd800 && last <= 0xdbff) end--;
    yield json.slice(at, end);
    at = end;
  }
}
