import t from 'tap';
import { mergeExpositions } from '../../src/metrics/merge-exposition.js';

const east = `# HELP switchboard_cluster_leader 1 on the leader.
# TYPE switchboard_cluster_leader gauge
switchboard_cluster_leader{domain="east"} 1
# HELP process_cpu_seconds_total CPU.
# TYPE process_cpu_seconds_total counter
process_cpu_seconds_total{domain="east"} 3.5
# HELP switchboard_relay_sockets Sockets relayed.
# TYPE switchboard_relay_sockets gauge
switchboard_relay_sockets{role="agent"} 0
`;
const west = east.replaceAll('east', 'west').replace('3.5', '3.6');

t.test('merge exposition - one header a family, every domain’s samples, process figures once', async (t) => {
  t.equal(
    mergeExpositions([east, west]),
    `# HELP switchboard_cluster_leader 1 on the leader.
# TYPE switchboard_cluster_leader gauge
switchboard_cluster_leader{domain="east"} 1
switchboard_cluster_leader{domain="west"} 1
# HELP process_cpu_seconds_total CPU.
# TYPE process_cpu_seconds_total counter
process_cpu_seconds_total{domain="east"} 3.5
# HELP switchboard_relay_sockets Sockets relayed.
# TYPE switchboard_relay_sockets gauge
switchboard_relay_sockets{role="agent"} 0
`,
  );
  t.equal(mergeExpositions([east]), east, 'one text stays as it is');
});
