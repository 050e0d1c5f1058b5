import { pendingCommand } from './pending.js';

export default pendingCommand('scan', 'scan model files and image layers', 11);
