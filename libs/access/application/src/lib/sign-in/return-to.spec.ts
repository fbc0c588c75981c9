import { safeReturnTo } from './return-to';

describe('where a sign-in brings people back', () => {
  it('is the console’s page they asked for, with its query', () => {
    expect(safeReturnTo('/groupements/0190c6a4?onglet=membres')).toBe('/groupements/0190c6a4?onglet=membres');
  });

  it('is the home page for anything that could lead to another site', () => {
    for (const asked of [
      '//evil.example',
      '/\\evil.example',
      'https://evil.example',
      'evil',
      '/a\nb',
      '',
      undefined,
      42,
    ]) {
      expect(safeReturnTo(asked)).toBe('/');
    }
  });
});
