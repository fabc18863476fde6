/**
 * An integration socket's first event (seq 0): where its stream stands
 * (integration-streams.ts). On a resume, the events it missed follow at
 * once, in order, before any live one (the gateway runs this within the
 * open, so nothing can come between); when they are no longer kept, a
 * snapshot of its live contacts instead. With a store they queue behind
 * what waits for it, like every frame.
 */
import type { Router } from '../core/router.js';
import { EventFrame } from '../protocol/codec.js';
import { contactToMsg } from '../protocol/convert.js';
import type { ContactRegistry } from './contact-registry.js';
import type { FrameOut } from './frame-out.js';
import type { IntegrationStreams } from './integration-streams.js';
import type { Session } from './session.js';

export interface StreamOpenDeps {
  readonly streams: IntegrationStreams;
  readonly registry: ContactRegistry;
  readonly router: Pick<Router, 'contact'>;
  readonly out: FrameOut;
}

/** Opens the integration's stream on its new socket `s`, from `resumeAfter` when it asks to resume. */
export function openIntegrationStream(d: StreamOpenDeps, s: Session, resumeAfter: number | undefined): void {
  const last = d.streams.lastOf(s.principal);
  if (resumeAfter === undefined) {
    d.out.numbered(s, new EventFrame(Date.now(), 'streamOpened', { lastSeq: String(last) }), 0);
    return;
  }
  const r = d.streams.since(s.principal, resumeAfter);
  if (r.ok) {
    s.log.info({ resumeAfter, lastSeq: r.last, replayed: r.events.length }, 'integration stream resumed');
    d.out.numbered(s, new EventFrame(Date.now(), 'streamOpened', { lastSeq: String(r.last), resumedAfter: String(resumeAfter), replayed: r.events.length }), 0);
    for (const e of r.events) d.out.numbered(s, e.frame, e.seq);
    return;
  }
  const contacts = [];
  for (const { contactId, externalId } of d.registry.liveOf(s.principal)) {
    const c = d.router.contact(contactId);
    if (c !== undefined) contacts.push(contactToMsg(c, externalId));
  }
  s.log.warn({ resumeAfter, lastSeq: r.last, contacts: contacts.length, why: r.reason }, 'integration stream cannot be resumed: snapshot sent');
  const payload = {
    lastSeq: String(r.last),
    resumedAfter: String(resumeAfter),
    error: { code: 'OUT_OF_RANGE', message: r.reason, reason: 'RESUME_OUT_OF_RANGE' },
    contacts,
  };
  d.out.numbered(s, new EventFrame(Date.now(), 'streamOpened', payload), 0);
}
