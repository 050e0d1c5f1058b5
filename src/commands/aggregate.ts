import { pendingCommand } from './pending.js';

export default pendingCommand('aggregate', 'aggregate federated checkpoints', 9);
