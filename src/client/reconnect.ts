/**
 * How the SDK reconnects: which server the next connection goes to, how
 * long it waits before each attempt, and the loop of attempts. What an
 * attempt does (open a socket, log in again, renew a subscription) is the
 * client's, behind `ReconnectHost`.
 */

export interface ReconnectOptions {
  /** First delay; doubles on each failed attempt. Default 200 ms. */
  readonly initialDelayMs?: number;
  /** Default 10 s. */
  readonly maxDelayMs?: number;
  /** Default Infinity. */
  readonly maxAttempts?: number;
}

/**
 * The server a connection goes to: `url`, then each of `fallbackUrls` in
 * turn after a failed attempt, or where the server moved the client (close
 * 4010, a less loaded process of the cluster) until an attempt there fails.
 */
export class ServerChoice {
  readonly #bases: readonly string[];
  /** Which of the bases the next connection uses; moves on after a failed attempt. */
  #index = 0;
  #movedTo: string | null = null;

  constructor(url: string, fallbackUrls: readonly string[] = []) {
    this.#bases = [url, ...fallbackUrls];
  }

  /** The base URL the next connection goes to. */
  get current(): string {
    return this.#movedTo ?? (this.#bases[this.#index % this.#bases.length] as string);
  }

  /** The server asked the client to move (close 4010; `reason` holds the URL). A reason that is no ws:// or wss:// URL is ignored. */
  moveTo(reason: string): void {
    this.#movedTo = moveTarget(reason);
  }

  /** An attempt at `current` failed: a failed move goes back to the configured URLs, where it was; else the next one. */
  failed(): void {
    if (this.#movedTo !== null) this.#movedTo = null;
    else this.#index++;
  }
}

/**
 * The wait before reconnect attempt `attempt` (from 1): a ceiling that
 * doubles from `initialDelayMs` up to `maxDelayMs`, with "equal jitter"
 * (half fixed, half random), so clients spread out but never retry at once.
 */
export function backoffDelay(attempt: number, options: ReconnectOptions, random: () => number = Math.random): number {
  const ceiling = Math.min(options.maxDelayMs ?? 10_000, (options.initialDelayMs ?? 200) * 2 ** (attempt - 1));
  return ceiling / 2 + random() * (ceiling / 2);
}

/**
 * What one reconnect attempt came to: `resumed` (done), `failed` (try again
 * at the next server), `refused` (give up: more attempts cannot help).
 */
export type AttemptOutcome = 'resumed' | 'failed' | 'refused';

/** What the reconnect loop needs of the client. */
export interface ReconnectHost {
  /** True once the user closed the client: no more attempts. */
  closed(): boolean;
  /** Connects to `servers.current` and resumes the session there. */
  attempt(attempt: number): Promise<AttemptOutcome>;
}

/** Runs the attempts after a dropped connection, one loop at a time. */
export class Reconnector {
  readonly #options: ReconnectOptions;
  readonly #servers: ServerChoice;
  readonly #host: ReconnectHost;
  #running = false;
  /** Ends the current wait between attempts (see `stop`). */
  #wake: (() => void) | null = null;

  constructor(options: ReconnectOptions, servers: ServerChoice, host: ReconnectHost) {
    this.#options = options;
    this.#servers = servers;
    this.#host = host;
  }

  /** Ends a wait between attempts now: the client was closed, and `run` stops (its timer would keep the process up). */
  stop(): void {
    this.#wake?.();
  }

  #sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => done(), ms);
      const done = (): void => {
        clearTimeout(timer);
        this.#wake = null;
        resolve();
      };
      this.#wake = done;
    });
  }

  /** True while attempts run. */
  get running(): boolean {
    return this.#running;
  }

  /** Tries until an attempt resumes, one is refused, the attempts run out or the client is closed; a second call meanwhile does nothing. */
  async run(): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    const attempts = this.#options.maxAttempts ?? Infinity;
    try {
      for (let attempt = 1; attempt <= attempts && !this.#host.closed(); attempt++) {
        await this.#sleep(backoffDelay(attempt, this.#options));
        if (this.#host.closed()) return;
        const outcome = await this.#host.attempt(attempt);
        if (outcome === 'resumed') return;
        this.#servers.failed();
        if (outcome === 'refused') return;
      }
    } finally {
      this.#running = false;
    }
  }
}

/** The URL of a move (close 4010's reason), or null when it is not a ws:// or wss:// URL. */
function moveTarget(reason: string): string | null {
  try {
    const u = new URL(reason);
    return u.protocol === 'ws:' || u.protocol === 'wss:' ? u.origin.replace(/^http/, 'ws') : null;
  } catch {
    return null;
  }
}
