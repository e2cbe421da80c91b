import { describe, expect, it } from 'vitest';
import { safeCallbackUrl } from './callbackUrl';

describe('the redirect after sign-in', () => {
  it('stays on the site, however the target is disguised', () => {
    const disguised = [
      '/\\evil.example/',
      '/\t/evil.example',
      '//evil.example',
      'https://evil.example/',
      'javascript:alert(1)',
      '\\\\evil.example',
      ' //evil.example',
      'evil.example',
    ];
    const dotted = ['/.//evil.example', '/..//evil.example', '/%2e//evil.example', '/x/..//evil.example', '/./\\evil.example'];
    for (const target of [...disguised, ...dotted]) {
      expect([target, safeCallbackUrl(target)]).toEqual([target, '/']);
    }
  });

  it('keeps the app own paths, with their query and fragment', () => {
    expect(safeCallbackUrl('/t/acme/runs?status=running#top')).toBe('/t/acme/runs?status=running#top');
    expect(safeCallbackUrl(null, '/teams/new')).toBe('/teams/new');
  });
});
