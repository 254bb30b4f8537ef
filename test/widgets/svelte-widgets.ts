/** Mounts the Svelte widget the page's `data-widget` names (bits-ui's PinInput or Melt UI's pin input) into #root. */
import { mount, type Component } from 'svelte';
import BitsPinInput from './bits-pin-input.svelte';
import MeltPinInput from './melt-pin-input.svelte';

const WIDGETS: Record<string, Component> = { 'bits-ui-pin-input': BitsPinInput, 'melt-ui-pin-input': MeltPinInput };
const widget = WIDGETS[document.body.dataset.widget ?? ''];
if (widget) mount(widget, { target: document.getElementById('root')! });
