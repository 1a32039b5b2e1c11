export { mountPlayground, PLAYGROUND_PATH } from './playground';
