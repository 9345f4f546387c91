/** The API's path prefix, matched on any origin (the page's own in the browser, any host in Node). */
export const API_PREFIX = '*/api';
