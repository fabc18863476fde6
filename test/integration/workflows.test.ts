import t from 'tap';
import { workflowConformance } from '../fixtures/workflow-conformance.js';
import { ENCODINGS, TRANSPORTS } from '../fixtures/server.js';

for (const transport of TRANSPORTS) for (const encoding of ENCODINGS) workflowConformance(t, transport, encoding);
