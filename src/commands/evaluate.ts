import { pendingCommand } from './pending.js';

export default pendingCommand('evaluate', 'run the evaluation gate', 6);
