import { pendingCommand } from './pending.js';

export default pendingCommand('place', 'check that the release fits the cluster GPUs', 7);
