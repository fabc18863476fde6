import t from 'tap';
import { conformance } from '../fixtures/conformance.js';

conformance(t, 'uws', 'json');
