/**
 * collegiate: typed models and pure functions for teachers' professional
 * experience sharing. Every capability is also its own subpath
 * (`collegiate/calendar`, `collegiate/timeline`, `collegiate/machines`,
 * `collegiate/agreement`, `collegiate/feedback`).
 *
 * @module collegiate
 */
export * from "./calendar/index.js";
export * from "./diagnostics/index.js";
export * from "./agreement/index.js";
export * from "./machines/index.js";
export * from "./timeline/index.js";
export * from "./feedback/index.js";
