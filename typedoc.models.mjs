// A TypeDoc plugin (typedoc.json's `plugin`) for the shapes TypeDoc cannot document from the
// comments alone:
//
// - A zod model (`export const Announcement = z.strictObject(…)` beside
//   `export type Announcement = z.infer<typeof Announcement>`) is shown by its fields: the type is
//   expanded into its members, and each member carries the description the schema gives it in
//   `.meta({ description })` (the one the JSON Schema carries). The schema itself is shown as
//   `ZodObject<Announcement>` instead of a dump of zod's types, with a table of the fields (name,
//   type, required, description), or for an enum (`Instrument`) each value with its meaning.
// - Where TypeScript expands such a type inline (`readonly Announcement[]` in an interface, a
//   parameter of type `Announcement`), the inline copy is replaced by a link to the type; so is a
//   union a type alias names (`"agreement" | "mou" | …` becomes `Instrument`).
// - A record over a documented union of keys (`{ readonly [K in JsonSchemaName]: Json }`) is
//   shown as that mapped type, not as one member per key.
// - A data table tagged `@dataTable` (`REASON_CODES`, `CLAUSES`, `INPUT_ISSUE_CODES`) is shown as
//   a table of its rows, read from the value itself, with its type as a mapped type over its
//   `keyof typeof` key type: the rows are data, documented by what they say.
//
// The runtime values come from src/index.ts, loaded with tsx: no build, no network, and the same
// output for the same sources.
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { tsImport } from "tsx/esm/api";
import { Comment, Converter, MappedType, ReferenceType, ReflectionKind, TypeScript as ts, UnknownType } from "typedoc";

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** zod's wrappers around a schema, and where each keeps the schema it wraps. */
const WRAPPERS = { optional: "innerType", nullable: "innerType", default: "innerType", prefault: "innerType", readonly: "innerType", catch: "innerType", nonoptional: "innerType", pipe: "in" };

/** Whether `value` is a zod schema. */
const isSchema = (value) => typeof value === "object" && value !== null && typeof value._zod?.def?.type === "string";

/** The schema under zod's wrappers (`.optional()`, `.default()`, a pipe's input). */
function unwrap(schema) {
  let s = schema;
  for (let key = WRAPPERS[s._zod.def.type]; key !== undefined; key = WRAPPERS[s._zod.def.type]) s = s._zod.def[key];
  return s;
}

/** The description of a field: on the field itself or on the nearest schema it wraps. */
function descriptionOf(schema) {
  for (let s = schema; s !== undefined; s = s._zod.def[WRAPPERS[s._zod.def.type]]) {
    const description = s.meta()?.description;
    if (typeof description === "string") return description;
  }
  return undefined;
}

/** What identifies an expanded object type: its members, where each is declared, and which are optional. */
function shapeKey(declaration) {
  const members = declaration.children ?? [];
  if (members.length === 0) return undefined;
  return members
    .map((m) => `${m.name}@${m.sources?.[0]?.fullFileName ?? m.sources?.[0]?.fileName}:${m.sources?.[0]?.line}${m.flags.isOptional ? "?" : ""}`)
    .sort()
    .join(",");
}

/** What identifies a union: its members (literals, intrinsic types, object types by their shape). */
function unionKey(union) {
  const parts = [];
  for (const t of union.types) {
    if (t.type === "literal") parts.push(JSON.stringify(t.value));
    else if (t.type === "intrinsic") parts.push(t.name);
    else if (t.type === "reflection" && shapeKey(t.declaration) !== undefined) parts.push(`{${shapeKey(t.declaration)}}`);
    else return undefined;
  }
  return parts.sort().join("|");
}

/** Calls `replace` on every type nested in `type` (and on `type`), keeping what it returns. */
function mapType(type, replace) {
  if (type === undefined) return type;
  const replaced = replace(type);
  if (replaced !== type) return replaced;
  switch (type.type) {
    case "array":
    case "optional":
    case "rest":
      type.elementType = mapType(type.elementType, replace);
      break;
    case "union":
    case "intersection":
      type.types = type.types.map((t) => mapType(t, replace));
      break;
    case "tuple":
      type.elements = type.elements.map((t) => mapType(t, replace));
      break;
    case "namedTupleMember":
      type.element = mapType(type.element, replace);
      break;
    case "typeOperator":
      type.target = mapType(type.target, replace);
      break;
    case "reference":
      if (type.typeArguments) type.typeArguments = type.typeArguments.map((t) => mapType(t, replace));
      break;
    case "indexedAccess":
      type.objectType = mapType(type.objectType, replace);
      type.indexType = mapType(type.indexType, replace);
      break;
    case "conditional":
      type.trueType = mapType(type.trueType, replace);
      type.falseType = mapType(type.falseType, replace);
      break;
    case "mapped":
      type.templateType = mapType(type.templateType, replace);
      break;
  }
  return type;
}

