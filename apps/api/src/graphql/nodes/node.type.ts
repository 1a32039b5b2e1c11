import { Field, ObjectType } from '@nestjs/graphql';
import { at, list } from '@ksb/resources';
import type { KubeObject } from '@ksb/store';
import { Connection } from '../common/connection';
import { Condition, conditionsOf, metaOf, ObjectMeta, optionalText } from '../common/object-meta.type';
import { JsonScalar } from '../scalars/json.scalar';

@ObjectType('Node')
export class NodeObject {
  /** For field resolvers (not in the schema). */
  sandboxId!: string;
  @Field(() => ObjectMeta) metadata!: ObjectMeta;
  @Field({
    description: 'As kubectl shows STATUS: Ready, NotReady, Unknown, with ",SchedulingDisabled" when cordoned.',
  })
  status!: string;
  @Field() ready!: boolean;
  @Field() unschedulable!: boolean;
  @Field(() => [String], { description: 'From node-role.kubernetes.io/<role> labels.' }) roles!: string[];
  @Field(() => String, { nullable: true }) internalIP!: string | null;
  @Field(() => String, { nullable: true }) podCIDR!: string | null;
  @Field(() => String, { nullable: true }) kubeletVersion!: string | null;
  @Field(() => JsonScalar) capacity!: unknown;
  @Field(() => JsonScalar) allocatable!: unknown;
  @Field(() => JsonScalar) taints!: unknown;
  @Field(() => [Condition]) conditions!: Condition[];
  @Field(() => JsonScalar) json!: KubeObject;
}

@ObjectType()
export class NodeConnection extends Connection(NodeObject) {}

const ROLE_LABEL = 'node-role.kubernetes.io/';

export function toNode(node: KubeObject, sandboxId: string): NodeObject {
  const conditions = conditionsOf(node.status);
  const readyCondition = conditions.find((condition) => condition.type === 'Ready');
  const ready = readyCondition?.status === 'True';
  const unschedulable = at(node, 'spec', 'unschedulable') === true;
  // As kubectl's printer: no Ready condition is Unknown; False and Unknown both print NotReady.
  const health = !readyCondition ? 'Unknown' : ready ? 'Ready' : 'NotReady';
  const address = list(at(node, 'status', 'addresses')).find((entry) => at(entry, 'type') === 'InternalIP');
  return {
    sandboxId,
    metadata: metaOf(node),
    status: unschedulable ? `${health},SchedulingDisabled` : health,
    ready,
    unschedulable,
    roles: Object.keys(node.metadata.labels ?? {})
      .filter((label) => label.startsWith(ROLE_LABEL))
      .map((label) => label.slice(ROLE_LABEL.length))
      .filter((role) => role.length > 0),
    internalIP: optionalText(at(address, 'address')),
    podCIDR: optionalText(at(node, 'spec', 'podCIDR')),
    kubeletVersion: optionalText(at(node, 'status', 'nodeInfo', 'kubeletVersion')),
    capacity: at(node, 'status', 'capacity') ?? {},
    allocatable: at(node, 'status', 'allocatable') ?? {},
    taints: list(at(node, 'spec', 'taints')),
    conditions,
    json: node,
  };
}
