export * from './kubelet.module';
export * from './kubelet.controller';
export * from './agents/node-agents.repository';
export * from './agents/node-agents.service';
export * from './timing/kubelet-timings';
export * from './stages/pod-stages';
export * from './images/image-reference';
