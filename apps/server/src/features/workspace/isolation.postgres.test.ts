import { describeIsolation } from '../../test/isolation-suite.js';

describeIsolation('postgres');
