import { z } from "zod";
import { Announcement } from "../models/announcement.js";
import type { ClauseId } from "../models/clause.js";
import { Question, type QuestionInput } from "../models/question.js";
import { IsoInstant } from "../models/time.js";
import { type AnnouncementEvaluation, type AnnouncementStatus, type SharedVerdicts, type Unsettled, evaluatePrepared, judgePrepared, sharedVerdicts, unsettledPrepared } from "../criteria/announcement.js";
import { type PreparedContext, type Readings, prepareContext } from "../criteria/context.js";
import type { ClarificationsInForce } from "../clarifications/in-force.js";
import { type ClarifiedGroup, splitByClarifications } from "./clarified.js";
import { type ChineseFacts, linkTo } from "../criteria/parties.js";
import { deepFreeze } from "../freeze.js";
import { type InputIssue, InputError, type Result } from "../issues.js";
import type { Registry } from "../registry/registry.js";
import type { Outcome, Resolution, ReviewItem, SeriesResolution, UnplacedItem } from "../resolve.js";
import { formatInstant, toTimeSpan } from "../time/interval.js";
import { type TextPlace, TextStore } from "./kept-text.js";
import { LIMITS } from "./limits.js";
import { type Prepared, prepare, russiansOf } from "./prepared.js";
import { IssueList, type Settings, issue, readAnnouncements, validateSettings } from "./validate.js";
import { AnnouncementDigest, batchProduct, canonicalAnnouncement, registryDigest } from "../audit/digests.js";
import { formatProduct, parseProduct } from "../audit/muhash.js";
import { type AuditBase, auditBase, auditRecord } from "../audit/record.js";
import { type BatchContents, batchContents } from "./batch-store.js";

/**
 * What {@link createResolver} takes: the questions (by default one per company of the built-in
 * series), the instant to resolve as of, optionally a registry and readings, and what to keep:
 * `evaluations: "decisive"` (default) keeps only the announcements that can decide an outcome
 * (those that first qualified, and those that need review) plus, per question, the `nearMisses`
 * (default 10) not qualifying announcements that fail the fewest criteria; a resolution then
 * lists the ones needing review in `needsReview` (their full evaluations are
 * {@link Resolver.evaluations} away); `"all"` keeps every related one, and lists every
 * evaluation.
 *
 * @example
 * ```ts
 * const options: ResolverOptions = { asOf: "2026-11-23T00:00:00Z", nearMisses: 5 };
 * ```
 */
export interface ResolverOptions {
  /** The questions to resolve; by default one per company of the built-in series, with the default window. */
  readonly questions?: readonly QuestionInput[];
  /** The instant to resolve as of: an ISO 8601 instant with its offset, a `Date`, or epoch milliseconds; never read from the clock. */
  readonly asOf: string | Date | number;
  /** The registry to look parties and sources up in; the built-in one by default. */
  readonly registry?: Registry;
  /** Readings of what the criteria leave open that differ from {@link DEFAULT_READINGS}. */
  readonly readings?: Partial<Readings>;
  /** Resolve under the questions' clarifications numbered up to this one (`0`: none); by default those published at or before `asOf` (see `ResolveInput.clarification`). */
  readonly clarification?: number;
  /** What to keep: `decisive` (default) only the announcements that can decide an outcome and the near misses, `all` every related announcement. */
  readonly evaluations?: "all" | "decisive";
  /** With `decisive`, how many not qualifying announcements to keep per question (those failing the fewest criteria): 10 by default. */
  readonly nearMisses?: number;
}

/**
 * What one call to {@link Resolver.add} did: how many announcements were added, the positions
 * (in that call) of those that were not, and every problem with its path
 * (`announcements[3].sources[0].url`). A bad announcement never stops the others.
 *
 * @example
 * ```ts
 * const report = resolver.add(lines);
 * for (const i of report.issues) console.error(`${i.path}: ${i.message}`);
 * ```
 */
export interface AddReport {
  /** How many announcements of this call were added. */
  readonly added: number;
  /** The positions, in this call's input, of the announcements refused (invalid or over a limit); each counts in the resolutions' `rejected`. */
  readonly rejected: readonly number[];
  /** Every problem found, with its path in this call's input. */
  readonly issues: readonly InputIssue[];
}

/**
 * A resolver's state as plain JSON data: what it was made under, the announcements it keeps, and
 * counts of the others. Store it, send it to another process, and {@link Resolver.merge} it
 * into a resolver made with the same options: shards of a corpus resolved apart and merged give
 * exactly the resolution of one run over the whole.
 *
 * @example
 * ```ts
 * const json = JSON.stringify(shard.state());
 * main.merge(JSON.parse(json));
 * ```
 */
export interface ResolverState {
  /** The format and its version; a resolver refuses to merge a state of another format. */
  readonly format: "ai-partnership-rules/resolver-state@1";
  /** The instant resolved as of, in UTC; a state merges only into a resolver with the same one. */
  readonly asOf: string;
  /** The version of the registry the announcements were looked up in; it must match the resolver's. */
  readonly registryVersion: string;
  /**
   * SHA-256 of the registry's content (the audit record's `registry.digest`); it must match the
   * resolver's. Two registries of one version (every extension of the built-in one is
   * `<version>+custom`) differ here, and a state judged against one never merges into the other.
   */
  readonly registryDigest: string;
  /** The clarification the resolver was pinned to (its `clarification` option), absent when none; it must match the resolver's. */
  readonly clarification?: number;
  /** Every reading in force (defaults included); they must match the resolver's. */
  readonly readings: Readings;
  /** The questions, as given; they must match the resolver's. */
  readonly questions: readonly QuestionInput[];
  /** What the resolver keeps (see {@link ResolverOptions.evaluations}). */
  readonly evaluations: "all" | "decisive";
  /** How many near misses it keeps per question (see {@link ResolverOptions.nearMisses}). */
  readonly nearMisses: number;
  /** The announcements kept (each once, however many questions keep it). */
  readonly announcements: readonly Announcement[];
  /** Per question, counts over the announcements added but not kept. */
  readonly counts: readonly {
    /** Announcements by other companies (a resolution's `unrelated`). */
    readonly unrelated: number;
    /** Related announcements that do not qualify and were not kept (part of a resolution's `notQualifying`). */
    readonly notQualifying: number;
  }[];
  /** Per question, qualifying announcements not kept (they cannot decide the outcome): id and when made. */
  readonly passed: readonly (readonly {
    /** The announcement's id. */
    readonly id: string;
    /** When it was made, in UTC. */
    readonly at: string;
  }[])[];
  /** Ids of the announcements added that were made, or known only from sources published, after `asOf`. */
  readonly notYetKnown: readonly string[];
  /** How many announcements (or whole inputs) were refused as invalid or over a limit. */
  readonly rejected: number;
  /** How many announcements were added in all. */
  readonly added: number;
  /**
   * The running digest of every announcement added (see the audit record): how many, and their
   * MuHash3072 product as 768 hex digits. A merge multiplies it in, so that a merged resolver's
   * audit is that of one run over the whole.
   */
  readonly announcementDigest: {
    /** How many valid announcements were added. */
    readonly count: number;
    /** Their MuHash3072 product, 768 lower-case hex digits. */
    readonly product: string;
  };
}

