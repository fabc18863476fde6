/**
 * BCP 47 language tags, as far as routing needs them: a syntactic check and
 * the primary subtag (`fr-CA` -> `fr`). Matching is case-insensitive, so tags
 * are kept lower-cased for comparison.
 */
const TAG_RE = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*$/;

export function isLanguageTag(tag: unknown): tag is string {
  return typeof tag === 'string' && tag.length <= 35 && TAG_RE.test(tag);
}

export function primarySubtag(tag: string): string {
  const dash = tag.indexOf('-');
  return (dash < 0 ? tag : tag.slice(0, dash)).toLowerCase();
}
