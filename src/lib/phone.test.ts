import { describe, expect, test } from 'vitest';
import { dialledDigits, isKoreanPhone, phoneQueryDigits, toInternational, toTelUri } from './phone';

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
    // Nothing before the trunk 0 or after the last four digits.
    expect(isKoreanPhone('0044-202-6270')).toBe(false);
    expect(isKoreanPhone('044-202-62700')).toBe(false);
  });

  test('refuses to format a malformed number', () => {
    expect(() => toTelUri('12345')).toThrow(/Not a Korean phone number/);
  });
});

describe('phone-number queries', () => {
  test('every common form of a number asks for its digits as dialled at home', () => {
    const forms = ['061-820-1835', '0618201835', '+82 61 820 1835', '+82-61-820-1835', '82 61 820 1835'];
    for (const query of [...forms, '0082 61 820 1835', '(061) 820.1835', '+82 (0)61 820 1835'])
      expect(phoneQueryDigits(query), query).toBe('0618201835');
    expect(phoneQueryDigits('820-1835')).toBe('8201835');
    expect(phoneQueryDigits('+82 2-6191-2024')).toBe('0261912024');
    // Ten digits after 82 are a Seoul number with a three-digit exchange, not a subscriber number.
    expect(phoneQueryDigits('82 2 619 2024')).toBe('026192024');
  });

  test('a number abroad keeps its country code, and two digits are enough to look for', () => {
    expect(phoneQueryDigits('+1 820 555 0100')).toBe('18205550100');
    expect(phoneQueryDigits('61')).toBe('61');
  });

  test('the digits are in the number each form names', () => {
    for (const query of ['061-820-1835', '+82-61-820-1835', '820-1835', '061'])
      expect(dialledDigits('061-820-1835')).toContain(phoneQueryDigits(query));
  });

  test('anything with a letter, or too few digits, is not a phone-number query', () => {
    for (const query of ['kisa 1835', 'Day 2', '', '+', '+82', '0', '-', 'x820-1835', '820-1835 kisa'])
      expect(phoneQueryDigits(query), query).toBeUndefined();
  });
});