/**
 * Resolves questions over announcements added one by one or in batches, in memory that grows
 * with the announcements that can decide an outcome, not with the others. See
 * {@link createResolver}.
 *
 * @example
 * ```ts
 * const resolver = createResolver({ asOf: "2026-11-23T00:00:00Z" });
 * for (const chunk of chunks) resolver.add(chunk);
 * console.table(resolver.series().resolutions.map((r) => [r.companyId, r.outcome]));
 * ```
 */
export interface Resolver {
  /** The instant it resolves as of, in UTC. */
  readonly asOf: string;
  /** The version of the registry it looks announcements up in. */
  readonly registryVersion: string;
  /** The questions, with defaults applied. */
  readonly questions: readonly Question[];
  /** How many announcements were added so far. */
  readonly added: number;
  /**
   * Validates and adds announcements: an array of untrusted items, or a batch from
   * `parseAnnouncements` made with the same registry. Each bad item is reported by position
   * with its problems and left out; the others are added. Never throws.
   */
  add(announcements: unknown): AddReport;
  /** The resolution of one question (by position in `questions`, default the first) as of now; a `RangeError` for a position it does not have (a programmer error). */
  resolution(question?: number): Resolution;
  /** The resolutions of every question. */
  series(): SeriesResolution;
  /** The full evaluations, for one question, of the kept announcements with this id; a `RangeError` for a position it does not have. */
  evaluations(announcementId: string, question?: number): readonly AnnouncementEvaluation[];
  /** The state as plain JSON data (see {@link ResolverState}). */
  state(): ResolverState;
  /**
   * Merges another resolver, or a state it produced, into this one. Both must have been made
   * under the same `asOf`, questions, readings, keep options and registry version; otherwise
   * nothing changes and the differences are returned as issues. Never throws.
   */
  merge(
    other: Resolver | ResolverState,
  ): Result<{
    /** How many announcements the merge added. */
    readonly added: number;
  }>;
}

/** Which of the categories an announcement falls into for one question. */
const enum Cat {
  Unrelated,
  NotQualifying,
  Qualifies,
  Review,
}

/**
 * An announcement kept for at least one question. Under `decisive`, it is kept compact: its
 * canonical JSON text only, in the resolver's {@link TextStore} (at `block`, from `start` to
 * `end`), prepared again when a resolution is output.
 */
interface Entry extends TextPlace {
  /** The prepared announcement, or for a compact entry the store holding its text. */
  readonly p: Prepared | TextStore;
  readonly id: string;
  readonly knownFrom: number;
  /** Units of work it costs per question that keeps it (see LIMITS.evaluations). */
  readonly cost: number;
  /** How many questions (or the series, for an unplaced party) keep it. */
  holds: number;
}

/** An announcement kept for one question. */
interface Held {
  readonly entry: Entry;
  /** Criteria not met (for near misses), 0 otherwise. */
  readonly failed: number;
  /** When it was made (start of its span), for qualifying ones. */
  readonly t: number;
  /** When it first qualified, once computed. */
  since?: number;
}

/** A qualifying announcement that cannot decide the outcome: only its id and when it was made are kept. */
interface Passed {
  readonly id: string;
  readonly t: number;
}

/** One distinct question and what is kept for it. */
interface Slot {
  readonly question: Question;
  readonly ctx: PreparedContext;
  /**
   * Qualifying announcements kept whole: every one under `all`; under `decisive`, only those that
   * first qualified at `best` (the candidates to decide the outcome).
   */
  qualifying: Held[];
  /** Under `decisive`, the earliest instant any announcement first qualified at. */
  best: number;
  /** Under `decisive`, the other qualifying announcements (id and time only). */
  readonly passed: Passed[];
  readonly review: Held[];
  /** Near misses, best first (fewest failed criteria, then by id and content); every one under `all`. */
  readonly misses: Held[];
  /** Ids of announcements whose Chinese party cannot be placed and that need review for this question (series only). */
  readonly unplaced: string[];
  unrelated: number;
  notQualifying: number;
}

/** An announcement whose Chinese party cannot be placed, kept once for the series. */
interface Unplaced {
  readonly entry: Entry;
  /** The slots it needs review for. */
  readonly review: number[];
}

const SHARED: readonly (keyof SharedVerdicts)[] = ["aiScope", "formality", "publicity"];
const FORMAT = "ai-partnership-rules/resolver-state@1";
const NO_CLARIFICATIONS: ClarificationsInForce = deepFreeze({ applied: [], pinned: undefined, conflicts: [] });

/**
 * Makes a resolver without throwing on bad options: every problem comes back with its path.
 *
 * @example
 * ```ts
 * const r = safeCreateResolver({ asOf: "2026-11-23T00:00:00Z", questions: [{ companyId: "huawei" }] });
 * if (r.success) r.data.add(rows);
 * ```
 */
export function safeCreateResolver(options: unknown): Result<Resolver> {
  const v = validateSettings(options, "resolver");
  if (!v.success) return v;
  const split = splitByClarifications(v.data.settings, false);
  if (!split.success) return split;
  if (split.groups.length > 1) {
    const [, other] = split.groups as [ClarifiedGroup, ClarifiedGroup];
    const at = other.positions[0] as number;
    return {
      success: false,
      issues: [
        issue(["questions", at, "clarifications"], "clarifications-differ", `question ${at} is resolved under other clarifications than question 0 as of this asOf; one resolver resolves questions under the same clarifications: make one resolver per set of clarifications (resolveSeries splits them itself)`),
      ],
    };
  }
  return { success: true, data: new IncrementalResolver((split.groups[0] as ClarifiedGroup).settings) };
}

/**
 * Makes an incremental resolver: add announcements one by one or in batches (each validated on
 * the way in), ask for the resolutions at any point, and merge resolvers that read different
 * shards. It keeps only what can decide an outcome: the announcements that first qualified,
 * those that need review, counts of the others, and a few near misses per question; so a
 * million announcements that do not matter cost no memory. Throws an {@link InputError} on bad
 * options.
 *
 * @example
 * ```ts
 * const resolver = createResolver({ asOf: "2026-11-23T00:00:00Z" });
 * const report = resolver.add(announcements);
 * if (report.rejected.length > 0) console.error(report.issues);
 * resolver.resolution(0).outcome;
 * ```
 */
export function createResolver(options: ResolverOptions): Resolver {
  const r = safeCreateResolver(options);
  if (!r.success) throw new InputError(r.issues);
  return r.data;
}

