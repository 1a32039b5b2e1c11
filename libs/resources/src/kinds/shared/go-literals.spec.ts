import { intOrStringLiteral, labelSelectorLiteral } from './go-literals';

describe('go literals', () => {
  it('renders a label selector as upstream prints it', () => {
    expect(labelSelectorLiteral({ matchLabels: { app: 'web' } })).toBe(
      'v1.LabelSelector{MatchLabels:map[string]string{"app":"web"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}',
    );
    expect(labelSelectorLiteral({})).toBe(
      'v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}',
    );
    expect(labelSelectorLiteral({ matchExpressions: [{ key: 'tier', operator: 'In', values: ['a', 'b'] }] })).toBe(
      'v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement{' +
        'v1.LabelSelectorRequirement{Key:"tier", Operator:"In", Values:[]string{"a", "b"}}}}',
    );
  });

  it('renders int-or-string values', () => {
    expect(intOrStringLiteral(0)).toBe('intstr.IntOrString{Type:0, IntVal:0, StrVal:""}');
    expect(intOrStringLiteral('25%')).toBe('intstr.IntOrString{Type:1, IntVal:0, StrVal:"25%"}');
  });
});
