/**
 * Supervisor requests: a snapshot then the live stream of every event, and
 * actions on agents and contacts.
 */
import { SwitchboardError } from '../../core/errors.js';
import type { Request } from '../../protocol/messages.js';
import type { RequestContext, ResultBody } from './request-context.js';
import { denied, ok, presenceOf, required, reasonFrom } from './request-helpers.js';
import type { Session } from '../session.js';
import { DEFAULT_SNAPSHOT_CONTACTS, MAX_SNAPSHOT_CONTACTS, snapshot } from './supervisor-snapshot.js';

export function handleSupervisorRequest(ctx: RequestContext, s: Session, req: Request): ResultBody {
  switch (req.kind) {
    case 'ping':
      return { pong: { time: ctx.now() } };
    case 'subscribe': {
      const limit = req.body.contactsLimit ?? 0;
      if (!Number.isInteger(limit) || limit < 0 || limit > MAX_SNAPSHOT_CONTACTS) {
        throw new SwitchboardError(
          'INVALID_ARGUMENT',
          `contactsLimit must be an integer 1..${MAX_SNAPSHOT_CONTACTS} (0: the default, ${DEFAULT_SNAPSHOT_CONTACTS})`,
        );
      }
      s.subscribed = true;
      return { snapshot: snapshot(ctx, limit === 0 ? DEFAULT_SNAPSHOT_CONTACTS : limit) };
    }
    case 'forcePresence': {
      const b = req.body;
      const agentId = required(b.agentId, 'agentId');
      const presence = presenceOf(b.presence);
      if (presence === 'away' && b.reason !== undefined) reasonFrom(ctx.config.awayReasons, b.reason, 'away reason', ['supervisor']);
      ctx.exec((r) => r.setPresence(agentId, presence, b.reason ?? (presence === 'away' ? 'supervisor' : undefined)));
      return ok;
    }
    case 'forceLogout': {
      const agentId = required(req.body.agentId, 'agentId');
      ctx.exec((r) => r.logoutAgent(agentId, { force: true }));
      return ok;
    }
    case 'updateContact': {
      const b = req.body;
      const id = required(b.contactId, 'contactId');
      if (b.priority === undefined && b.queueId === undefined) {
        throw new SwitchboardError('INVALID_ARGUMENT', 'give a priority, a queueId or both');
      }
      const change: { priority?: number; queueId?: string } = {};
      if (b.priority !== undefined) change.priority = b.priority;
      if (b.queueId !== undefined) change.queueId = b.queueId;
      ctx.exec((r) => r.updateContact(id, change));
      return ok;
    }
    default:
      throw denied(`${req.kind} is not a supervisor request`);
  }
}
