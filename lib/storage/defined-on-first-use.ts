/**
 * A storage item that is defined when first used. @wxt-dev/storage reads an item's value as soon as the
 * item is defined (to run its `init`), so importing items.ts would make every page read every item,
 * the vault's ciphertext included, each time it opens (the popup: on every click). Wrapped, a page
 * reads only the items it uses. Migrations still run before the first read or write, as before.
 */
export function definedOnFirstUse<Item extends object>(define: () => Item): Item {
  let item: Item | undefined;
  return new Proxy({} as Item, {
    get(_, key) {
      item ??= define();
      const value: unknown = Reflect.get(item, key);
      return typeof value === 'function' ? value.bind(item) : value;
    },
  });
}
