/** Mounts svelte-widget.svelte (bits-ui's PinInput) into #root. */
import { mount } from 'svelte';
import Widget from './svelte-widget.svelte';

mount(Widget, { target: document.getElementById('root')! });
