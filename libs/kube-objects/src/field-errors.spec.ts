import { invalidObject, invalidValue, requiredValue, unsupportedValue } from './field-errors';

const deployment = { group: 'apps', kind: 'Deployment', plural: 'deployments' };

describe('field errors', () => {
  it('words one cause as upstream does', () => {
    const error = invalidObject(deployment, 'web', [
      invalidValue('spec.replicas', -1, 'must be greater than or equal to 0'),
    ]);
    expect(error.message).toBe(
      'Deployment.apps "web" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0',
    );
    expect(error.details.causes).toEqual([
      {
        field: 'spec.replicas',
        reason: 'FieldValueInvalid',
        message: 'Invalid value: -1: must be greater than or equal to 0',
      },
    ]);
  });

  it('lists several causes in brackets', () => {
    const error = invalidObject({ group: '', kind: 'Pod', plural: 'pods' }, 'x', [
      requiredValue('spec.containers'),
      unsupportedValue('spec.restartPolicy', 'Sometimes', ['Always', 'OnFailure', 'Never']),
    ]);
    expect(error.message).toBe(
      'Pod "x" is invalid: [spec.containers: Required value, spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"]',
    );
  });
});
