/** Small pieces both pages use: language picker, connection banner, error list, ticking clock, figure cell. */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { LANGUAGES, useT, type Language } from './i18n.js';

export function LanguagePicker(props: { lang: Language; onChange: (lang: Language) => void }) {
  const t = useT();
  return (
    <label class="lang">
      {t('lang.label')}{' '}
      <select value={props.lang} onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value as Language)}>
        {LANGUAGES.map((l) => (
          <option value={l} key={l}>
            {t(`lang.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

export type ConnectionState = 'connected' | 'reconnecting' | 'restored' | 'failed';

/** A banner while the connection is down, and briefly once it is back. */
export function ConnectionBanner(props: { state: ConnectionState; detail?: string }) {
  const t = useT();
  if (props.state === 'connected') return null;
  const text = props.state === 'reconnecting' ? t('conn.lost') : props.state === 'restored' ? t('conn.back') : (props.detail ?? t('conn.failed'));
  return (
    <div class={`banner banner-${props.state}`} role={props.state === 'restored' ? 'status' : 'alert'} data-testid="connection-banner">
      {text}
    </div>
  );
}

export function ErrorList(props: { errors: readonly { id: number; text: string }[]; onDismiss: (id: number) => void }) {
  const t = useT();
  if (props.errors.length === 0) return null;
  return (
    <ul class="errors" role="alert">
      {props.errors.map((e) => (
        <li key={e.id}>
          <span>{e.text}</span>
          <button type="button" class="link" onClick={() => props.onDismiss(e.id)}>
            {t('error.dismiss')}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Re-renders the caller every `ms`: countdowns and times in state. */
export function useNow(ms = 500): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(id);
  }, [ms]);
  return now;
}

/** Error messages with ids, for `ErrorList`. */
export function useErrors(): [readonly { id: number; text: string }[], (text: string) => void, (id: number) => void] {
  const [errors, setErrors] = useState<readonly { id: number; text: string }[]>([]);
  const add = (text: string) => setErrors((es) => [...es.slice(-3), { id: Date.now() + Math.random(), text }]);
  const dismiss = (id: number) => setErrors((es) => es.filter((e) => e.id !== id));
  return [errors, add, dismiss];
}

/** A table cell holding a figure: right-aligned (`num`), with its test id, and a state class (`big`, `warn`, `bad`) when given. */
export function NumCell(props: { id?: string; tone?: string; children: ComponentChildren }) {
  return (
    <td class={props.tone ? `num ${props.tone}` : 'num'} data-testid={props.id}>
      {props.children}
    </td>
  );
}
