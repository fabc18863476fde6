/**
 * Tokens: HS256 JWTs (jose) carrying the role and the principal's id in
 * `sub` (for agents, the agent id; for integrations, the integration id).
 */
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { isValidId } from '../core/ids.js';
import { SwitchboardError } from '../core/errors.js';
import { BEARER_PREFIX, type Role } from '../protocol/messages.js';

export interface Principal {
  readonly role: Role;
  /** Agent id, integration id or supervisor id. */
  readonly id: string;
  /** When the token expires (ms since the epoch), if it does. */
  readonly expiresAt?: number;
}

const ROLES = new Set<string>(['agent', 'integration', 'supervisor']);

export class TokenAuthority {
  readonly #key: Uint8Array;

  constructor(secret: string) {
    this.#key = new TextEncoder().encode(secret);
  }

  /** Signs a token for a principal, valid `ttlSeconds`. */
  async sign(p: Principal, ttlSeconds = 24 * 3600): Promise<string> {
    return new SignJWT({ role: p.role })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(p.id)
      .setIssuedAt()
      .setExpirationTime(`${Math.max(1, Math.round(ttlSeconds))}s`)
      .sign(this.#key);
  }

  /** Verifies a token; UNAUTHENTICATED when it is expired, forged or malformed. */
  async verify(token: string): Promise<Principal> {
    try {
      const { payload } = await jwtVerify(token, this.#key, { algorithms: ['HS256'] });
      const role = payload['role'];
      if (typeof role !== 'string' || !ROLES.has(role)) throw new SwitchboardError('UNAUTHENTICATED', 'token has no valid role');
      if (!isValidId(payload.sub)) throw new SwitchboardError('UNAUTHENTICATED', 'token has no valid subject');
      const p = { role: role as Role, id: payload.sub };
      return payload.exp === undefined ? p : { ...p, expiresAt: payload.exp * 1000 };
    } catch (e) {
      if (e instanceof SwitchboardError) throw e;
      const why = e instanceof joseErrors.JWTExpired ? 'token expired' : 'invalid token';
      throw new SwitchboardError('UNAUTHENTICATED', why, { cause: e });
    }
  }
}

/** The token of a request: `Authorization: Bearer`, a `bearer.<jwt>` subprotocol, or `access_token`. */
export function tokenFrom(headers: Readonly<Record<string, string>>, protocols: readonly string[], query: URLSearchParams): string | undefined {
  const auth = headers['authorization'];
  if (auth !== undefined) {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(auth);
    if (m !== null) return m[1];
  }
  const proto = protocols.find((p) => p.startsWith(BEARER_PREFIX));
  if (proto !== undefined) return proto.slice(BEARER_PREFIX.length);
  return query.get('access_token') ?? undefined;
}
