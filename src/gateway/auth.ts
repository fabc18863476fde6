/**
 * Tokens: HS256 JWTs carrying the role and the principal's id in `sub`
 * (for agents, the agent id; for integrations, the integration id).
 *
 * `sign` uses jose. `verifySync` checks HS256 with `node:crypto` on the
 * calling thread: jose verifies through WebCrypto, a thread-pool round
 * trip per call, which made every WebSocket upgrade asynchronous (and
 * asynchronous upgrades are where uWebSockets.js 20.30 has its bug; see
 * src/gateway/uws/uws-transport.ts). It accepts exactly the standard
 * compact JWTs that jose and other libraries produce and verify.
 */
import { createHmac, createSecretKey, timingSafeEqual, type KeyObject } from 'node:crypto';
import { SignJWT } from 'jose';
import { isValidId } from '../core/ids.js';
import { fail, type SwitchboardError } from '../core/errors.js';
import { BEARER_PREFIX, type Role } from '../protocol/messages.js';

export interface Principal {
  readonly role: Role;
  /** Agent id, integration id or supervisor id. */
  readonly id: string;
  /** When the token expires (ms since the epoch), if it does. */
  readonly expiresAt?: number;
}

const ROLES = new Set<string>(['agent', 'integration', 'supervisor']);

/** Unpadded base64url (RFC 7515 §2); a length of 4n+1 encodes nothing. */
const BASE64URL = /^[A-Za-z0-9_-]*$/;
/** Malformed UTF-8 is refused, not replaced (as jose does). */
const UTF8 = new TextDecoder('utf-8', { fatal: true });
const HS256_BYTES = 32;

export class TokenAuthority {
  readonly #key: Uint8Array;
  readonly #hmacKey: KeyObject;

  constructor(secret: string) {
    this.#key = new TextEncoder().encode(secret);
    this.#hmacKey = createSecretKey(this.#key);
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

  /** `verifySync`, for callers that await. */
  async verify(token: string): Promise<Principal> {
    return this.verifySync(token);
  }

  /**
   * Verifies a token on the calling thread; UNAUTHENTICATED when it is
   * expired, forged or malformed. Only `alg: "HS256"` is accepted (never
   * `none`, never an algorithm named by the token against our key), a
   * `crit` header is refused (we understand no extension), and the claims
   * are checked as jose's `jwtVerify` does: `exp`, `nbf` and `iat` numeric
   * when present, `nbf` not in the future, `exp` in the future, no clock
   * tolerance. `exp` is optional, as with jose; our tokens always carry it.
   */
  verifySync(token: string): Principal {
    const parts = token.split('.');
    if (parts.length !== 3) throw invalidToken();
    const [h, p, s] = parts as [string, string, string];
    const header = jsonObject(h);
    if (header === undefined || header['alg'] !== 'HS256' || header['crit'] !== undefined) throw invalidToken();
    const payloadBytes = base64url(p);
    const signature = base64url(s);
    if (payloadBytes === undefined || signature === undefined) throw invalidToken();
    // The signing input is ASCII (checked by `base64url`); its length is no secret.
    const expected = createHmac('sha256', this.#hmacKey)
      .update(token.slice(0, h.length + 1 + p.length))
      .digest();
    if (signature.byteLength !== HS256_BYTES || !timingSafeEqual(signature, expected)) throw invalidToken();
    const claims = jsonObject(payloadBytes);
    if (claims === undefined) throw invalidToken();
    const { exp, nbf, iat } = claims;
    if ((exp !== undefined && typeof exp !== 'number') || (nbf !== undefined && typeof nbf !== 'number') || (iat !== undefined && typeof iat !== 'number')) {
      throw invalidToken();
    }
    const now = Math.floor(Date.now() / 1000);
    if (nbf !== undefined && nbf > now) throw invalidToken();
    if (exp !== undefined && exp <= now) throw fail('TOKEN_EXPIRED', 'token expired');
    const role = claims['role'];
    if (typeof role !== 'string' || !ROLES.has(role)) throw fail('TOKEN_INVALID', 'token has no valid role');
    const sub = claims['sub'];
    if (!isValidId(sub)) throw fail('TOKEN_INVALID', 'token has no valid subject');
    const principal = { role: role as Role, id: sub };
    return exp === undefined ? principal : { ...principal, expiresAt: exp * 1000 };
  }
}

const invalidToken = (): SwitchboardError => fail('TOKEN_INVALID', 'invalid token');

/** Strict base64url: Node's decoder skips characters outside the alphabet, which would let a token be spelled many ways. */
function base64url(part: string): Buffer | undefined {
  if (part.length % 4 === 1 || !BASE64URL.test(part)) return undefined;
  return Buffer.from(part, 'base64url');
}

/** A JSON object (not an array, not null) from base64url text or bytes. */
function jsonObject(encoded: string | Buffer): Record<string, unknown> | undefined {
  const bytes = typeof encoded === 'string' ? base64url(encoded) : encoded;
  if (bytes === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(UTF8.decode(bytes));
  } catch {
    return undefined;
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
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
