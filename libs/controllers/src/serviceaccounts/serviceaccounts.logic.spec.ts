import { missingDefaultAccounts } from './serviceaccounts.logic';

const namespace = (name: string, phase = 'Active') => ({ metadata: { name }, status: { phase } });
const account = (namespace: string, name = 'default') => ({ metadata: { name, namespace } });

describe('missingDefaultAccounts', () => {
  it('creates "default" in active namespaces lacking it', () => {
    const missing = missingDefaultAccounts(
      [namespace('default'), namespace('team'), namespace('gone', 'Terminating')],
      [account('default'), account('team', 'builder')],
    );
    expect(missing).toEqual([
      { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace: 'team' } },
    ]);
  });

  it('has nothing to do when every namespace has one', () => {
    expect(missingDefaultAccounts([namespace('default')], [account('default')])).toEqual([]);
  });
});