/** Gives each member of `type` (an expansion of `schema`'s type) the description the schema gives it. */
function describeMembers(type, schema) {
  if (type === undefined || schema === undefined) return;
  const inner = unwrap(schema);
  const def = inner._zod.def;
  switch (type.type) {
    case "reflection": {
      const members = type.declaration.children ?? [];
      if (def.type === "object") {
        for (const member of members) {
          const field = def.shape[member.name];
          if (field === undefined) continue;
          const description = descriptionOf(field);
          if (description !== undefined && !member.hasComment()) member.comment = new Comment([{ kind: "text", text: description }]);
          describeMembers(member.type, field);
        }
      } else if (def.type === "union") {
        const names = members.map((m) => m.name);
        const option = def.options.map(unwrap).find((o) => o._zod.def.type === "object" && names.every((n) => n in o._zod.def.shape));
        if (option !== undefined) describeMembers(type, option);
      }
      break;
    }
    case "union":
    case "intersection":
      for (const t of type.types) describeMembers(t, inner);
      break;
    case "array":
      describeMembers(type.elementType, def.type === "array" ? def.element : inner);
      break;
    case "typeOperator":
      describeMembers(type.target, inner);
      break;
  }
}

/**
 * Records in `found` (shape key → schema) every object type nested in `type` (an expansion of
 * `schema`'s type) with the schema it expands: a model the package does not export by name
 * (`ReadingOverrides`, the type of `Clarification.readings`) is known by the model that nests it.
 */
function nestedShapes(type, schema, found) {
  if (type === undefined || schema === undefined) return;
  const inner = unwrap(schema);
  const def = inner._zod.def;
  switch (type.type) {
    case "reflection": {
      const key = shapeKey(type.declaration);
      if (key !== undefined && !found.has(key)) found.set(key, inner);
      if (def.type !== "object") break;
      for (const member of type.declaration.children ?? []) if (def.shape[member.name] !== undefined) nestedShapes(member.type, def.shape[member.name], found);
      break;
    }
    case "union":
    case "intersection":
      for (const t of type.types) nestedShapes(t, inner, found);
      break;
    case "array":
      nestedShapes(type.elementType, def.type === "array" ? def.element : inner, found);
      break;
    case "typeOperator":
      nestedShapes(type.target, inner, found);
      break;
  }
}

/** A TypeScript-like type for the values of one column of a data table. */
function columnType(values) {
  const kinds = new Set(values.map((v) => (Array.isArray(v) ? "array" : typeof v)));
  if (kinds.size !== 1) return "unknown";
  const [kind] = kinds;
  if (kind === "string") {
    const distinct = [...new Set(values)].sort();
    return distinct.length <= 8 ? distinct.map((v) => JSON.stringify(v)).join(" | ") : "string";
  }
  if (kind === "array") return "readonly unknown[]";
  return kind;
}

/** A Markdown table cell: one line, pipes escaped. */
const cell = (value) => (typeof value === "string" ? value : JSON.stringify(value)).replace(/\|/g, "\\|").replace(/\n/g, " ");

/**
 * Registers the plugin with TypeDoc, which calls it because typedoc.json lists it.
 *
 * @example
 * ```json
 * { "plugin": ["./typedoc.categories.mjs", "./typedoc.models.mjs"] }
 * ```
 * @param {import("typedoc").Application} app
 */
