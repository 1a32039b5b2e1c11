import { parseKubeQuery } from './kube-query';

const parse = (query: string) => parseKubeQuery(new URLSearchParams(query));

describe('parseKubeQuery', () => {
  it('reads what kubectl sends', () => {
    expect(parse('limit=500&labelSelector=app%3Dweb')).toMatchObject({
      limit: 500,
      labelSelector: 'app=web',
      watch: false,
    });
    expect(parse('watch=true&resourceVersion=12&allowWatchBookmarks=true&timeoutSeconds=300')).toMatchObject({
      watch: true,
      resourceVersion: '12',
      allowWatchBookmarks: true,
      timeoutSeconds: 300,
    });
    expect(parse('fieldManager=kubectl-client-side-apply&fieldValidation=Strict&dryRun=All')).toMatchObject({
      fieldValidation: 'Strict',
      dryRun: true,
      fieldManager: 'kubectl-client-side-apply',
    });
    expect(parse('').fieldValidation).toBe('Warn');
  });

  it('rejects values the API server rejects', () => {
    expect(() => parse('dryRun=Server')).toThrow('Invalid dry run value: Server');
    expect(() => parse('fieldValidation=Loose')).toThrow('invalid fieldValidation');
    expect(() => parse('resourceVersion=abc')).toThrow('invalid resource version: abc');
    expect(() => parse('limit=-1')).toThrow('invalid value for limit');
    expect(() => parse('propagationPolicy=Sometimes')).toThrow('invalid propagationPolicy');
  });
});
