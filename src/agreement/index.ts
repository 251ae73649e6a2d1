/**
 * agreement: not yet released; this subpath exists so that imports are stable.
 *
 * @module agreement
 */
export {};
