import { applyConflictCauses, applyConflictMessage, conflictsWith } from './conflicts';
import { FieldSet } from './field-set';
import type { ManagerFields } from './managed-fields';

const replicas = ['f:spec', 'f:replicas'];
const image = ['f:spec', 'f:template', 'f:spec', 'f:containers', 'k:{"name":"web"}', 'f:image'];
const updater: ManagerFields = {
  manager: 'kubectl-client-side-apply',
  operation: 'Update',
  apiVersion: 'apps/v1',
  time: '2025-01-01T00:00:00Z',
  fields: new FieldSet(),
};
const applier: ManagerFields = { manager: 'ci', operation: 'Apply', apiVersion: 'apps/v1', fields: new FieldSet() };

describe('apply conflicts', () => {
  it('word one conflict as the API server does', () => {
    const conflicts = conflictsWith([{ owner: updater, fields: FieldSet.of([replicas]) }]);
    expect(applyConflictMessage(conflicts)).toBe(
      'Apply failed with 1 conflict: conflict with "kubectl-client-side-apply" using apps/v1: .spec.replicas',
    );
    expect(applyConflictCauses(conflicts)).toEqual([
      {
        reason: 'FieldManagerConflict',
        message: 'conflict with "kubectl-client-side-apply" using apps/v1',
        field: '.spec.replicas',
      },
    ]);
  });

  it('group several by manager, appliers named without a version', () => {
    const conflicts = conflictsWith([
      { owner: updater, fields: FieldSet.of([image, replicas]) },
      { owner: applier, fields: FieldSet.of([replicas]) },
    ]);
    expect(applyConflictMessage(conflicts)).toBe(
      [
        'Apply failed with 3 conflicts: conflicts with "ci":',
        '- .spec.replicas',
        'conflicts with "kubectl-client-side-apply" using apps/v1:',
        '- .spec.replicas',
        '- .spec.template.spec.containers[name="web"].image',
      ].join('\n'),
    );
    expect(conflicts.map((conflict) => conflict.manager)).toEqual([
      'ci',
      'kubectl-client-side-apply',
      'kubectl-client-side-apply',
    ]);
  });

  it('name the subresource an updater wrote through', () => {
    const scaler = { ...updater, manager: 'kubectl', subresource: 'scale' };
    const conflicts = conflictsWith([{ owner: scaler, fields: FieldSet.of([replicas]) }]);
    expect(applyConflictCauses(conflicts)[0].message).toBe(
      'conflict with "kubectl" with subresource "scale" using apps/v1',
    );
  });
});
