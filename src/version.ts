/**
 * The version of this library, as package.json states it. A test keeps the two equal, and the
 * build fails when the JSON Schemas' `$id`s (which carry it) differ from package.json's. Every
 * resolution's audit record reports it.
 *
 * @example
 * ```ts
 * resolve({ ... }).audit.libraryVersion === LIBRARY_VERSION; // true
 * ```
 */
export const LIBRARY_VERSION = "0.1.0";
