import { describe, expect, test } from 'vitest';
import { isKoreanPhone, toInternational, toTelUri } from './phone';

describe('phone formatting', () => {
  test('drops the trunk 0 and adds +82 for callers abroad', () => {
    expect(toInternational('044-202-6270')).toBe('+82 44-202-6270');
    expect(toInternational('02-3708-5430')).toBe('+82 2-3708-5430');
  });

  test('builds an RFC 3966 tel URI', () => {
    expect(toTelUri('061-820-1835')).toBe('tel:+82-61-820-1835');
    expect(toTelUri('02-6191-2024')).toBe('tel:+82-2-6191-2024');
  });

  test('accepts Korean area codes and rejects anything else', () => {
    expect(isKoreanPhone('064-909-3011')).toBe(true);
    expect(isKoreanPhone('02-123-4567')).toBe(true);
    expect(isKoreanPhone('070-1234-5678')).toBe(false);
    expect(isKoreanPhone('44-202-6270')).toBe(false);
    expect(isKoreanPhone('044-202-627')).toBe(false);
    expect(isKoreanPhone('044 202 6270')).toBe(false);
  });

  test('refuses to format a malformed number', () => {
    expect(() => toTelUri('12345')).toThrow(/Not a Korean phone number/);
  });
});
