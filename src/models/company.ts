import { z } from "zod";
import { CountryCode, DomainName, Ownership, PageLocation, RecordId, Text } from "./common.js";

/**
 * A company on the Chinese side of a question: a parent group such as Alibaba Group, or one of
 * its subsidiaries and affiliates such as Alibaba Cloud or Ant Group.
 *
 * `owners` lists who holds it and with what stake. A chain of 100% stakes up to the company a
 * question names makes the record count as that company (clause C1.subsidiary); any smaller stake
 * anywhere in the chain does not.
 *
 * @example
 * ```ts
 * const cloud = Company.parse({
 *   id: "alibaba-cloud",
 *   name: "Alibaba Cloud",
 *   aliases: ["阿里云", "Aliyun"],
 *   domains: ["alibabacloud.com", "aliyun.com"],
 *   owners: [{ id: "alibaba", stake: 100 }],
 * });
 * ```
 */
export const Company = z.object({
  id: RecordId,
  name: Text.max(300),
  aliases: z.array(Text.max(300)).max(200).optional(),
  domains: z.array(DomainName).max(200).optional(),
  pages: z.array(PageLocation).max(200).optional(),
  country: CountryCode.optional(),
  owners: z.array(Ownership).max(50).optional(),
  listed: z.boolean().optional(),
  note: Text.optional(),
});
/** A company on the Chinese side (see {@link Company}). */
export type Company = z.infer<typeof Company>;

/** A company id as used by questions and registries (see {@link RecordId}). */
export const CompanyId = RecordId;
