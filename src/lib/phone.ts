/**
 * Korean landline numbers as published: a trunk "0", an area code (02 for
 * Seoul, 031–064 for the provinces), then the subscriber number.
 */
const koreanLandline = /^0(2|3[1-3]|4[1-4]|5[1-5]|6[1-4])-(\d{3,4})-(\d{4})$/;

export function isKoreanPhone(phone: string): boolean {
  return koreanLandline.test(phone);
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
