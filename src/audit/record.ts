import type { Question } from "../models/question.js";
import type { Readings } from "../criteria/context.js";
import type { Registry } from "../registry/registry.js";
import { LIBRARY_VERSION } from "../version.js";
import { registryDigest, rulesDigest, sha256Hex } from "./digests.js";

/**
 * What a resolution was made by and over, enough to reproduce it and to prove that a published
 * resolution is the one an input gives: the library's version, a digest of the rules (the clause
 * table and the reason codes), the registry's version and a digest of its content, every reading
 * applied (defaults included), `asOf`, the question as validated, a count and an order-free
 * digest of the announcements as validated, and one digest of all of that together.
 * {@link verifyResolution} checks a stored resolution against an input with it. How each digest
 * is computed, so that a host in another language can compute it too: docs/audit.md.
 *
 * @example
 * ```ts
 * const { audit } = resolve({ question: { companyId: "alibaba" }, announcements, asOf: "2026-11-23T00:00:00Z" });
 * audit.libraryVersion; // "0.1.0"
 * audit.readings.straddlingTime; // "undetermined" (the default, recorded all the same)
 * audit.announcements; // { count: 1, digest: "9f0c…" }
 * ```
 */
export interface AuditRecord {
  /** The record's format and its version: how the digests below are defined (docs/audit.md); a new definition gets a new version. */
  readonly format: "ai-partnership-rules/audit@1";
  /** The version of ai-partnership-rules that resolved. */
  readonly libraryVersion: string;
  /** SHA-256 (hex) of the clause table and the reason codes: a change of the rules' wording or codes changes it. */
  readonly rulesDigest: string;
  /** The registry's version, and SHA-256 (hex) of its content: two extensions with one version differ here. */
  readonly registry: {
    /** The registry's `version` as it states it (`+clarification-N` when a clarification added records). */
    readonly version: string;
    /** SHA-256 (hex) of the registry's canonical content (its version and every record; docs/audit.md). */
    readonly digest: string;
  };
  /** Every reading applied, defaults included. */
  readonly readings: Readings;
  /** The instant resolved as of. */
  readonly asOf: string;
  /** The question as validated (defaults applied). */
  readonly question: Question;
  /** How many announcements the resolution is made over, and their MuHash3072 digest (hex): the same whatever their order or how they were split. */
  readonly announcements: {
    /** How many valid announcements were taken in (refused ones are counted in `Resolution.rejected`, not here). */
    readonly count: number;
    /** SHA-256 (hex) of their MuHash3072 product: the same whatever their order or split. */
    readonly digest: string;
  };
  /**
   * The numbers of the question's clarifications the resolution applied (see
   * `Resolution.clarifications`), when it applied any; absent otherwise. When present it is part
   * of `inputDigest`, and {@link verifyResolution} compares it. What they fix is in `readings` and
   * in the registry's version and digest.
   */
  readonly clarifications?: readonly number[];
  /** SHA-256 (hex) of the canonical JSON of `question`, `asOf`, `readings`, `registry`, `announcements` (and `clarifications` when present), in that order. */
  readonly inputDigest: string;
}

/** The parts of an audit record shared by every question of one resolution run. @internal */
export type AuditBase = Pick<AuditRecord, "format" | "libraryVersion" | "rulesDigest" | "registry" | "readings" | "asOf" | "announcements">;

/** The parts shared by the questions of one run. @internal */
export function auditBase(registry: Registry, readings: Readings, asOf: string, announcements: AuditRecord["announcements"]): AuditBase {
  return {
    format: "ai-partnership-rules/audit@1",
    libraryVersion: LIBRARY_VERSION,
    rulesDigest: rulesDigest(),
    registry: { version: registry.version, digest: registryDigest(registry) },
    readings: { straddlingTime: readings.straddlingTime, ownSubsidiaryControl: readings.ownSubsidiaryControl, unrecognizedSource: readings.unrecognizedSource },
    asOf,
    announcements,
  };
}

/** The audit record of one question's resolution. @internal */
export function auditRecord(base: AuditBase, question: Question, clarifications?: readonly number[]): AuditRecord {
  const q = canonicalQuestion(question);
  const input = { question: q, asOf: base.asOf, readings: base.readings, registry: base.registry, announcements: base.announcements, ...(clarifications === undefined ? {} : { clarifications }) };
  return {
    format: base.format,
    libraryVersion: base.libraryVersion,
    rulesDigest: base.rulesDigest,
    registry: base.registry,
    readings: base.readings,
    asOf: base.asOf,
    question: q,
    announcements: base.announcements,
    ...(clarifications === undefined ? {} : { clarifications }),
    inputDigest: inputDigest(input),
  };
}

/** The question in the schema's field order, absent fields left out (a validated question may hold `undefined` for them). */
function canonicalQuestion(q: Question): Question {
  return JSON.parse(JSON.stringify({ id: q.id, companyId: q.companyId, title: q.title, windowStart: q.windowStart, deadline: q.deadline })) as Question;
}

/** SHA-256 of the canonical JSON of the input parts of a record. @internal */
export function inputDigest(input: Pick<AuditRecord, "question" | "asOf" | "readings" | "registry" | "announcements" | "clarifications">): string {
  const { question, asOf, readings, registry, announcements, clarifications } = input;
  return sha256Hex(
    JSON.stringify({
      question: canonicalQuestion(question),
      asOf,
      readings: { straddlingTime: readings.straddlingTime, ownSubsidiaryControl: readings.ownSubsidiaryControl, unrecognizedSource: readings.unrecognizedSource },
      registry: { version: registry.version, digest: registry.digest },
      announcements: { count: announcements.count, digest: announcements.digest },
      ...(clarifications === undefined ? {} : { clarifications }),
    }),
  );
}
