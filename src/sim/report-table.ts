/**
 * The figures as plain-text tables for a terminal: per row, per agent group,
 * the announced wait against the real one, and the staffing search's result.
 * Means over the replications, with ± the half-width of the 95 % CI where
 * there are several.
 */
import type { Estimate } from './statistics.js';
import type { RowFigures, SimulationFigures } from './figures.js';
import type { StaffingResult } from './staffing.js';

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const ci = (e: Estimate, f: (x: number) => string): string => (e.ci95 === null ? f(e.mean) : `${f(e.mean)} ±${f(e.ci95)}`);
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const sec = (x: number): string => `${x < 10 ? x.toFixed(1) : Math.round(x).toString()}s`;
const num = (x: number): string => (x < 10 ? x.toFixed(1) : Math.round(x).toString());
const show = (e: Estimate | null, f: (x: number) => string, withCi = false): string => (e === null ? '-' : withCi ? ci(e, f) : f(e.mean));
const pctCi = (x: number): string => (x * 100).toFixed(1);

function label(r: RowFigures): string {
  if (r.kind === 'floor') return 'floor';
  return r.key.replace('|', ' ');
}

export function renderTables(f: SimulationFigures): string {
  const parts: string[] = [];
  parts.push(
    `${f.scenario}: ${f.replications} replication${f.replications === 1 ? '' : 's'}, seed ${f.seed}, ${Math.round(f.contactsSimulated)} contacts simulated per replication`,
  );
  const main = f.rows.filter((r) => r.kind !== 'cell');
  parts.push(
    table(
      ['', 'contacts', 'service level', 'target', 'ASA', 'mean wait', 'p90 wait', 'abandoned', 'P(wait)', 'occupancy', 'handled/agent'],
      main.map((r) => [
        label(r),
        show(r.contacts, num),
        r.serviceLevel === null ? '-' : ci(r.serviceLevel, pctCi) + '%',
        r.target === null ? '' : `${Math.round(r.target.target * 100)}/${r.target.thresholdSeconds}s`,
        show(r.asa, sec, true),
        show(r.meanWait, sec),
        show(r.p90Wait, sec),
        show(r.abandonRate, pct),
        show(r.pWait, pct),
        show(r.occupancy, pct),
        show(r.handledPerAgent, num),
      ]),
    ),
  );
  const cells = tierComparisons(f);
  if (cells.length > 0) {
    parts.push(
      'Prime vs standard, like for like (same queue and channel):\n' +
        table(
          ['queue / channel', 'tier', 'contacts', 'service level', 'ASA', 'p90 wait', 'abandoned'],
          cells.map((r) => {
            const [q, ch, t] = r.key.split('|').map((p) => p.slice(p.indexOf(':') + 1));
            return [
              `${q} / ${ch}`,
              t!,
              show(r.contacts, num),
              r.serviceLevel === null ? '-' : ci(r.serviceLevel, pctCi) + '%',
              show(r.asa, sec, true),
              show(r.p90Wait, sec),
              show(r.abandonRate, pct),
            ];
          }),
        ),
    );
  }
  const extras = main.filter((r) => (r.refused?.mean ?? 0) > 0 || (r.unserved?.mean ?? 0) > 0 || (r.callbacks?.mean ?? 0) > 0 || (r.voicemails?.mean ?? 0) > 0);
  if (extras.length > 0) {
    parts.push(
      table(
        ['', 'refused (queue full)', 'unserved at the end', 'callbacks', 'voicemails'],
        extras.map((r) => [label(r), show(r.refused, num), show(r.unserved, num), show(r.callbacks, num), show(r.voicemails, num)]),
      ),
    );
  }
  parts.push(
    table(
      ['agent group', 'agents', 'occupancy', 'handled/agent', 'staffed hours/agent'],
      f.agentGroups.map((g) => [g.group, String(g.agents), show(g.occupancy, pct, true), show(g.handledPerAgent, num), show(g.staffedHours, num)]),
    ),
  );
  const announced = [...main.filter((r) => r.kind !== 'channel'), ...tierComparisons(f)].filter((r) => r.announcedMae !== null);
  if (announced.length > 0) {
    parts.push(
      'Announced wait (what createContact would return) against the wait then had, answered contacts that waited:\n' +
        table(
          ['', 'bias (announced - real)', 'bias / mean wait', 'mean abs. error', 'RMSE', 'p90 abs. error', 'within 80 % bound', 'told "no agents"'],
          announced.map((r) => [
            label(r).replace('|', ' '),
            show(r.announcedBias, sec, true),
            show(r.announcedBiasShare, pct),
            show(r.announcedMae, sec),
            show(r.announcedRmse, sec),
            show(r.announcedP90Error, sec),
            show(r.announcedCoverage, pct),
            show(r.announcedNoAgents, num),
          ]),
        ),
    );
  }
  return parts.join('\n\n') + '\n';
}

/** The queue x channel x tier rows of every queue and channel that has contacts of several tiers. */
export function tierComparisons(f: SimulationFigures): RowFigures[] {
  const cells = f.rows.filter((r) => r.kind === 'cell');
  const prefix = (r: RowFigures) => r.key.slice(0, r.key.lastIndexOf('|'));
  const count = new Map<string, number>();
  for (const r of cells) count.set(prefix(r), (count.get(prefix(r)) ?? 0) + 1);
  return cells.filter((r) => count.get(prefix(r))! > 1);
}

export function renderStaffing(s: StaffingResult): string {
  const parts: string[] = [];
  const t = `${Math.round(s.target.target * 100)}/${s.target.thresholdSeconds}`;
  parts.push(
    `Staffing for ${t} (${Math.round(s.target.target * 100)} % answered within ${s.target.thresholdSeconds} s in every queue): ${s.met ? 'met' : 'NOT met within the search budget'}, ${s.evaluations} simulated days`,
  );
  parts.push(
    table(
      ['agent group', 'in the scenario', 'needed (simulated)', 'paid hours/agent'],
      s.groups.map((g) => [g.group, String(g.before), String(g.after), num(g.shiftHours)]),
    ),
  );
  parts.push(
    table(
      ['queue', `service level at ${t}`],
      s.serviceLevels.map((q) => [q.queue, q.serviceLevel === null ? '-' : pct(q.serviceLevel)]),
    ),
  );
  parts.push(
    "Erlang C's answer (each queue and channel alone, each interval in steady state, no abandons, breaks or shared agents):\n" +
      table(
        ['queue', 'channel', 'handle+wrap', 'peak agents', 'agent-hours'],
        s.erlangC.map((e) => [e.queue, e.channel, sec(e.meanHandleSeconds), String(e.peakAgents), num(e.agentHours)]),
      ),
  );
  parts.push(
    `Agent-hours: simulated staffing ${num(s.simulatedAgentHours)}, Erlang C ${num(s.erlangCAgentHours)} (Erlang C's hours follow the traffic interval by interval; shifts cannot).`,
  );
  return parts.join('\n\n') + '\n';
}
