/**
 * WebSocket close codes, in one place for the server and the SDK: the
 * RFC 6455 codes the server uses and Switchboard's own (4000-4999, the
 * range the RFC leaves to applications).
 */
export const CloseCode = {
  normal: 1000,
  /** The server is shutting down (or the page goes away). */
  goingAway: 1001,
  /** A frame broke the WebSocket protocol (e.g. an unmasked client frame). */
  protocolError: 1002,
  /** A text frame that is not UTF-8. */
  invalidPayload: 1007,
  /** Flooding past the rate limit, or another breach of the server's policy. */
  policyViolation: 1008,
  /** A frame over the size limit. */
  messageTooBig: 1009,
  /** The routing moved to another process: reconnect (RFC 6455's "service restart"). */
  leaderChanged: 1012,
  /** A limit of sockets (per principal or in all) is reached: reconnect later (RFC 6455's "try again later"). */
  tryAgainLater: 1013,
  /** Another socket logged in as the same agent. */
  sessionReplaced: 4001,
  /** Move to another process of the cluster (it holds fewer clients): the reason is its URL; reconnect there. */
  moveTo: 4010,
  /** The token the socket was opened with expired: reconnect with a fresh one. */
  tokenExpired: 4401,
} as const;
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];