/** @internal */
export class IncrementalResolver implements Resolver {
  readonly asOf: string;
  readonly registryVersion: string;
  readonly questions: readonly Question[];
  added = 0;
  private readonly settings: Settings;
  private readonly slots: Slot[] = [];
  /** For each question, its slot (identical questions share one). */
  private readonly slotOf: number[] = [];
  /** For each distinct company, the slots asking about it. */
  private readonly byCompany = new Map<string, number[]>();
  private readonly base: PreparedContext | undefined;
  private readonly notYetKnown: string[] = [];
  /** Announcements whose Chinese party cannot be placed, kept once (when questions name several companies). */
  private readonly unplaced: Unplaced[] = [];
  private rejected = 0;
  /** The order-free digest of the announcements added, for the audit record. */
  private readonly input = new AnnouncementDigest();
  /** Units of work kept (see LIMITS.evaluations). */
  private units = 0;
  private cached: SeriesResolution | undefined;
  private everySlot: readonly number[] | undefined;
  /** Related slots per registry company id (its owners come from the registry, so the answer is the same each time). */
  private readonly relatedById = new Map<string, readonly number[]>();
  /** The text of compact entries. */
  private readonly texts = new TextStore();

  constructor(settings: Settings) {
    this.settings = settings;
    this.asOf = formatInstant(settings.asOf);
    this.registryVersion = settings.registry.version;
    this.questions = deepFreeze(settings.questions.map((q) => ({ ...q })));
    const keys = new Map<string, number>();
    for (const q of settings.questions) {
      const key = JSON.stringify(q);
      let at = keys.get(key);
      if (at === undefined) {
        at = this.slots.length;
        keys.set(key, at);
        const ctx = prepareContext({ question: q, registry: settings.registry, asOf: settings.asOf, readings: settings.readings });
        this.slots.push({ question: q, ctx, qualifying: [], best: Infinity, passed: [], review: [], misses: [], unplaced: [], unrelated: 0, notQualifying: 0 });
        const list = this.byCompany.get(q.companyId);
        if (list === undefined) this.byCompany.set(q.companyId, [at]);
        else list.push(at);
      }
      this.slotOf.push(at);
    }
    this.base = this.slots[0]?.ctx;
  }

  private get decisive(): boolean {
    return this.settings.keep === "decisive";
  }

  /** Whether announcements whose Chinese party cannot be placed are kept once for the series (the questions name several companies). */
  private get manyCompanies(): boolean {
    return this.byCompany.size > 1;
  }

  add(announcements: unknown): AddReport {
    const issues = new IssueList();
    const rejected: number[] = [];
    let added = 0;
    let whole = false;
    const batch = batchContents(announcements);
    const taken: Prepared[] | undefined = batch === undefined ? undefined : [];
    readAnnouncements(
      announcements,
      this.settings.registry,
      issues,
      this.slots.length,
      (p, i) => {
        if (this.take(p)) {
          added++;
          if (taken === undefined) this.digestInput(p);
          else taken.push(p);
        } else {
          issues.add([issue(["announcements", i], "too-much-work", tooMuchWorkMessage())]);
          rejected.push(i);
        }
      },
      (i) => {
        if (i < 0) whole = true;
        else rejected.push(i);
      },
    );
    if (batch !== undefined && taken !== undefined) this.digestBatch(announcements as object, batch, taken);
    // A problem with the input itself rejects it whole: it counts as one rejected announcement.
    this.rejected += whole ? 1 : rejected.length;
    this.added += added;
    if (added > 0 || rejected.length > 0 || whole) this.cached = undefined;
    return { added, rejected: whole ? [-1] : rejected, issues: issues.result() };
  }

  /** Adds an announcement taken from untrusted input to the audit digest. @internal */
  digestInput(p: Prepared): void {
    this.input.addText(p.key ?? canonicalAnnouncement(p.a));
  }

  /**
   * Adds the announcements taken from a batch to the audit digest: the whole batch's product,
   * computed once per batch, when every one of them was taken. @internal
   */
  digestBatch(value: object, batch: BatchContents, taken: readonly Prepared[]): void {
    if (taken.length === batch.prepared.length) {
      const all = batch.prepared;
      this.input.addProduct(all.length, batchProduct(value, all.length, (i) => {
        const p = all[i] as Prepared;
        return p.key ?? canonicalAnnouncement(p.a);
      }));
    } else for (const p of taken) this.digestInput(p);
  }

  /**
   * Adds one valid announcement: counts it for every question, and keeps it where it can decide
   * the outcome. Returns false, with nothing changed, when keeping it would exceed the work limit.
   */
  take(p: Prepared): boolean {
    if (p.knownFrom > this.settings.asOf) {
      this.notYetKnown.push(p.a.id);
      return true;
    }
    const related = this.relatedSlots(p.chinese);
    if (related.length === 0) {
      for (const s of this.slots) s.unrelated++;
      return true;
    }
    const registry = this.settings.registry;
    const russians = russiansOf(p, registry);
    const shared = sharedVerdicts(p.a, this.base as PreparedContext, p.chinese, russians);
    let sharedFailed = 0;
    for (const k of SHARED) if ((shared[k] as { status: string }).status === "not-met") sharedFailed++;
    const all = !this.decisive;
    const unplaced = this.manyCompanies && (p.chinese === undefined || p.chinese.problem !== undefined);
    // One step per related question (usually one or two, whatever the number of questions).
    const plan: { i: number; slot: Slot; cat: Cat; failed: number; made: number }[] = [];
    // An unplaced party's announcement is judged once per window: its verdicts differ between
    // questions only by the window and by a Russian party the question's company may own.
    const once = unplaced ? new Map<string, ReturnType<typeof judgePrepared>>() : undefined;
    for (const i of related) {
      const slot = this.slots[i] as Slot;
      if (sharedFailed > 0 && (unplaced || (!all && !this.mayBeNearMiss(slot, sharedFailed)))) {
        plan.push({ i, slot, cat: Cat.NotQualifying, failed: sharedFailed, made: NaN });
        continue;
      }
      let j: ReturnType<typeof judgePrepared> | undefined;
      const key = once !== undefined && !(russians ?? []).some((r) => linkTo(r.id, r.owners, slot.ctx.companyId, registry).relation !== "unrelated") ? `${slot.ctx.windowStart}|${slot.ctx.deadline}` : undefined;
      if (key !== undefined) j = once?.get(key);
      if (j === undefined) {
        j = judgePrepared(p.a, slot.ctx, p.chinese, russians, shared);
        if (key !== undefined) once?.set(key, j);
      }
      plan.push({ i, slot, cat: category(j.status), failed: j.failed, made: j.made ?? NaN });
    }
    const costOf = cost(p);
    if (unplaced) return this.takeUnplaced(p, plan, costOf);
    // Keeping it must stay within the work limit.
    let holds = 0;
    for (const x of plan) if (x.cat === Cat.Qualifies || x.cat === Cat.Review || (x.cat === Cat.NotQualifying && (all || this.mayBeNearMiss(x.slot, x.failed, p)))) holds++;
    if (this.units + holds * costOf > LIMITS.evaluations) return false;
    this.countUnrelated(related);
    let entry: Entry | undefined;
    const entryOf = (): Entry => (entry ??= this.entry(p, costOf));
    for (const { slot, cat, failed, made } of plan) {
      if (cat === Cat.NotQualifying) {
        slot.notQualifying++;
        if (all || this.mayBeNearMiss(slot, failed, p)) this.holdMiss(slot, { entry: entryOf(), failed, t: NaN });
      } else if (cat === Cat.Review) this.hold(slot.review, { entry: entryOf(), failed: 0, t: NaN });
      else if (all) this.hold(slot.qualifying, { entry: entryOf(), failed: 0, t: made });
      else this.qualify(slot, p, entryOf, made);
    }
    return true;
  }

