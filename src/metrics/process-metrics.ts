/**
 * What a process exports on `/metrics` whatever its role in a cluster, so
 * that Prometheus sees every process (it adds the `instance` label itself)
 * and a dashboard can sum across them:
 *
 * - the relay's own figures: the sockets this process holds and relays to
 *   the routing leader (by role), the frames it carries each way, the HTTP
 *   requests it forwards, and how often its leader changed under it;
 * - on a follower, Node's process metrics (CPU, memory, event loop lag, GC)
 *   and `switchboard_cluster_leader 0`.
 *
 * The leader answers with its gateway's `Metrics` (routing figures, which
 * only it has: every process would otherwise count the same contacts, and
 * its `switchboard_websocket_connections` counts every client of the
 * domain, relayed ones included) followed by the relay families here (at 0
 * while it leads: it relays nothing).
 *
 * @example
 * const pm = new ProcessMetrics();
 * new FollowerRelay({ ..., observer: pm });
 * // GET /metrics on a follower:
 * res.end(await pm.render(false));
 */
import { Counter, Gauge, Registry } from 'prom-client';
import type { Role } from '../gateway/observer.js';
import { renderChunked } from './chunked-render.js';
import { LEADER_HELP, LEADER_METRIC } from './families.js';
import { registerNodeDefaults } from './node-defaults.js';

const ROLES: readonly Role[] = ['agent', 'integration', 'supervisor'];

export class ProcessMetrics {
  /** The relay's families: rendered on every process. */
  readonly relay = new Registry();
  /** Node's process metrics and the leader gauge at 0: rendered on a follower (the leader's `Metrics` has its own). */
  readonly #follower = new Registry();
  readonly #sockets: Gauge<'role'>;
  readonly #frames: Counter<'direction'>;
  readonly #http: Counter;
  readonly #leaderChanges: Counter;
  readonly #carried: Counter<'outcome'>;

  constructor(options: { readonly defaultMetrics?: boolean } = {}) {
    const registers = [this.relay];
    this.#sockets = new Gauge({
      name: 'switchboard_relay_sockets',
      help: 'WebSocket connections this process holds and relays to the routing leader, by role (0 on the leader: it serves its own).',
      labelNames: ['role'],
      registers,
    });
    this.#frames = new Counter({
      name: 'switchboard_relay_frames_total',
      help: 'Frames this process relayed: to_leader from its clients, to_client from the leader.',
      labelNames: ['direction'],
      registers,
    });
    this.#http = new Counter({
      name: 'switchboard_relay_http_requests_total',
      help: 'HTTP requests this process forwarded to the routing leader.',
      registers,
    });
    this.#leaderChanges = new Counter({
      name: 'switchboard_relay_leader_changes_total',
      help: 'Times the routing leader changed or fell silent while this process relayed to it.',
      registers,
    });
    this.#carried = new Counter({
      name: 'switchboard_relay_sockets_carried_total',
      help: 'Relayed sockets at a change of leader: kept (opened on the new leader, the client stays connected) or closed (1012/1013: it reconnects).',
      labelNames: ['outcome'],
      registers,
    });
    for (const outcome of ['kept', 'closed']) this.#carried.labels({ outcome }).inc(0);
    for (const role of ROLES) this.#sockets.labels({ role }).set(0);
    for (const direction of ['to_leader', 'to_client']) this.#frames.labels({ direction }).inc(0);
    const leader = new Gauge({ name: LEADER_METRIC, help: LEADER_HELP, registers: [this.#follower] });
    leader.set(0);
    if (options.defaultMetrics !== false) registerNodeDefaults(this.#follower);
  }

  get contentType(): string {
    return this.relay.contentType;
  }

  // ---- what the follower's relay reports (see `RelayObserver` in cluster/follower-relay.ts) ----

  socketOpened(role: Role): void {
    this.#sockets.labels({ role }).inc();
  }

  socketClosed(role: Role): void {
    this.#sockets.labels({ role }).dec();
  }

  frameToLeader(): void {
    this.#frames.labels({ direction: 'to_leader' }).inc();
  }

  frameToClient(): void {
    this.#frames.labels({ direction: 'to_client' }).inc();
  }

  httpForwarded(): void {
    this.#http.inc();
  }

  leaderChanged(): void {
    this.#leaderChanges.inc();
  }

  socketCarried(kept: boolean): void {
    this.#carried.labels({ outcome: kept ? 'kept' : 'closed' }).inc();
  }

  /**
   * The exposition: a follower's whole answer, or (leading) what follows the
   * leader's `Metrics`; rendered in slices, as the leader's (`chunked-render.ts`).
   */
  render(leading: boolean): Promise<string> {
    return renderChunked(leading ? this.relay : [this.#follower, this.relay]);
  }
}
