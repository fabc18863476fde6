import t from 'tap';
import { conformance } from '../fixtures/conformance.js';

conformance(t, 'ws', 'proto');