  /** Counts an announcement as unrelated for every question not in `related` (sorted slot positions). */
  private countUnrelated(related: readonly number[]): void {
    let next = 0;
    for (let i = 0; i < this.slots.length; i++) {
      if (related[next] === i) next++;
      else (this.slots[i] as Slot).unrelated++;
    }
  }

  /** An announcement whose Chinese party cannot be placed, in a series: judged for each question (every one is related), kept once. */
  private takeUnplaced(p: Prepared, plan: readonly { i: number; slot: Slot; cat: Cat }[], costOf: number): boolean {
    const review: number[] = [];
    for (const x of plan) if (x.cat === Cat.Review || x.cat === Cat.Qualifies) review.push(x.i);
    const keep = review.length > 0 || !this.decisive;
    if (keep && this.units + costOf > LIMITS.evaluations) return false;
    for (const x of plan) {
      if (x.cat === Cat.NotQualifying) x.slot.notQualifying++;
      else x.slot.unplaced.push(p.a.id);
    }
    if (keep) {
      const entry = this.entry(p, costOf);
      entry.holds++;
      this.units += costOf;
      this.unplaced.push({ entry, review });
    }
    return true;
  }

  /**
   * Records a qualifying announcement under `decisive`: when it first qualified decides whether
   * it can decide the outcome (kept whole) or not (kept as id and time).
   */
  private qualify(slot: Slot, p: Prepared, entryOf: () => Entry, made: number): void {
    if (p.knownFrom > slot.best) {
      slot.passed.push({ id: p.a.id, t: made });
      return;
    }
    const since = qualifiedSince(p, slot.ctx);
    if (since > slot.best) {
      slot.passed.push({ id: p.a.id, t: made });
      return;
    }
    if (since < slot.best) {
      for (const h of slot.qualifying) {
        slot.passed.push({ id: h.entry.id, t: h.t });
        this.release(h.entry);
      }
      slot.qualifying = [];
      slot.best = since;
    }
    this.hold(slot.qualifying, { entry: entryOf(), failed: 0, t: made, since });
  }

  private entry(p: Prepared, costOf: number): Entry {
    if (!this.decisive) return { p, block: -1, start: 0, end: 0, id: p.a.id, knownFrom: p.knownFrom, cost: costOf, holds: 0 };
    const e: Entry = { p: this.texts, block: 0, start: 0, end: 0, id: p.a.id, knownFrom: p.knownFrom, cost: costOf, holds: 0 };
    this.texts.put((p.key ??= JSON.stringify(p.a)), e);
    return e;
  }

  private hold(list: Held[], held: Held): void {
    list.push(held);
    held.entry.holds++;
    this.units += held.entry.cost;
  }

  private release(entry: Entry): void {
    entry.holds--;
    this.units -= entry.cost;
    if (entry.holds === 0 && entry.p === this.texts) {
      this.texts.free(entry);
      if (this.texts.wasteful) this.texts.compact(this.kept(false));
    }
  }

  /** The slots whose company the Chinese party may belong to, in slot order (remembered per registry company). */
  private relatedSlots(chinese: ChineseFacts | undefined): readonly number[] {
    if (chinese === undefined || chinese.problem !== undefined) return (this.everySlot ??= this.slots.map((_, i) => i));
    if (chinese.id === undefined) return this.findRelated(chinese);
    let known = this.relatedById.get(chinese.id);
    if (known === undefined) this.relatedById.set(chinese.id, (known = this.findRelated(chinese)));
    return known;
  }

  private findRelated(chinese: ChineseFacts): number[] {
    const out: number[] = [];
    for (const [companyId, slots] of this.byCompany) {
      if (linkTo(chinese.id, chinese.owners, companyId, this.settings.registry).relation !== "unrelated") for (const i of slots) out.push(i);
    }
    return out.sort((x, y) => x - y);
  }

  /** Whether a not qualifying announcement failing `failed` criteria could be one of the slot's near misses. */
  private mayBeNearMiss(slot: Slot, failed: number, p?: Prepared): boolean {
    const k = this.decisive ? this.settings.nearMisses : Infinity;
    if (k === 0) return false;
    if (slot.misses.length < k) return true;
    const worst = slot.misses[slot.misses.length - 1] as Held;
    if (failed !== worst.failed) return failed < worst.failed;
    return p === undefined || compareKeys(p.a.id, () => (p.key ??= JSON.stringify(p.a)), worst.entry) < 0;
  }

