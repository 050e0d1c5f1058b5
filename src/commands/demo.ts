import { pendingCommand } from './pending.js';

export default pendingCommand('demo', 'run the demo against the simulated cluster', 10);
