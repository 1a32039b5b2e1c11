import { decodeKubeProtobuf } from '../decode-kube-protobuf';
import { decodedJson, KUBECTL_CAPTURES } from '../fixtures/kubectl-captures';
import { RICH_OBJECTS } from '../fixtures/rich-objects';
import { RICH_DEPLOYMENT, RICH_POD } from '../fixtures/rich-workloads';
import type { JsonObject } from '../json-value';
import { encodeKubeProtobuf } from './encode-kube-protobuf';

const roundTrip = (object: JsonObject) => decodeKubeProtobuf(encodeKubeProtobuf(object));

describe('JSON -> protobuf -> JSON', () => {
  it.each([
    ['a Deployment using most of the PodSpec', RICH_DEPLOYMENT],
    ['a Pod with status', RICH_POD],
    ...Object.entries(RICH_OBJECTS),
  ])('%s', (_name, object) => {
    const decoded = roundTrip(object);
    expect(decoded.object).toEqual(object);
    expect(decoded.unknownFields).toEqual([]);
  });

  it.each(Object.entries(KUBECTL_CAPTURES))('what kubectl sends for %s', (_name, capture) => {
    expect(roundTrip(capture.json).object).toEqual(decodedJson(capture));
  });

  it('names unknown JSON fields, which is how it checks the tables against kubectl JSON', () => {
    const deployment = { kind: 'Deployment', apiVersion: 'apps/v1', spec: { replica: 1 } };
    expect(() => encodeKubeProtobuf(deployment)).toThrow('apps.v1.DeploymentSpec has no field replica');
  });
});
