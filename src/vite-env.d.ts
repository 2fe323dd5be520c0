/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The site's public origin, from SITE_URL (vite.config.ts). */
  readonly SITE_ORIGIN: string;
  /** The day the site was built, YYYY-MM-DD in UTC. */
  readonly BUILD_DATE: string;
}
