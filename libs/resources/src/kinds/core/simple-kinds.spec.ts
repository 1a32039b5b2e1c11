import { CONFIG_MAPS } from './configmaps';
import { LIMIT_RANGES } from './limitranges';
import { NAMESPACES } from './namespaces';
import { quotaCells, RESOURCE_QUOTAS } from './resourcequotas';
import { SECRETS } from './secrets';
import { SERVICE_ACCOUNTS } from './serviceaccounts';

const NOW = new Date('2025-01-01T00:00:30Z');
const metadata = { name: 'x', namespace: 'default', creationTimestamp: '2025-01-01T00:00:00Z' };
const header = (printer: { columns: readonly { name: string }[] }) => printer.columns.map((c) => c.name);

describe('core printers', () => {
  it('prints namespaces: NAME STATUS AGE', () => {
    expect(header(NAMESPACES.printer)).toEqual(['Name', 'Status', 'Age']);
    expect(NAMESPACES.printer.row({ metadata, status: { phase: 'Terminating' } }, NOW)).toEqual([
      'x',
      'Terminating',
      '30s',
    ]);
  });

  it('prints config maps: NAME DATA AGE, counting binaryData too', () => {
    expect(header(CONFIG_MAPS.printer)).toEqual(['Name', 'Data', 'Age']);
    const configMap = { metadata, data: { a: '1', b: '2' }, binaryData: { c: 'AA==' } };
    expect(CONFIG_MAPS.printer.row(configMap, NOW)).toEqual(['x', 3, '30s']);
  });

  it('prints secrets: NAME TYPE DATA AGE', () => {
    expect(header(SECRETS.printer)).toEqual(['Name', 'Type', 'Data', 'Age']);
    expect(SECRETS.printer.row({ metadata, type: 'Opaque', data: { password: 'cw==' } }, NOW)).toEqual([
      'x',
      'Opaque',
      1,
      '30s',
    ]);
  });

  it('prints service accounts: NAME SECRETS AGE', () => {
    expect(header(SERVICE_ACCOUNTS.printer)).toEqual(['Name', 'Secrets', 'Age']);
    expect(SERVICE_ACCOUNTS.printer.row({ metadata }, NOW)).toEqual(['x', 0, '30s']);
  });

  it('prints limit ranges with the default NAME and CREATED AT columns', () => {
    expect(LIMIT_RANGES.printer.columns.map((c) => [c.name, c.type])).toEqual([
      ['Name', 'string'],
      ['Created At', 'date'],
    ]);
    expect(LIMIT_RANGES.printer.row({ metadata }, NOW)).toEqual(['x', '2025-01-01T00:00:00Z']);
  });

  it('prints resource quotas: requests and limits as used/hard', () => {
    expect(header(RESOURCE_QUOTAS.printer)).toEqual(['Name', 'Request', 'Limit', 'Age']);
    const quota = {
      metadata,
      status: {
        hard: { pods: '10', 'requests.cpu': '4', 'limits.memory': '8Gi', 'limits.cpu': '8', 'requests.memory': '4Gi' },
        used: { pods: '3', 'requests.cpu': '500m', 'limits.cpu': '1' },
      },
    };
    expect(quotaCells(quota)).toEqual([
      'pods: 3/10, requests.cpu: 500m/4, requests.memory: 0/4Gi',
      'limits.cpu: 1/8, limits.memory: 0/8Gi',
    ]);
    expect(quotaCells({ metadata })).toEqual(['', '']);
  });
});
