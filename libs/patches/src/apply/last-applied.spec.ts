import type { JsonObject } from '../json-value';
import { allowedConflictsFromLastApplied, LAST_APPLIED_ANNOTATION, withLastAppliedFrom } from './last-applied';
import { podTemplateSchema, webDeployment } from './spec-fixtures';

const annotated = (object: JsonObject, annotation: string): JsonObject => ({
  ...object,
  metadata: { ...(object.metadata as JsonObject), annotations: { [LAST_APPLIED_ANNOTATION]: annotation } },
});

describe('last-applied annotation', () => {
  it('allows taking over the fields whose live value still matches the annotation', () => {
    const live = annotated(
      { ...webDeployment(), spec: { ...(webDeployment().spec as JsonObject), replicas: 7 } },
      JSON.stringify(webDeployment()),
    );
    const allowed = allowedConflictsFromLastApplied(live, 'apps/v1', podTemplateSchema);
    expect(allowed?.has(['f:spec', 'f:replicas'])).toBe(false);
    expect(allowed?.has(['f:metadata', 'f:labels', 'f:app'])).toBe(true);
  });

  it('allows nothing without a readable annotation of the same version', () => {
    expect(allowedConflictsFromLastApplied(webDeployment(), 'apps/v1', podTemplateSchema)).toBeUndefined();
    expect(
      allowedConflictsFromLastApplied(annotated(webDeployment(), '{oops'), 'apps/v1', podTemplateSchema),
    ).toBeUndefined();
    const old = JSON.stringify({ ...webDeployment(), apiVersion: 'apps/v1beta2' });
    expect(
      allowedConflictsFromLastApplied(annotated(webDeployment(), old), 'apps/v1', podTemplateSchema),
    ).toBeUndefined();
  });

  it('rewrites an existing annotation from the applied configuration, without itself', () => {
    const config = annotated(webDeployment({ replicas: 4 }), 'stale');
    const result = withLastAppliedFrom(annotated(webDeployment(), 'old'), config);
    const written = ((result.metadata as JsonObject).annotations as JsonObject)[LAST_APPLIED_ANNOTATION] as string;
    expect(JSON.parse(written)).toEqual({
      ...webDeployment({ replicas: 4 }),
      metadata: { ...(webDeployment().metadata as JsonObject), annotations: {} },
    });
    expect(withLastAppliedFrom(webDeployment(), config)).toEqual(webDeployment());
  });
});
