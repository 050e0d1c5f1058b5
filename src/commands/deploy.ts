import { pendingCommand } from './pending.js';

export default pendingCommand('deploy', 'canary rollout with analysis and automatic rollback', 8);
