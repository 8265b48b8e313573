/** The library as users get it: the built package (run `npm run build` first). tsx would add per-call overhead to the sources. */
export * from "../../dist/index.js";
