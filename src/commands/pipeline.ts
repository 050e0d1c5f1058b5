import { pendingCommand } from './pending.js';

export default pendingCommand('pipeline', 'run the pull-request or release flow', 10);