export async function load(app) {
  const library = await tsImport(pathToFileURL(path.join(HERE, "src/index.ts")).href, import.meta.url);

  /** Type aliases of a zod schema's type, expanded here: the alias and its schema. */
  const models = new Map();

  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.TypeAlias)) return;
    // `type X = z.infer<typeof X>` (or z.input, z.output): TypeDoc is asked to show the type it
    // stands for (its own `@useDeclaredType`), which it merges into the alias as members.
    const declaration = context.getSymbolFromReflection(reflection)?.getDeclarations()?.find(ts.isTypeAliasDeclaration);
    const node = declaration?.type;
    if (node === undefined || !ts.isTypeReferenceNode(node) || node.typeArguments?.length !== 1 || !ts.isTypeQueryNode(node.typeArguments[0])) return;
    const helper = ts.isQualifiedName(node.typeName) ? node.typeName.right.text : node.typeName.text;
    if (!["infer", "input", "output", "TypeOf"].includes(helper)) return;
    const schema = library[node.typeArguments[0].exprName.getText()];
    if (!isSchema(schema)) return;
    reflection.comment ??= new Comment();
    reflection.comment.modifierTags.add("@useDeclaredType");
    models.set(reflection, schema);
  });

  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const project = context.project;
    const reference = (target) => ReferenceType.createResolvedReference(target.name, target, project);

    // The models: members described, and what identifies each expansion.
    const byShape = new Map();
    for (const [alias, schema] of models) {
      // An object type is merged into the alias as its members; any other type stays its type.
      describeMembers(alias.children ? { type: "reflection", declaration: alias } : alias.type, schema);
      const key = alias.children ? shapeKey(alias) : undefined;
      // Two aliases of one shape (a model's input and output types when no default differs): the first declared wins.
      if (key !== undefined && !byShape.has(key)) byShape.set(key, alias);
    }
    // The object types nested in the models, for expansions of a model not exported by name.
    const nested = new Map();
    for (const [alias, schema] of models) {
      for (const member of alias.children ?? []) {
        const field = unwrap(schema)._zod.def.shape?.[member.name];
        if (field !== undefined) nestedShapes(member.type, field, nested);
      }
    }

    // Unions of keys that are documented types (`JsonSchemaName`), by their members; and every
    // union a type alias names (`Instrument`, `AnnouncementTime`), by what it is made of.
    const keyUnions = new Map();
    const byUnion = new Map();
    for (const alias of project.getReflectionsByKind(ReflectionKind.TypeAlias)) {
      if (alias.type?.type !== "union") continue;
      if (alias.type.types.every((t) => t.type === "literal" && typeof t.value === "string")) keyUnions.set(alias.type.types.map((t) => t.value).sort().join("\n"), alias);
      const key = unionKey(alias.type);
      if (key !== undefined && !byUnion.has(key)) byUnion.set(key, alias);
    }

    const replacer = (owner) => (type) => {
      if (type.type === "union") {
        const alias = byUnion.get(unionKey(type));
        if (alias === undefined || alias === owner) return type;
        project.removeTypeReflections(type);
        return reference(alias);
      }
      if (type.type !== "reflection") return type;
      const declaration = type.declaration;
      const model = byShape.get(shapeKey(declaration));
      if (model !== undefined) {
        project.removeReflection(declaration);
        return reference(model);
      }
      // An expansion of a model the package does not export by name (`readings?: ReadingOverrides`):
      // it stays inline, its members described as in the model that nests it.
      const schema = nested.get(shapeKey(declaration));
      if (schema !== undefined) describeMembers(type, schema);
      // `{ readonly [K in Keys]: T }` that TypeScript expanded into one member per key.
      const members = declaration.children ?? [];
      const keys = keyUnions.get(members.map((m) => m.name).sort().join("\n"));
      if (keys !== undefined && members.length > 1 && !declaration.signatures && !declaration.indexSignatures) {
        const template = members[0].type?.toString();
        if (members.every((m) => m.type?.toString() === template && !m.hasComment() && m.flags.isReadonly === members[0].flags.isReadonly)) {
          const valueType = members[0].type;
          project.removeReflection(declaration);
          return new MappedType("K", reference(keys), valueType, members[0].flags.isReadonly ? "+" : undefined);
        }
      }
      return type;
    };

    for (const reflection of Object.values(project.reflections)) {
      if (project.getReflectionById(reflection.id) !== reflection || !("type" in reflection)) continue;
      reflection.type = mapType(reflection.type, replacer(reflection));
    }

    // The members of a model are fields, not properties with initializers: no `= ...` after them.
    const clearDefaults = (declaration) => {
      for (const member of declaration.children ?? []) {
        member.defaultValue = undefined;
        mapType(member.type, (t) => (t.type === "reflection" && clearDefaults(t.declaration), t));
      }
    };
    for (const alias of models.keys()) {
      clearDefaults(alias);
      mapType(alias.type, (t) => (t.type === "reflection" && clearDefaults(t.declaration), t));
    }

    for (const reflection of project.getReflectionsByKind(ReflectionKind.Variable)) {
      // A schema of a model: `ZodObject<Announcement>` rather than zod's types of every field.
      const type = reflection.type;
      if (type?.type === "reference" && type.package === "zod" && type.typeArguments?.length) {
        const alias = [...models.keys()].find((a) => a.name === reflection.name && a.parent === reflection.parent);
        for (const argument of type.typeArguments) project.removeTypeReflections(argument);
        type.typeArguments = alias === undefined ? undefined : [reference(alias)];
        if (alias?.children) fieldsTable(reflection, alias);
        // An enum: what each value means, as the schema's description lists them.
        const schema = isSchema(library[reflection.name]) ? unwrap(library[reflection.name]) : undefined;
        const values = schema?._zod.def.type === "enum" ? descriptionOf(schema)?.split("\n- ").slice(1) : undefined;
        if (values?.length) {
          reflection.comment ??= new Comment();
          reflection.comment.summary.push({ kind: "text", text: `\n\nIts values:\n${values.map((v) => `- ${v}`).join("\n")}` });
        }
      }
      // A data table: its rows as a Markdown table, its type as a mapped type over its keys.
      if (reflection.comment?.hasModifier("@dataTable") && reflection.type?.type === "reflection") tabulate(project, reflection, library[reflection.name], reference);
    }
  });
}

