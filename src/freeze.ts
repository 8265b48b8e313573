/**
 * Freezes a value and everything reachable from it, in place, and returns it. Used on registry
 * records and on every result the library returns, so that a host mutating one result (or a
 * registry record) cannot change another, or a later resolution. Already-frozen objects are not
 * walked again, which keeps freezing a result that shares frozen registry records cheap.
 *
 * @example
 * ```ts
 * const r = deepFreeze({ a: [1, 2] });
 * Object.isFrozen(r.a); // true
 * ```
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== "object" || v === null || Object.isFrozen(v)) continue;
    Object.freeze(v);
    for (const key of Object.keys(v)) stack.push((v as Record<string, unknown>)[key]);
  }
  return value;
}
