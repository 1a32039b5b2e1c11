import { ENDPOINT_SLICES } from './endpointslices';

const NOW = new Date('2025-01-01T00:00:10Z');
const metadata = { name: 'web-abcde', creationTimestamp: '2025-01-01T00:00:00Z' };

describe('ENDPOINT_SLICES printer', () => {
  it('prints NAME ADDRESSTYPE PORTS ENDPOINTS AGE', () => {
    const slice = {
      metadata,
      addressType: 'IPv4',
      ports: [{ name: 'http', port: 80, protocol: 'TCP' }, { name: 'metrics' }, {}],
      endpoints: [
        { addresses: ['10.244.1.5'] },
        { addresses: ['10.244.2.7', '10.244.2.8'] },
        { addresses: ['10.244.3.1'] },
      ],
    };
    expect(ENDPOINT_SLICES.printer.row(slice, NOW)).toEqual([
      'web-abcde',
      'IPv4',
      '80,metrics,*',
      '10.244.1.5,10.244.2.7,10.244.2.8 + 1 more...',
      '10s',
    ]);
  });

  it('prints <unset> for a slice without ports or endpoints', () => {
    expect(ENDPOINT_SLICES.printer.row({ metadata, addressType: 'IPv4' }, NOW)).toEqual([
      'web-abcde',
      'IPv4',
      '<unset>',
      '<unset>',
      '10s',
    ]);
  });
});