  private holdMiss(slot: Slot, held: Held): void {
    const list = slot.misses;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rankMiss(list[mid] as Held, held) <= 0) lo = mid + 1;
      else hi = mid;
    }
    list.splice(lo, 0, held);
    held.entry.holds++;
    this.units += held.entry.cost;
    const k = this.decisive ? this.settings.nearMisses : Infinity;
    if (list.length > k) this.release((list.pop() as Held).entry);
  }

  resolution(question = 0): Resolution {
    if (!Number.isSafeInteger(question)) throw new RangeError(noQuestion(question, this.questions.length));
    const r = this.series().resolutions[question];
    if (r === undefined) throw new RangeError(noQuestion(question, this.questions.length));
    return r;
  }

  series(): SeriesResolution {
    if (this.cached !== undefined) return this.cached;
    const out = new Output(this.settings.registry);
    const notYetKnown = deepFreeze([...this.notYetKnown].sort());
    const shared = new SharedCriteria();
    const audit = auditBase(this.settings.registry, this.settings.readings, this.asOf, this.input.summary());
    const { items: unplaced, open } = this.unplacedOutput(out, shared);
    out.clear();
    // Each question's kept announcements are prepared again for it, then let go: holding every
    // kept announcement prepared at once would cost more than the resolutions themselves.
    const done = this.slots.map((slot, i) => {
      const r = deepFreeze(finish(slot, open[i] as OpenUnplaced[], notYetKnown, this.rejected, out, this.decisive, shared, this.settings.clarified ?? NO_CLARIFICATIONS, audit));
      out.clear();
      return r;
    });
    this.cached = deepFreeze({ asOf: this.asOf, registryVersion: this.registryVersion, resolutions: this.slotOf.map((i) => done[i] as Resolution), unplaced });
    return this.cached;
  }

  /**
   * The unplaced announcements, each listed once, and for each question the clauses each leaves
   * open there. An announcement is evaluated once per window (and again only for a question
   * whose company may own one of its Russian parties), as when it was added.
   */
  private unplacedOutput(out: Output, shared: SharedCriteria): { items: UnplacedItem[]; open: OpenUnplaced[][] } {
    const open = this.slots.map((): OpenUnplaced[] => []);
    const registry = this.settings.registry;
    const items = [...this.unplaced]
      .sort((x, y) => compareEntries(x.entry, y.entry))
      .map((u): UnplacedItem => {
        const p = out.prepared(u.entry);
        const russians = russiansOf(p, registry);
        const byWindow = new Map<string, readonly ClauseId[]>();
        // What is read for its first company: the criteria left open, and under "all" the full
        // evaluation (for the first question when it needs review for none).
        let first: { open: readonly Unsettled[]; evaluation: AnnouncementEvaluation | undefined } | undefined;
        const read = (ctx: PreparedContext) => {
          if (this.decisive) return { open: out.unsettled(u.entry, ctx) ?? [], evaluation: undefined };
          const evaluation = out.evaluate(u.entry, ctx);
          return { open: unsettledOf(evaluation), evaluation };
        };
        u.review.forEach((i, n) => {
          const ctx = (this.slots[i] as Slot).ctx;
          const key = (russians ?? []).some((r) => linkTo(r.id, r.owners, ctx.companyId, registry).relation !== "unrelated") ? undefined : `${ctx.windowStart}|${ctx.deadline}`;
          let clauses = key === undefined ? undefined : byWindow.get(key);
          if (clauses === undefined) {
            const r = read(ctx);
            if (n === 0) first = r;
            clauses = shared.openClauses(r.open);
            if (key !== undefined) byWindow.set(key, clauses);
          }
          open[i]?.push({ entry: u.entry, clauses });
        });
        first ??= read((this.slots[0] as Slot).ctx);
        out.forget(u.entry);
        return {
          announcementId: u.entry.id,
          chineseParty: p.chinese?.label,
          problem: p.chinese?.problem ?? "the announcement does not say who the Chinese party is",
          mightBe: [...new Set(u.review.map((i) => (this.slots[i] as Slot).ctx.companyId))],
          criteria: shared.of(first.open),
          evaluation: first.evaluation,
        };
      });
    return { items, open };
  }

  evaluations(announcementId: string, question = 0): readonly AnnouncementEvaluation[] {
    const slot = Number.isSafeInteger(question) ? this.slots[this.slotOf[question] ?? -1] : undefined;
    if (slot === undefined) throw new RangeError(noQuestion(question, this.questions.length));
    const out = new Output(this.settings.registry);
    const held = [...slot.qualifying.map((h) => h.entry), ...slot.review.map((h) => h.entry), ...slot.misses.map((h) => h.entry), ...this.unplaced.map((u) => u.entry)].filter((e) => e.id === announcementId);
    return deepFreeze(held.sort(compareEntries).map((e) => out.evaluate(e, slot.ctx)));
  }

  /** Every kept announcement, once (in the total order of announcements unless `sorted` is false). */
  private kept(sorted = true): Entry[] {
    const seen = new Set<Entry>();
    for (const s of this.slots) for (const list of [s.qualifying, s.review, s.misses]) for (const h of list) if (h.entry.holds > 0) seen.add(h.entry);
    for (const u of this.unplaced) seen.add(u.entry);
    const all = [...seen];
    return sorted ? all.sort(compareEntries) : all;
  }

  /** What a state must agree on to be merged. */
  private options(): Pick<ResolverState, "asOf" | "registryVersion" | "registryDigest" | "clarification" | "readings" | "questions" | "evaluations" | "nearMisses"> {
    return {
      asOf: this.asOf,
      registryVersion: this.registryVersion,
      registryDigest: registryDigest(this.settings.registry),
      ...(this.settings.clarification === undefined ? {} : { clarification: this.settings.clarification }),
      readings: { ...this.settings.readings },
      questions: this.slots.map((s) => ({ ...s.question })),
      evaluations: this.settings.keep,
      nearMisses: this.settings.nearMisses,
    };
  }

  state(): ResolverState {
    const kept = this.kept();
    const out = new Output(this.settings.registry);
    const counts = this.slots.map((s) => ({ unrelated: s.unrelated, notQualifying: s.notQualifying }));
    // A state lists the kept announcements, which a merge adds (and counts) again: what they
    // contribute is left out of the counts, and of the qualifying ones kept as id and time.
    // (An unplaced one that needs review is always kept, so its id is in no list.)
    const candidates = this.slots.map((slot) => new Set(slot.qualifying.map((h) => h.entry)));
    const dropPassed = this.slots.map(() => new Map<string, number>());
    for (const e of kept) {
      const p = out.prepared(e);
      const related = new Set(this.relatedSlots(p.chinese));
      const unplaced = this.manyCompanies && (p.chinese === undefined || p.chinese.problem !== undefined);
      this.slots.forEach((slot, i) => {
        const c = counts[i] as { unrelated: number; notQualifying: number };
        if (!related.has(i)) {
          c.unrelated--;
          return;
        }
        const j = judgePrepared(p.a, slot.ctx, p.chinese, russiansOf(p, this.settings.registry), out.shared(e, slot.ctx));
        const cat = category(j.status);
        if (cat === Cat.NotQualifying) c.notQualifying--;
        else if (!unplaced && cat === Cat.Qualifies && this.decisive && !(candidates[i] as Set<Entry>).has(e)) {
          const key = `${e.id}\u0000${j.made ?? NaN}`;
          const drop = dropPassed[i] as Map<string, number>;
          drop.set(key, (drop.get(key) ?? 0) + 1);
        }
      });
    }
    const passed = this.slots.map((slot, i) => {
      const drop = dropPassed[i] as Map<string, number>;
      const list: { id: string; at: string }[] = [];
      for (const x of slot.passed) {
        const key = `${x.id}\u0000${x.t}`;
        const n = drop.get(key) ?? 0;
        if (n > 0) drop.set(key, n - 1);
        else list.push({ id: x.id, at: formatInstant(x.t) });
      }
      return list;
    });
    return {
      format: FORMAT,
      ...this.options(),
      // Copies: the host may change its state without changing this resolver.
      announcements: kept.map((e) => (e.p instanceof TextStore ? out.prepared(e).a : (JSON.parse(keyOf(e)) as Announcement))),
      counts,
      passed,
      notYetKnown: [...this.notYetKnown].sort(),
      rejected: this.rejected,
      added: this.added,
      announcementDigest: { count: this.input.count, product: formatProduct(this.input.product) },
    };
  }

  merge(other: Resolver | ResolverState): Result<{ readonly added: number }> {
    let state: unknown = other;
    try {
      if (other instanceof IncrementalResolver) state = other.state();
    } catch {
      state = undefined;
    }
    const parsed = StateShape.safeParse(stateSnapshot(state));
    if (!parsed.success) return { success: false, issues: parsed.error.issues.map((i) => issue(i.path as (string | number)[], "invalid-state", i.message)) };
    const s = parsed.data;
    const mine = this.options();
    const problems: InputIssue[] = [];
    const differ = (field: string, a: unknown, b: unknown) => {
      if (JSON.stringify(a) !== JSON.stringify(b)) problems.push(issue([field], "incompatible-state", `the state was made with ${field} ${JSON.stringify(b)}, this resolver with ${JSON.stringify(a)}`));
    };
    differ("asOf", this.settings.asOf, Date.parse(s.asOf));
    differ("registryVersion", mine.registryVersion, s.registryVersion);
    // The same version is not the same content: extensions of one registry share `<version>+custom`.
    if (mine.registryVersion === s.registryVersion) differ("registryDigest", mine.registryDigest, s.registryDigest);
    differ("clarification", mine.clarification ?? null, s.clarification ?? null);
    differ("readings", mine.readings, { ...this.settings.readings, ...s.readings });
    differ("questions", mine.questions, s.questions.map((q) => Question.parse(q)));
    differ("evaluations", mine.evaluations, s.evaluations);
    differ("nearMisses", mine.nearMisses, s.nearMisses);
    for (const field of ["counts", "passed"] as const) {
      if (s[field].length !== this.slots.length) problems.push(issue([field], "incompatible-state", `expected ${this.slots.length} lists, one per question`));
    }
    // Counts that would overflow cannot come from announcements anyone added.
    const safe = (a: number, b: number) => a + b <= Number.MAX_SAFE_INTEGER;
    const product = parseProduct(s.announcementDigest.product);
    if (product === undefined) problems.push(issue(["announcementDigest", "product"], "invalid-state", "expected the product of a resolver state: 768 lower-case hex digits of a number between 1 and the MuHash3072 prime"));
    const overflows = !safe(this.rejected, s.rejected) || !safe(this.added, s.added) || !safe(this.input.count, s.announcementDigest.count) || this.slots.some((slot, i) => !safe(slot.unrelated, s.counts[i]?.unrelated ?? 0) || !safe(slot.notQualifying, s.counts[i]?.notQualifying ?? 0));
    if (overflows) problems.push(issue(["counts"], "incompatible-state", "the counts would exceed the largest safe integer"));
    if (problems.length > 0) return { success: false, issues: problems };
    // Validate every announcement before changing anything.
    const issues = new IssueList();
    const prepared: Prepared[] = [];
    readAnnouncements(s.announcements, this.settings.registry, issues, this.slots.length, (p) => prepared.push(p), () => undefined, true);
    if (issues.items.length > 0) return { success: false, issues: issues.result() };
    this.slots.forEach((slot, i) => {
      const c = s.counts[i] as { unrelated: number; notQualifying: number };
      slot.unrelated += c.unrelated;
      slot.notQualifying += c.notQualifying;
      for (const x of s.passed[i] ?? []) slot.passed.push({ id: x.id, t: Date.parse(x.at) });
    });
    for (const id of s.notYetKnown) this.notYetKnown.push(id);
    this.rejected += s.rejected;
    // Announcements over the work limit count as rejected, as in add().
    for (const p of prepared) if (!this.take(p)) this.rejected++;
    this.added += s.added;
    this.input.addProduct(s.announcementDigest.count, product as bigint);
    this.cached = undefined;
    return { success: true, data: { added: s.added } };
  }
}

