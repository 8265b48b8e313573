import type { SourceKind } from "../models/outlet.js";

/**
 * What establishes a source of each kind, and so how far a declared `kind` is trusted. The rule
 * behind every entry is the same: a claim is worth what the registry can verify of who published
 * it. A source whose publisher cannot be established is undetermined (a human settles it), never
 * met; the existence and wording of a report are taken on trust, as the judgement fields of an
 * announcement are (see docs/reliability.md, "What is taken on trust").
 *
 * - `registry-host`: the URL's host (or page) must be one the registry ties to that kind: an
 *   outlet of the kind, or the site of a party to the announcement for a release. With no URL, a
 *   company release has no verifiable publisher.
 * - `registry-outlet`: the URL's host must be a registered domain of an outlet of that kind; with
 *   no URL, the `outlet` name must be one of its names. A name on an unregistered host is not
 *   trusted.
 * - `named-event`: the event must be named (`event`), and a URL, if given, must be on a host the
 *   registry knows that is not a platform carrying anyone's content.
 * - `none`: `other` never qualifies, so declaring it needs no verification.
 *
 * @example
 * ```ts
 * SOURCE_TRUST["company-release"].verifiedBy; // "registry-host"
 * SOURCE_TRUST["public-event"].rule; // "The event is named; …"
 * ```
 */
export const SOURCE_TRUST: Readonly<
  Record<
    SourceKind,
    {
      /** What the registry must establish for a source of the kind to count (see the list above). */
      readonly verifiedBy: "registry-host" | "registry-outlet" | "named-event" | "none";
      /** The check in one or two English sentences, as a resolution note may quote it. */
      readonly rule: string;
    }
  >
> = Object.freeze({
  "company-release": Object.freeze({ verifiedBy: "registry-host", rule: "The URL's host or page belongs, in the registry, to a party to the announcement (or to its owner or subsidiary). A release without a URL, or on a host the registry does not tie to a party, is undetermined." }),
  government: Object.freeze({ verifiedBy: "registry-outlet", rule: "The URL's host is a government outlet, or the site of a ministry or government body, in the registry; without a URL, the outlet name is a registered government outlet." }),
  "news-agency": Object.freeze({ verifiedBy: "registry-outlet", rule: "The URL's host is a registered domain of Reuters, Bloomberg, AP, AFP, BBC, FT or WSJ; without a URL, the outlet name is one of their names." }),
  "cn-state-media": Object.freeze({ verifiedBy: "registry-outlet", rule: "The URL's host is a registered domain of Xinhua, China Daily, Global Times or CCTV; without a URL, the outlet name is one of their names." }),
  "ru-state-media": Object.freeze({ verifiedBy: "registry-outlet", rule: "The URL's host is a registered domain of TASS, RIA Novosti or Interfax; without a URL, the outlet name is one of their names." }),
  "regulatory-filing": Object.freeze({ verifiedBy: "registry-outlet", rule: "The URL's host is a registered exchange or disclosure site; without a URL, the outlet name is one of them." }),
  "public-event": Object.freeze({ verifiedBy: "named-event", rule: "The event is named; a URL, if given, is on a host the registry knows and not on a platform that carries anyone's content." }),
  other: Object.freeze({ verifiedBy: "none", rule: "Never qualifies on its own; nothing to verify." }),
});
