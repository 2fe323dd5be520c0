/** The site's languages. English is the release's own and lives at the root; Korean lives under /ko/. */
export const locales = ['en', 'ko'] as const;
export type Locale = (typeof locales)[number];

/** BCP 47 tags for Intl and `lang`: British English, as the site has always been written. */
export const intlLocale: Record<Locale, string> = { en: 'en-GB', ko: 'ko-KR' };

/** Open Graph's locale codes. */
export const ogLocale: Record<Locale, string> = { en: 'en_GB', ko: 'ko_KR' };

const koreanPrefix = /^\/ko(?=\/|$)/i;

/** The language of an app path (after the site's base path): "/ko/mou" → "ko", "/mou" → "en". */
export function localeOfPath(pathname: string): Locale {
  return koreanPrefix.test(pathname) ? 'ko' : 'en';
}

/** "/ko/mou" → "/mou", "/ko" → "/": the path the routes know. */
export function withoutLocale(pathname: string): string {
  return pathname.replace(koreanPrefix, '') || '/';
}

/** "/mou" → "/ko/mou" in Korean; "/" → "/ko/". English paths stay as they are. */
export function localizedPath(appPath: string, locale: Locale): string {
  return locale === 'en' ? appPath : `/ko${appPath}`;
}