/** Prepares compact entries again, and their question-independent verdicts, once per output. */
class Output {
  private readonly done = new Map<Entry, { p: Prepared; shared?: SharedVerdicts }>();
  constructor(private readonly registry: Registry) {}

  prepared(e: Entry): Prepared {
    return this.slot(e).p;
  }

  /** Lets go of everything prepared so far. */
  clear(): void {
    this.done.clear();
  }

  /** Lets go of one entry. */
  forget(e: Entry): void {
    this.done.delete(e);
  }

  shared(e: Entry, ctx: PreparedContext): SharedVerdicts {
    const s = this.slot(e);
    // Question-independent: the same for every question of a resolver (one asOf, registry and readings).
    return (s.shared ??= sharedVerdicts(s.p.a, ctx, s.p.chinese, russiansOf(s.p, this.registry)));
  }

  evaluate(e: Entry, ctx: PreparedContext): AnnouncementEvaluation {
    const p = this.prepared(e);
    return evaluatePrepared(p.a, ctx, p.chinese, russiansOf(p, this.registry), this.shared(e, ctx));
  }

  /** The criteria left open (see {@link unsettledPrepared}): all a review item reads. */
  unsettled(e: Entry, ctx: PreparedContext): readonly Unsettled[] | undefined {
    const p = this.prepared(e);
    return unsettledPrepared(p.a, ctx, p.chinese, russiansOf(p, this.registry), this.shared(e, ctx));
  }

  private slot(e: Entry): { p: Prepared; shared?: SharedVerdicts } {
    let s = this.done.get(e);
    if (s === undefined) {
      let p: Prepared;
      if (e.p instanceof TextStore) {
        const text = e.p.get(e);
        p = prepare(JSON.parse(text) as Announcement, this.registry);
        p.key = text;
      } else p = e.p;
      this.done.set(e, (s = { p }));
    }
    return s;
  }
}

const Count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
/** The form `asOf` takes in a state: an ISO instant, with six-digit years outside 0000-9999 (as `toISOString` writes them). */
const StateInstant = z.union([IsoInstant, z.string().regex(/^[+-]\d{6}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/).refine((s) => Number.isFinite(Date.parse(s)))]);
const StateShape = z.strictObject({
  format: z.literal(FORMAT),
  asOf: StateInstant,
  registryVersion: z.string().max(200),
  registryDigest: z.string().max(64),
  clarification: z.number().int().min(0).max(1_000_000).optional(),
  readings: z.strictObject({
    straddlingTime: z.enum(["undetermined", "earliest", "latest"]),
    ownSubsidiaryControl: z.enum(["majority", "wholly-owned"]),
    unrecognizedSource: z.enum(["undetermined", "not-met"]),
  }),
  questions: z.array(Question).max(LIMITS.questions),
  evaluations: z.enum(["all", "decisive"]),
  nearMisses: z.number().int().min(0).max(1000),
  announcements: z.array(z.unknown()).max(LIMITS.announcements),
  counts: z.array(z.strictObject({ unrelated: Count, notQualifying: Count })).max(LIMITS.questions),
  passed: z.array(z.array(z.strictObject({ id: z.string().max(200), at: IsoInstant })).max(LIMITS.announcements)).max(LIMITS.questions),
  notYetKnown: z.array(z.string().max(200)).max(LIMITS.announcements),
  rejected: Count,
  added: Count,
  announcementDigest: z.strictObject({ count: Count, product: z.string().max(768) }),
});

/** Reads a state handed in by a host into plain data first (see the snapshot of the safe entry points). */
function stateSnapshot(state: unknown): unknown {
  try {
    return JSON.parse(JSON.stringify(state)) as unknown;
  } catch {
    return undefined;
  }
}

function category(status: AnnouncementStatus): Cat {
  return status === "qualifies" ? Cat.Qualifies : status === "undetermined" ? Cat.Review : Cat.NotQualifying;
}

