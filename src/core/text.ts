/**
 * Text limits count characters (Unicode code points), as the README and the
 * error messages say: not UTF-16 units, which count an emoji twice.
 */

/** Whether `s` has at most `max` characters; counts only when its UTF-16 length could be over. */
export function withinChars(s: string, max: number): boolean {
  if (s.length <= max) return true;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A high surrogate followed by a low one is one character.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    if (++n > max) return false;
  }
  return true;
}
