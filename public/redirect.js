// The way on from a redirect page (scripts/prerender.ts). Its <meta> refresh
// runs only without JavaScript and drops the link's ?query and #fragment; this keeps them.
location.replace(document.currentScript.dataset.to + location.search + location.hash);
