/** What the simulated cluster reports about itself (kubectl version, node info). */
export const KUBERNETES_VERSION = 'v1.32.2';
export const CONTAINER_RUNTIME_VERSION = 'containerd://1.7.24';
export const OS_IMAGE = 'Debian GNU/Linux 12 (bookworm)';
export const KERNEL_VERSION = '6.1.0-28-cloud-amd64';

export const SERVICE_CIDR = '10.96.0.0/12';
export const KUBERNETES_SERVICE_IP = '10.96.0.1';
export const DNS_SERVICE_IP = '10.96.0.10';
/** Node i (0-based) gets pod CIDR 10.244.i.0/24 and address 172.18.0.(i+2), as kind lays out its nodes. */
export const podCidrOf = (index: number): string => `10.244.${index}.0/24`;
export const nodeAddressOf = (index: number): string => `172.18.0.${index + 2}`;
