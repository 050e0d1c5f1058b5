import { pendingCommand } from './pending.js';

export default pendingCommand('plan', 'plan the pipeline tasks as a staged DAG', 4);
