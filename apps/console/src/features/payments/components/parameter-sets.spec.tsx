import { describe, expect, it } from '@jest/globals';
import { renderToStaticMarkup } from 'react-dom/server';
import { flattenValues, ParameterSetList } from './parameter-sets';

describe('calculation parameters shown readably', () => {
  it('should show nested values as one row per leaf with its path, booleans in Russian', () => {
    expect(flattenValues({ contributionRateKopecksPerM2: { withLift: 1200, withoutLift: 1000 }, areaStandardM2: { one: 33, threeOrMorePerPerson: true }, rounding: 'HALF_UP_KOPECKS' })).toEqual([
      { key: 'contributionRateKopecksPerM2 › withLift', value: '1200' },
      { key: 'contributionRateKopecksPerM2 › withoutLift', value: '1000' },
      { key: 'areaStandardM2 › one', value: '33' },
      { key: 'areaStandardM2 › threeOrMorePerPerson', value: 'да' },
      { key: 'rounding', value: 'HALF_UP_KOPECKS' },
    ]);
  });

  it('should show each set with the dates it is in force, its act and who entered it', () => {
    const html = renderToStaticMarkup(
      <ParameterSetList
        sets={[
          { id: '2', serviceSlug: 's', validFrom: '2026-01-01', validTo: null, act: 'Постановление № 700-п', values: { benefitPercent: { age70: 50 } }, createdBy: 'Администратор А. А.', createdAt: '2025-12-20T05:00:00Z' },
          { id: '1', serviceSlug: 's', validFrom: '2025-01-01', validTo: '2025-12-31', act: 'Постановление № 1-п', values: {}, createdBy: null, createdAt: '2025-01-01T00:00:00Z' },
        ]}
      />,
    );
    expect(html).toContain('01.01.2026 — по настоящее время');
    expect(html).toContain('01.01.2025 — 31.12.2025');
    expect(html).toContain('Постановление № 700-п');
    expect(html).toContain('Администратор А. А.');
    expect(html).toMatch(/benefitPercent › age70<\/td><td>50<\/td>/);
  });
});