/** The rows of a fields table for the members of `declaration`, nested objects' fields under their dotted names. */
function fieldRows(declaration, prefix) {
  return (declaration.children ?? []).flatMap((member) => {
    const name = `${prefix}${member.name}`;
    const summary = Comment.combineDisplayParts(member.comment?.summary ?? []).split("\n- ")[0].trim();
    const nested = member.type?.type === "reflection" ? member.type.declaration : undefined;
    const row = `| \`${name}\` | ${nested ? "object" : cell(`\`${member.type?.toString() ?? "unknown"}\``)} | ${member.flags.isOptional ? "no" : "yes"} | ${cell(summary)} |`;
    return [row, ...(nested ? fieldRows(nested, `${name}.`) : [])];
  });
}

/** Adds to the comment of the schema `reflection` a table of the fields of its type `alias`. */
function fieldsTable(reflection, alias) {
  reflection.comment ??= new Comment();
  const lines = [":", "", "| field | type | required | description |", "|---|---|---|---|", ...fieldRows(alias, "")];
  reflection.comment.summary.push(
    { kind: "text", text: "\n\nThe fields of the type " },
    { kind: "inline-tag", tag: "@link", text: alias.name, target: alias },
    { kind: "text", text: lines.join("\n") },
  );
}

/** Shows the data table `reflection` (whose value is `table`) as a table of its rows. */
function tabulate(project, reflection, table, reference) {
  const rows = Object.entries(table);
  const columns = [...new Set(rows.flatMap(([, row]) => Object.keys(row)))];
  const keyAlias = project
    .getReflectionsByKind(ReflectionKind.TypeAlias)
    .find((a) => a.type?.type === "typeOperator" && a.type.operator === "keyof" && a.type.target.type === "query" && a.type.target.queryType.reflection === reflection);
  const entry = `{ ${columns.map((c) => `readonly ${c}: ${columnType(rows.map(([, row]) => row[c]))}`).join("; ")} }`;
  project.removeTypeReflections(reflection.type);
  reflection.type = new MappedType("K", keyAlias === undefined ? new UnknownType("string") : reference(keyAlias), new UnknownType(entry), "+");
  const lines = [
    "",
    "",
    `| ${["key", ...columns].join(" | ")} |`,
    `|${["key", ...columns].map(() => "---").join("|")}|`,
    ...rows.map(([key, row]) => `| \`${key}\` | ${columns.map((c) => cell(row[c] ?? "")).join(" | ")} |`),
  ];
  reflection.comment.summary.push({ kind: "text", text: lines.join("\n") });
  reflection.comment.removeModifier("@dataTable");
}

