/** Nominal types over primitives, so an index is never passed where a term is expected. */
declare const brandTag: unique symbol;
export type Brand<T, Name extends string> = T & { readonly [brandTag]: Name };
