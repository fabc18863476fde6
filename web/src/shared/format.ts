/** `m:ss`, or `h:mm:ss` past an hour, of a duration in milliseconds (negative counts as 0). */
export function duration(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

/** Language tag as a name in the UI's language, e.g. `fr-CA` -> "français (Canada)". */
export function languageName(tag: string, uiLang: string): string {
  try {
    return new Intl.DisplayNames([uiLang], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export function clockTime(at: number, uiLang: string): string {
  return new Date(at).toLocaleTimeString(uiLang, { hour: '2-digit', minute: '2-digit' });
}

export function dateTime(at: number, uiLang: string): string {
  return new Date(at).toLocaleString(uiLang, { dateStyle: 'short', timeStyle: 'short' });
}
