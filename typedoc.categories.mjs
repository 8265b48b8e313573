// A TypeDoc plugin (typedoc.json's `plugin`): files each export of the API reference under a
// category named after the folder of src/ it is declared in, so that the reference is grouped as
// the source tree is (models, criteria, resolution, registry, adapters, schemas, errors) without a
// `@category` tag on every declaration, and a new export lands in the right place by where it
// lives. An explicit `@category` tag wins. An export from a file the table does not place is
// reported, and falls in TypeDoc's default category.
import { Comment, CommentTag, Converter } from "typedoc";

/** Where a declaration lives (a path under src/), and the category it is filed under; first match wins. */
const CATEGORIES = [
  [/^src\/models\//, "Models"],
  [/^src\/criteria\//, "Criteria"],
  [/^src\/(resolve\.ts|version\.ts|engine\/|audit\/|clarifications\/|diff\/)/, "Resolution"],
  [/^src\/registry\//, "Registry"],
  [/^src\/(report|adapters|platforms|extraction)\//, "Adapters"],
  [/^src\/schemas\//, "Schemas"],
  [/^src\/issues\.ts$/, "Errors"],
];

/**
 * Registers the plugin with TypeDoc, which calls it because typedoc.json lists it.
 *
 * @example
 * ```json
 * { "plugin": ["./typedoc.categories.mjs"], "categorizeByGroup": false }
 * ```
 * @param {import("typedoc").Application} app
 */
export function load(app) {
  // Before TypeDoc's own categorisation, which runs late in the same event (priority -200).
  app.converter.on(
    Converter.EVENT_RESOLVE_END,
    (context) => {
      for (const reflection of context.project.children ?? []) {
        if (reflection.comment?.getTag("@category") !== undefined) continue;
        // Where TypeDoc's symbol id says the declaration is (a path from the package's root):
        // it does not need source links, which are off (typedoc.json, `disableSources`).
        const file = context.project.getSymbolIdFromReflection(reflection)?.packagePath ?? "";
        const category = CATEGORIES.find(([where]) => where.test(file))?.[1];
        if (category === undefined) {
          app.logger.warn(`${reflection.name} (${file}): no category for this file in typedoc.categories.mjs`);
          continue;
        }
        reflection.comment ??= new Comment();
        reflection.comment.blockTags.push(new CommentTag("@category", [{ kind: "text", text: category }]));
      }
    },
    0,
  );
}
