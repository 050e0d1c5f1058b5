import { pendingCommand } from './pending.js';

export default pendingCommand('sim', 'start the simulated GPU cluster', 3);
