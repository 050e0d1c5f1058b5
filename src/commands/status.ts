import { pendingCommand } from './pending.js';

export default pendingCommand('status', 'show the rollout state in the cluster', 8);
