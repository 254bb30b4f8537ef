/**
 * The pages the content script runs on (and so fills): every http and https site. The manifest's
 * content script and web-accessible-resource matches, and the host permission asked for at run time
 * where the browser lets the user withhold it, are this one list.
 */
export const SITE_ORIGINS = ['http://*/*', 'https://*/*'];
