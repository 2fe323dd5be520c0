/**
 * Korean landline numbers as published: a trunk "0", an area code (02 for
 * Seoul, 031–064 for the provinces), then the subscriber number.
 */
export const KOREAN_LANDLINE = /^0(2|3[1-3]|4[1-4]|5[1-5]|6[1-4])-(\d{3,4})-(\d{4})$/;

/** The region (ISO 3166) whose numbering plan this is: where the domestic form of a number is dialled. */
export const PHONE_REGION = 'KR';

export function isKoreanPhone(phone: string): boolean {
  return KOREAN_LANDLINE.test(phone);
}

/** "044-202-6270" → "+82 44-202-6270": what a caller abroad dials. */
export function toInternational(phone: string): string {
  return `+82 ${withoutTrunkPrefix(phone)}`;
}

/** "044-202-6270" → "tel:+82-44-202-6270" (RFC 3966). */
export function toTelUri(phone: string): string {
  return `tel:+82-${withoutTrunkPrefix(phone)}`;
}

function withoutTrunkPrefix(phone: string): string {
  if (!isKoreanPhone(phone)) throw new Error(`Not a Korean phone number: ${phone}`);
  return phone.slice(1);
}

/** "061-820-1835" → "0618201835": the digits as dialled at home, which phoneQueryDigits looks for. */
export function dialledDigits(phone: string): string {
  return phone.replace(/\D/g, '');
}

// What people type around the digits of a phone number.
const PHONE_QUERY = /^[\d\s+()./-]+$/;

/**
 * The digits a phone-number query asks for, as dialled at home, so that every
 * common form of a number finds it: "061-820-1835", "0618201835",
 * "+82 61 820 1835" and "+82-61-820-1835" all ask for "0618201835", and
 * "820-1835" for "8201835". Undefined for any other query, or one with fewer
 * than two digits.
 */
export function phoneQueryDigits(query: string): string | undefined {
  if (!PHONE_QUERY.test(query)) return undefined;
  let digits = dialledDigits(query);
  // The country code stands for the trunk 0: after "+" or "00", or ahead of
  // more digits than a subscriber number has; "+82 (0)61" has both.
  if (/^\s*(\+|00)/.test(query) || (digits.startsWith('82') && digits.length >= 10)) {
    digits = digits.replace(/^(00)?820?/, '0');
  }
  return digits.length >= 2 ? digits : undefined;
}
