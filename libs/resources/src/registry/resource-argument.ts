/** One way to read the part after the first dot: a group, or a version then a group. */
export interface ResourceQualifier {
  group: string;
  version?: string;
}

export interface ResourceArgument {
  /** Lower-cased resource, singular, short name or kind. */
  resource: string;
  /** Empty when the argument names no group. */
  qualifiers: ResourceQualifier[];
}

/**
 * schema.ParseResourceArg: "deployments.apps" names a group; "deployments.v1.apps" may also name version v1
 * of group apps, so both readings are kept and the lookup takes whichever exists.
 */
export function parseResourceArgument(argument: string): ResourceArgument {
  const lower = argument.trim().toLowerCase();
  const dot = lower.indexOf('.');
  if (dot === -1) return { resource: lower, qualifiers: [] };
  const resource = lower.slice(0, dot);
  const rest = lower.slice(dot + 1);
  const qualifiers: ResourceQualifier[] = [{ group: rest }];
  const second = rest.indexOf('.');
  if (second !== -1) qualifiers.push({ version: rest.slice(0, second), group: rest.slice(second + 1) });
  return { resource, qualifiers };
}
