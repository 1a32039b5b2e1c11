import type { FieldSpec, MessageName, MessageTable, ScalarType } from './field-spec';
import { APPS_V1 } from './tables/apps-v1';
import { AUTHENTICATION_V1 } from './tables/authentication-v1';
import { AUTHORIZATION_V1 } from './tables/authorization-v1';
import { AUTOSCALING_V1 } from './tables/autoscaling-v1';
import { BATCH_V1 } from './tables/batch-v1';
import { CERTIFICATES_V1 } from './tables/certificates-v1';
import { CORE_V1_CONTAINER } from './tables/core-v1-container';
import { CORE_V1_ENV } from './tables/core-v1-env';
import { CORE_V1_OBJECTS } from './tables/core-v1-objects';
import { CORE_V1_POD } from './tables/core-v1-pod';
import { CORE_V1_POD_STATUS } from './tables/core-v1-pod-status';
import { CORE_V1_PROBE } from './tables/core-v1-probe';
import { CORE_V1_SCHEDULING } from './tables/core-v1-scheduling';
import { CORE_V1_SERVICE } from './tables/core-v1-service';
import { CORE_V1_VOLUME } from './tables/core-v1-volume';
import { CORE_V1_VOLUME_LEGACY } from './tables/core-v1-volume-legacy';
import { META_V1 } from './tables/meta-v1';
import { NETWORKING_V1 } from './tables/networking-v1';
import { POLICY_V1 } from './tables/policy-v1';
import { RBAC_V1 } from './tables/rbac-v1';
import { SCHEDULING_V1 } from './tables/scheduling-v1';

/** What one field holds: a scalar, or a message decoded by its own descriptor. */
export type ValueType = { readonly scalar: ScalarType } | { readonly message: MessageName };

export interface FieldDescriptor {
  readonly number: number;
  readonly name: string;
  /** For maps, the type of the values. */
  readonly value: ValueType;
  readonly cardinality: 'single' | 'repeated' | 'map';
  readonly pointer: boolean;
  readonly inline: boolean;
}

export interface MessageDescriptor {
  readonly name: MessageName;
  /** In declaration (Go struct) order, which is the key order kubectl's JSON has. */
  readonly fields: readonly FieldDescriptor[];
  readonly byNumber: ReadonlyMap<number, FieldDescriptor>;
}

/**
 * The tables were read mechanically off the FileDescriptorProtos kubectl 1.32 embeds (field numbers, types, and
 * gogoproto nullable=false, which marks Go value fields, so the rest of the scalars are pointers), with inline
 * fields from the `json:",inline"` struct tags in the same binary, and spot-checked against upstream
 * generated.proto. Only messages reachable from PROTOBUF_KINDS are included (the registry spec checks that).
 */
const TABLES: readonly MessageTable[] = [
  META_V1,
  CORE_V1_OBJECTS,
  CORE_V1_SERVICE,
  CORE_V1_POD,
  CORE_V1_POD_STATUS,
  CORE_V1_CONTAINER,
  CORE_V1_ENV,
  CORE_V1_PROBE,
  CORE_V1_SCHEDULING,
  CORE_V1_VOLUME,
  CORE_V1_VOLUME_LEGACY,
  APPS_V1,
  BATCH_V1,
  RBAC_V1,
  AUTHORIZATION_V1,
  AUTHENTICATION_V1,
  AUTOSCALING_V1,
  CERTIFICATES_V1,
  NETWORKING_V1,
  POLICY_V1,
  SCHEDULING_V1,
];

const SCALARS: ReadonlySet<string> = new Set<ScalarType>(['string', 'bytes', 'bool', 'int32', 'int64']);

const isScalar = (type: string): type is ScalarType => SCALARS.has(type);

const valueType = (type: ScalarType | MessageName): ValueType =>
  isScalar(type) ? { scalar: type } : { message: type };

function fieldDescriptor([number, name, type, ...flags]: FieldSpec): FieldDescriptor {
  const isMap = type.startsWith('map:');
  return {
    number,
    name,
    value: valueType(
      isMap ? (type.slice('map:'.length) as ScalarType | MessageName) : (type as ScalarType | MessageName),
    ),
    cardinality: isMap ? 'map' : flags.includes('repeated') ? 'repeated' : 'single',
    pointer: flags.includes('pointer'),
    inline: flags.includes('inline'),
  };
}

function compile(tables: readonly MessageTable[]): ReadonlyMap<string, MessageDescriptor> {
  const registry = new Map<string, MessageDescriptor>();
  for (const table of tables) {
    for (const [name, specs] of Object.entries(table) as [MessageName, readonly FieldSpec[]][]) {
      const fields = specs.map(fieldDescriptor);
      registry.set(name, { name, fields, byNumber: new Map(fields.map((field) => [field.number, field])) });
    }
  }
  return registry;
}

const REGISTRY = compile(TABLES);

/** Every message with a table (for tests that check the tables are complete and consistent). */
export const allMessageDescriptors = (): MessageDescriptor[] => [...REGISTRY.values()];

export function messageDescriptor(name: MessageName): MessageDescriptor {
  const descriptor = REGISTRY.get(name);
  // Tables reference each other by name; a miss is a bug in the tables, which the registry spec catches.
  if (!descriptor) throw new Error(`no protobuf message table for ${name}`);
  return descriptor;
}