/** The message for a question index a resolver does not have (whatever the caller passed, even a symbol). */
function noQuestion(question: unknown, count: number): string {
  const shown = typeof question === "number" ? String(question) : `of type ${typeof question}`;
  return `there is no question ${shown}; this resolver has ${count} (indexes 0 to ${count - 1})`;
}

/** An entry's canonical text. */
function keyOf(e: Entry): string {
  if (e.p instanceof TextStore) return e.p.get(e);
  return (e.p.key ??= JSON.stringify(e.p.a));
}

/** The total order of announcements (by id, then canonical content) between an id with its key and an entry. */
function compareKeys(id: string, key: () => string, e: Entry): number {
  if (id !== e.id) return id < e.id ? -1 : 1;
  const kx = key();
  const ky = keyOf(e);
  return kx < ky ? -1 : kx > ky ? 1 : 0;
}

function compareEntries(x: Entry, y: Entry): number {
  return x === y ? 0 : compareKeys(x.id, () => keyOf(x), y);
}

function rankMiss(x: Held, y: Held): number {
  return x.failed - y.failed || compareEntries(x.entry, y.entry);
}

/**
 * What keeping one announcement for a question costs against {@link LIMITS.evaluations}: one,
 * plus one per five sources, Russian parties and quotes (each adds a reason or evidence to its
 * evaluation).
 */
function cost(p: Prepared): number {
  return 1 + Math.floor(((p.a.sources?.length ?? 0) + (p.a.russianParties?.length ?? 0) + (p.a.quotes?.length ?? 0)) / 5);
}

/** @internal */
export function tooMuchWorkMessage(): string {
  return `resolving would keep more than ${LIMITS.evaluations.toLocaleString("en-US")} units of work (one per announcement kept for a question, plus one per five of its sources, Russian parties and quotes); split the announcements or the questions, or keep fewer evaluations`;
}

/**
 * The earliest instant at which, on this input, the announcement met every criterion. Every
 * criterion is monotone in `asOf` (sources and announcements only become known, and a timing
 * span from sources only narrows), so it qualifies from some instant on; that instant is one of
 * the few where a span of its input starts or surely ends, found by binary search.
 */
