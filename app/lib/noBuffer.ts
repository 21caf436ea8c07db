// The browser build's "Buffer" (next.config.js turbopack.resolveAlias): none. Code that tests
// for Buffer (zrender, pdf.js) falls back to browser APIs.
export const Buffer = undefined;
