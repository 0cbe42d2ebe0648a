/**
 * Every page is prerendered: the site is static files, and a shared link shows its content before any script runs.
 * `trailingSlash: 'always'` writes each page as `country/TR/index.html`, which every static file server (and a
 * copy on a laptop) serves for `/country/TR/` without rewrite rules; `never` would need the host to map
 * `/country/TR` to `country/TR.html`. https://svelte.dev/docs/kit/page-options#trailingSlash
 */
export const prerender = true;
export const trailingSlash = 'always';