function qualifiedSince(p: Prepared, ctx: PreparedContext): number {
  const asOf = ctx.asOf as number;
  const points = new Set<number>();
  const add = (t: Announcement["announcedAt"]) => {
    const span = t === undefined ? undefined : toTimeSpan(t);
    if (span === undefined) return;
    if (span.start <= asOf) points.add(span.start);
    if (span.end - 1 <= asOf) points.add(span.end - 1);
  };
  add(p.a.announcedAt);
  for (const s of p.a.sources ?? []) add(s.publishedAt);
  for (const s of p.a.chineseParty?.intermediary?.confirmedBy ?? []) add(s.publishedAt);
  const candidates = [...points].sort((x, y) => x - y);
  let lo = 0;
  let hi = candidates.length - 1;
  let since = asOf;
  const russians = russiansOf(p, ctx.registry);
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = candidates[mid] as number;
    if (p.knownFrom <= t && judgePrepared(p.a, { ...ctx, asOf: t }, p.chinese, russians).status === "qualifies") {
      since = t;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  return since;
}

/**
 * The qualifying announcements with the deciding one first: the first to qualify (then the
 * earliest made, then by id and content), the others in the order they were made. Under `all`,
 * when each first qualified is searched for only where it could be first: never before it was
 * known, and once per distinct content. Under `decisive`, the slot already holds only the
 * candidates (and the others as id and time).
 */
function firstToQualify(slot: Slot, out: Output): { deciding: { h: Held; e: AnnouncementEvaluation } | undefined; ids: string[]; evaluations: Map<Held, AnnouncementEvaluation> } {
  const ctx = slot.ctx;
  const evaluations = new Map(slot.qualifying.map((h) => [h, out.evaluate(h.entry, ctx)]));
  const held = [...slot.qualifying].sort((x, y) => x.entry.knownFrom - y.entry.knownFrom || x.t - y.t || compareEntries(x.entry, y.entry));
  let best = slot.best;
  const memo = new Map<string, number>();
  for (const h of held) {
    if (h.entry.knownFrom > best) break;
    if (h.since === undefined) {
      const key = keyOf(h.entry);
      let since = memo.get(key);
      if (since === undefined) memo.set(key, (since = qualifiedSince(out.prepared(h.entry), ctx)));
      h.since = since;
    }
    best = Math.min(best, h.since);
  }
  const byMade = (x: Held, y: Held) => x.t - y.t || compareEntries(x.entry, y.entry);
  const first = held.filter((h) => h.since === best).sort(byMade)[0];
  const rest: Passed[] = [...slot.passed, ...held.filter((h) => h !== first).map((h) => ({ id: h.entry.id, t: h.t }))];
  rest.sort((x, y) => x.t - y.t || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const ids = rest.map((x) => x.id);
  if (first === undefined) return { deciding: undefined, ids, evaluations };
  return { deciding: { h: first, e: evaluations.get(first) as AnnouncementEvaluation }, ids: [first.entry.id, ...ids], evaluations };
}

/** An unplaced announcement that needs review for a question, with the clauses it leaves open there. */
interface OpenUnplaced {
  readonly entry: Entry;
  readonly clauses: readonly ClauseId[];
}

/** The criteria an evaluation leaves for a human to settle (none unless it is undetermined). */
function unsettledOf(e: AnnouncementEvaluation): readonly Unsettled[] {
  return e.status === "undetermined" ? e.unsettled.map((c) => ({ criterion: c, verdict: e.verdicts[c] })) : [];
}

/** The clauses of the criteria left open, in criterion order. */
function openClauses(open: readonly Unsettled[]): readonly ClauseId[] {
  const clauses: ClauseId[] = [];
  for (const u of open) for (const id of u.verdict.clauses) if (!clauses.includes(id)) clauses.push(id);
  return clauses;
}

/**
 * The criteria left open in review items, each distinct one made once per output and shared
 * (frozen) by every item that has it: a million-announcement series has tens of thousands of
 * review items and a few hundred distinct open criteria.
 */
class SharedCriteria {
  private readonly seen = new Map<string, ReviewItem["criteria"][number]>();
  /** Lists of criteria already made, by their items' keys, and lists of clauses, by their text. */
  private readonly lists = new Map<string, ReviewItem["criteria"]>();
  private readonly clauses = new Map<string, readonly ClauseId[]>();

  of(open: readonly Unsettled[]): ReviewItem["criteria"] {
    let keys = "";
    const items = open.map(({ criterion: c, verdict: v }) => {
      const key = `${c}\u0000${v.clauses.join(",")}\u0000${v.summary}`;
      keys += `${key}\u0001`;
      let item = this.seen.get(key);
      if (item === undefined) this.seen.set(key, (item = deepFreeze({ criterion: c, clauses: [...v.clauses], summary: v.summary })));
      return item;
    });
    let list = this.lists.get(keys);
    if (list === undefined) this.lists.set(keys, (list = Object.freeze(items)));
    return list;
  }

  /** The clauses left open (see {@link openClauses}), each distinct list made once. */
  openClauses(open: readonly Unsettled[]): readonly ClauseId[] {
    const made = openClauses(open);
    const key = made.join(",");
    let list = this.clauses.get(key);
    if (list === undefined) this.clauses.set(key, (list = Object.freeze(made)));
    return list;
  }
}

/** The resolution of one slot from what it keeps. */
function finish(slot: Slot, unplacedHere: readonly OpenUnplaced[], notYetKnown: readonly string[], rejected: number, out: Output, decisive: boolean, shared: SharedCriteria, clarifications: ClarificationsInForce, audit: AuditBase): Resolution {
  const ctx = slot.ctx;
  const { deciding: first, ids: qualifying, evaluations: byQualifying } = firstToQualify(slot, out);
  const keptHeld = [...slot.qualifying, ...slot.review, ...slot.misses].sort((x, y) => compareEntries(x.entry, y.entry));
  // The evaluations listed, and for each announcement needing review its review item and the
  // clauses it leaves open. Under "decisive" those are all that is read of its evaluation, which
  // is then let go: at scale they are most of what is kept.
  const evaluations: AnnouncementEvaluation[] = [];
  const needsReview: ReviewItem[] = [];
  const openKept: OpenUnplaced[] = [];
  const toReview = new Set(slot.review);
  for (const h of keptHeld) {
    if (decisive && toReview.has(h)) {
      const open = out.unsettled(h.entry, ctx);
      out.forget(h.entry);
      if (open !== undefined) {
        needsReview.push({ announcementId: h.entry.id, criteria: shared.of(open) });
        openKept.push({ entry: h.entry, clauses: shared.openClauses(open) });
        continue;
      }
    }
    const e = byQualifying.get(h) ?? out.evaluate(h.entry, ctx);
    if (e.status === "undetermined") {
      const open = unsettledOf(e);
      needsReview.push({ announcementId: e.announcementId, criteria: shared.of(open) });
      openKept.push({ entry: h.entry, clauses: shared.openClauses(open) });
      if (decisive) continue;
    }
    evaluations.push(e);
  }
  const unplaced = [...slot.unplaced].sort();
  const name = ctx.company?.name ?? ctx.companyId;
  const asOf = formatInstant(ctx.asOf as number);
  const deadline = formatInstant(ctx.deadline);
  let outcome: Outcome;
  let clauses: ClauseId[];
  let summary: string;
  let deciding: Resolution["deciding"];
  const notQualifying = slot.notQualifying;
  if (first !== undefined) {
    outcome = "YES";
    const t = first.h.t;
    deciding = { announcementId: first.e.announcementId, at: formatInstant(t), qualifiedFrom: formatInstant(first.h.since as number), evaluation: first.e };
    clauses = ["Q.yes", "Q.all"];
    const made = first.e.madeAt as { start: string; end: string };
    const when = Date.parse(made.end) - t === 1 ? made.start : `between ${made.start} and ${made.end}`;
    summary = `YES: ${name} announced a qualifying AI partnership with a Russian entity in ${first.e.announcementId}, made ${when} (Q.yes).`;
    if (qualifying.length > 1) {
      clauses.push("R.multiple");
      summary += ` ${qualifying.length} announcements qualify; the first to qualify decides (R.multiple).`;
    }
    if (first.e.cancelled) {
      clauses.push("R.cancelled");
      summary += " It was later cancelled or abandoned, which does not undo YES (R.cancelled).";
    }
  } else if (needsReview.length > 0 || unplaced.length > 0 || rejected > 0 || qualifying.length > 0) {
    outcome = "NEEDS_REVIEW";
    clauses = ["Q.all"];
    // The clauses left open, in the order of the announcements (an unplaced one's evaluation is
    // built to read them, and not kept: it is listed once for the series).
    const open = [...openKept, ...unplacedHere].sort((x, y) => compareEntries(x.entry, y.entry));
    for (const o of open) for (const id of o.clauses) if (!clauses.includes(id)) clauses.push(id);
    const parts: string[] = [];
    if (needsReview.length > 0) {
      const list = needsReview.map((r) => `${r.announcementId} (${r.criteria.map((c) => c.criterion).join(", ")})`).join("; ");
      parts.push(`${needsReview.length === 1 ? "one needs" : `${needsReview.length} need`} a human to settle criteria: ${list}`);
    }
    if (unplaced.length > 0) parts.push(`${unplaced.length === 1 ? "one announcement's" : `${unplaced.length} announcements'`} Chinese party cannot be placed and might be ${name} (listed once for the series under unplaced): ${unplaced.join(", ")}`);
    // Qualifying ids without a qualifying announcement kept can only come from a merged state
    // whose announcements were left out (or forged): never a NO on their account.
    if (qualifying.length > 0) parts.push(`${qualifying.length} announcement${qualifying.length === 1 ? " is" : "s are"} listed as qualifying by a merged state without the announcement that would decide, so a human must check ${qualifying.length === 1 ? "it" : "them"}: ${qualifying.join(", ")}`);
    if (rejected > 0) parts.push(`${rejected} announcement${rejected === 1 ? " was" : "s were"} rejected as invalid and not resolved, so a human must check ${rejected === 1 ? "it" : "them"}`);
    summary = `NEEDS_REVIEW: no announcement by ${name} qualifies as of ${asOf}, but ${parts.join("; and ")}.`;
  } else if ((ctx.asOf as number) >= ctx.deadline) {
    outcome = "NO";
    clauses = ["Q.no"];
    summary = `NO: ${name} made no qualifying announcement before the deadline ${deadline} (Q.no); ${notQualifying} related announcement${notQualifying === 1 ? "" : "s"} considered, none qualifies.`;
  } else {
    outcome = "PENDING";
    clauses = ["Q.no"];
    summary = `PENDING: no qualifying announcement by ${name} as of ${asOf}; the question stays open until ${deadline} (Q.no).`;
  }
  return {
    questionId: slot.question.id,
    companyId: ctx.companyId,
    companyName: name,
    outcome,
    clauses,
    summary,
    asOf,
    windowStart: formatInstant(ctx.windowStart),
    deadline,
    registryVersion: ctx.registry.version,
    readings: { ...ctx.readings },
    clarifications,
    deciding,
    qualifying,
    needsReview,
    // Under "decisive", an announcement that needs review is listed in needsReview (its full
    // evaluation is a resolver's evaluations(id) away), not here: at scale they are most of
    // what is kept, and each full evaluation is several kilobytes.
    evaluations,
    notQualifying,
    unrelated: slot.unrelated,
    notYetKnown,
    unplaced,
    rejected,
    // The clarifications applied, by number; left out when none is, so a question without any keeps its digest.
    audit: auditRecord(audit, slot.question, clarifications.applied.length === 0 ? undefined : clarifications.applied.map((c) => c.number)),
  };
}
