import { z } from "zod";
import { CountryCode, DomainName, Ownership, PageLocation, RecordId, Text } from "./common.js";

/**
 * What kind of organisation an entity is. The kind decides which C2 clause an entity meets:
 * `government-body`, `ministry` and `state-owned-enterprise` are C2.state; `private-company` is
 * C2.private; `research-institution` and `university` are C2.research; `other` is Russian only
 * through C2.control.
 *
 * @example
 * ```ts
 * EntityKind.parse("university"); // "university"
 * ```
 */
export const EntityKind = z.enum([
  "government-body",
  "ministry",
  "state-owned-enterprise",
  "private-company",
  "research-institution",
  "university",
  "other",
]);
/** The kind of an entity (see {@link EntityKind}). */
export type EntityKind = z.infer<typeof EntityKind>;

/**
 * Who controls an entity: `majority` means more than half is held by Russian interests
 * (the state, Russian companies or Russian residents).
 *
 * @example
 * ```ts
 * RussianControl.parse("majority");
 * ```
 */
export const RussianControl = z.enum(["majority", "minority", "none"]);
/** Russian control of an entity (see {@link RussianControl}). */
export type RussianControl = z.infer<typeof RussianControl>;

/**
 * An organisation on the other side of an announced partnership, normally Russian.
 * It is a Russian entity (C2.control) when `countryOfIncorporation` is `RU` or `russianControl`
 * is `majority`; a fact left out is unknown, and an unknown fact makes C2 undetermined.
 * `owners` may name a company, which is how a Chinese company's own Russian subsidiary is
 * recognised and refused as a partner.
 *
 * @example
 * ```ts
 * const sber = Entity.parse({
 *   id: "sberbank",
 *   name: "Sberbank",
 *   aliases: ["Сбербанк", "Sber"],
 *   kind: "state-owned-enterprise",
 *   countryOfIncorporation: "RU",
 *   russianControl: "majority",
 * });
 * ```
 */
export const Entity = z.object({
  id: RecordId,
  name: Text.max(300),
  aliases: z.array(Text.max(300)).max(200).optional(),
  domains: z.array(DomainName).max(200).optional(),
  pages: z.array(PageLocation).max(200).optional(),
  legalForm: Text.max(100).optional(),
  kind: EntityKind.optional(),
  countryOfIncorporation: CountryCode.optional(),
  russianControl: RussianControl.optional(),
  owners: z.array(Ownership).max(50).optional(),
  note: Text.optional(),
});
/** An organisation on the Russian side (see {@link Entity}). */
export type Entity = z.infer<typeof Entity>;
