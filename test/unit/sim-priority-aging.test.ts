/**
 * DESIGN §3.1, issue 21: strict priority starves a low priority behind a
 * stream of higher ones unless steps raise it after a wait. The demo config
 * has that shape (bot hand-offs 3, cancellations 1, support 5, one team), so
 * its steps must raise priority; run on the simulator (the real core on
 * virtual time), a standard support chat no longer waits out 120 bot
 * hand-offs served by the same agent.
 */
import t from 'tap';
import { demoConfig } from '../../src/config/demo.js';
import { parseConfig } from '../../src/config/schema.js';
import { parseScenario } from '../../src/sim/scenario-schema.js';
import { runReplication, type ContactOutcome } from '../../src/sim/simulator.js';

/** 120 bot hand-offs every 20 s from 08:00 (faster than one agent's 3 chat slots clear them); one support chat at 08:05:10, when hand-offs already wait. */
function trace(): string {
  const lines = ['arrival,queue,channel,handleSeconds,intent'];
  for (let i = 0; i < 120; i++) lines.push(`${i * 20},support-en,chat,60,billing-question`);
  lines.push('310,support-en,chat,60,');
  return lines.join('\n');
}

function supportWait(config: unknown): ContactOutcome {
  const parsed = parseConfig(config);
  const scenario = parseScenario(
    {
      day: { start: '08:00', end: '10:00', intervalMinutes: 60 },
      defaults: { patience: 'none', wrapUp: { dist: 'fixed', value: 30 } },
      trace: { file: 'day.csv' },
      agents: [{ group: 'en', count: 1, profile: 'alice' }],
    },
    parsed,
    { readFile: () => trace() },
  );
  const out: ContactOutcome[] = [];
  runReplication(parsed, scenario, 1, { onContact: (c) => out.push(c), announce: false });
  const support = out.filter((c) => c.arrival === 8 * 3600 + 310);
  if (support.length !== 1) throw new Error(`expected one support chat, got ${support.length}`);
  return support[0]!;
}

/** The demo config without the steps that raise priority. */
function withoutAging(): unknown {
  return {
    ...demoConfig,
    queues: demoConfig.queues.map((q) => ({ ...q, steps: ('steps' in q ? q.steps : []).filter((s) => !('priority' in s)) })),
  };
}

t.test('sim - demo config: a priority-5 support chat is not starved by a stream of priority-3 bot hand-offs', async (t) => {
  const starved = supportWait(withoutAging());
  t.ok(starved.wait > 45 * 60, `without the steps it waits out the hand-offs (${Math.round(starved.wait)} s)`);
  const aged = supportWait(demoConfig);
  t.equal(aged.outcome, 'answered');
  // Raised to 3 at 08:07:10 with its arrival of 08:05:10, it goes after the
  // hand-offs that arrived before it, and before every later one.
  t.ok(aged.wait >= 120 && aged.wait <= 300, `with them it is served once raised (${Math.round(aged.wait)} s)`);
});
