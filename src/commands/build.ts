import { pendingCommand } from './pending.js';

export default pendingCommand('build', 'build and push the model image', 5);
