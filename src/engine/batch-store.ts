import type { Registry } from "../registry/registry.js";
import type { Prepared } from "./prepared.js";

/** What a batch holds besides its public face: the registry it was prepared against, and each announcement prepared. @internal */
export interface BatchContents {
  readonly registry: Registry;
  readonly prepared: readonly Prepared[];
}

/** Batches made by this library, with their contents; a host cannot forge one. */
const batches = new WeakMap<object, BatchContents>();

/** Records a batch this library made. @internal */
export function recordBatch(batch: object, contents: BatchContents): void {
  batches.set(batch, contents);
}

/** The contents of a batch made by this library, or `undefined` for any other value. Never throws. @internal */
export function batchContents(value: unknown): BatchContents | undefined {
  return typeof value === "object" && value !== null ? batches.get(value) : undefined;
}
