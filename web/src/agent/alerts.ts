/**
 * How an offer reaches an agent whose eyes are elsewhere: a ring generated
 * with WebAudio (no sound file), the tab's title and icon, and a desktop
 * notification when the browser allows them. An agent who lets offers ring
 * out is set away after a few (`missedOffersLimit`): these make sure an
 * offer is noticed in another tab or window.
 *
 * Browsers start audio only after the page had a user gesture: the audio
 * context is created, or resumed, at the first click or key press (signing
 * in counts); until then the title, icon and notification still work.
 */

const SOUND_KEY = 'switchboard.agent.sound';

/** The tab icons: none (the page's own), an offer ringing, an offer missed. */
const ICONS = {
  idle: 'data:,',
  ringing: `data:image/svg+xml,${encodeURIComponent("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'><circle cx='8' cy='8' r='7' fill='#1f7a3a'/></svg>")}`,
  missed: `data:image/svg+xml,${encodeURIComponent("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'><circle cx='8' cy='8' r='7' fill='#c0392b'/></svg>")}`,
} as const;

export type TabSignal = keyof typeof ICONS;

type AudioContextCtor = new () => AudioContext;

export class OfferAlerts {
  #audio: AudioContext | undefined;
  #sound: boolean;
  readonly #notifications = new Map<string, Notification>();
  readonly #unlock = (): void => {
    void this.#context()?.resume();
  };

  constructor() {
    this.#sound = localStorage.getItem(SOUND_KEY) !== 'off';
    window.addEventListener('pointerdown', this.#unlock, { capture: true });
    window.addEventListener('keydown', this.#unlock, { capture: true });
  }

  /** Stops listening and closes what it opened. */
  dispose(): void {
    window.removeEventListener('pointerdown', this.#unlock, { capture: true });
    window.removeEventListener('keydown', this.#unlock, { capture: true });
    for (const n of this.#notifications.values()) n.close();
    this.#notifications.clear();
    void this.#audio?.close();
  }

  get sound(): boolean {
    return this.#sound;
  }

  set sound(on: boolean) {
    this.#sound = on;
    localStorage.setItem(SOUND_KEY, on ? 'on' : 'off');
  }

  /** `granted`, `denied` or `default` (not asked yet); `unsupported` without the API. */
  get permission(): NotificationPermission | 'unsupported' {
    return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
  }

  /** Asks the browser for desktop notifications (call it from a click). */
  async askPermission(): Promise<NotificationPermission | 'unsupported'> {
    if (typeof Notification === 'undefined') return 'unsupported';
    return Notification.requestPermission();
  }

  #context(): AudioContext | undefined {
    if (this.#audio === undefined) {
      const w = window as { AudioContext?: AudioContextCtor; webkitAudioContext?: AudioContextCtor };
      const Ctor = w.AudioContext ?? w.webkitAudioContext;
      if (Ctor === undefined) return undefined;
      this.#audio = new Ctor();
    }
    return this.#audio;
  }

  /** Two short rising tones, like a desk phone. */
  ring(): void {
    if (!this.#sound) return;
    const ctx = this.#context();
    if (ctx === undefined) return;
    void ctx.resume().catch(() => {});
    const t0 = ctx.currentTime + 0.01;
    for (const [i, freq] of [660, 880].entries()) {
      const start = t0 + i * 0.22;
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = 'sine';
      osc.frequency.value = freq;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.25, start + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.18);
      osc.connect(gain).connect(ctx.destination);
      osc.start(start);
      osc.stop(start + 0.2);
    }
  }

  /** A desktop notification when allowed; a click brings the desktop forward. `tag` names it for `close`. */
  notify(tag: string, title: string, body: string): void {
    if (this.permission !== 'granted') return;
    try {
      const n = new Notification(title, { body, tag });
      n.onclick = () => {
        window.focus();
        n.close();
      };
      this.#notifications.get(tag)?.close();
      this.#notifications.set(tag, n);
    } catch {
      // Some browsers only allow notifications from a service worker: the title and sound remain.
    }
  }

  /** Closes the notification of `tag` (the offer was taken or is gone). */
  close(tag: string): void {
    this.#notifications.get(tag)?.close();
    this.#notifications.delete(tag);
  }

  /** The tab's title (`base`, after `prefix` when given) and icon. */
  tab(base: string, prefix: string | undefined, signal: TabSignal): void {
    document.title = prefix === undefined ? base : `${prefix} · ${base}`;
    let link = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
    if (link === null) {
      link = document.createElement('link');
      link.rel = 'icon';
      document.head.append(link);
    }
    link.href = ICONS[signal];
    link.dataset['signal'] = signal;
  }
}
