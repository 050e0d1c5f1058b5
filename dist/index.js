import { runAction } from './model-deploy.js';

await runAction();
