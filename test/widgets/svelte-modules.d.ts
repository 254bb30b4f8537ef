/** Svelte components, as esbuild-svelte compiles them for the widget pages (test/widgets/build.ts). */
declare module '*.svelte' {
  import type { Component } from 'svelte';
  const component: Component;
  export default component;
}
