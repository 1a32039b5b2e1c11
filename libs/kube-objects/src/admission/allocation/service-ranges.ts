import { SERVICE_CIDR } from '@ksb/sandboxes';
import type { AllocationRanges } from '../services/service-allocation';
import { ipRange, portRange } from './value-range';

/** The API server's --service-node-port-range default. */
export const NODE_PORT_MIN = 30000;
export const NODE_PORT_MAX = 32767;

/** Every sandbox has the same ranges: its kubernetes and kube-dns services sit at fixed addresses in them. */
export const SERVICE_RANGES: AllocationRanges = {
  ips: ipRange(SERVICE_CIDR),
  ports: portRange(NODE_PORT_MIN, NODE_PORT_MAX),
};
