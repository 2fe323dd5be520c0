// How every tool here launches Debian's Chromium: the browser tests, both
// benchmarks and the social card. Test tools cannot download a browser on
// this machine, and these flags keep it from reaching for the network or a GPU.
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
