import { maxLenError } from './messages';

// content.IsValidPortNum and IsValidPortName: container, service and probe ports.

export function inclusiveRangeError(low: number, high: number): string {
  return `must be between ${String(low)} and ${String(high)}, inclusive`;
}

export function portNumberErrors(port: number): string[] {
  return Number.isInteger(port) && port >= 1 && port <= 65535 ? [] : [inclusiveRangeError(1, 65535)];
}

const PORT_NAME_MAX_LENGTH = 15;

/** IANA service names: what named container ports and targetPorts must be. */
export function portNameErrors(name: string): string[] {
  const errors: string[] = [];
  if (name.length > PORT_NAME_MAX_LENGTH) errors.push(maxLenError(PORT_NAME_MAX_LENGTH));
  if (!/^[-a-z0-9]+$/.test(name)) {
    errors.push('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)');
  }
  if (!/[a-z]/.test(name)) errors.push('must contain at least one letter (a-z)');
  if (name.includes('--')) errors.push('must not contain consecutive hyphens');
  if (name.startsWith('-') || name.endsWith('-')) errors.push('must not begin or end with a hyphen');
  return errors;
}
