import { pendingCommand } from './pending.js';

export default pendingCommand('rollback', 'roll back to the stable or a given revision', 8);
