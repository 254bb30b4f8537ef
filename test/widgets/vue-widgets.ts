/**
 * Vue 3 OTP / PIN inputs, each mounted as its documentation shows (v-model, with the kit's plugin
 * and CSS where it asks for them). The value the widget reports through its own v-model is mirrored
 * into <output id="state">. Which widget: the page's `data-widget` attribute on <body>.
 */
import { ElInputOtp } from 'element-plus';
import 'element-plus/theme-chalk/base.css';
import 'element-plus/theme-chalk/el-input.css';
import 'element-plus/theme-chalk/el-input-otp.css';
import { NInputOtp } from 'naive-ui';
import Aura from '@primeuix/themes/aura';
import PrimeVue from 'primevue/config';
import InputOtp from 'primevue/inputotp';
import { PinInputInput, PinInputRoot } from 'reka-ui';
import { createApp, defineComponent, h, ref, type App, type Component, type VNode } from 'vue';
import { OTPInput } from 'vue-input-otp';
import VOtpInput3 from 'vue3-otp-input';
import { createVuetify } from 'vuetify';
import { VOtpInput } from 'vuetify/components/VOtpInput';
import 'vuetify/styles';

type Model = ReturnType<typeof ref<unknown>>;

/** Each widget: how it renders bound to `model`, and how its model reads as the code. */
interface VueWidget {
  render: (model: Model) => VNode;
  initial: unknown;
  install?: (app: App) => void;
}

const vModel = (model: Model, prop = 'modelValue') => ({
  [prop]: model.value,
  [`onUpdate:${prop}`]: (v: unknown) => (model.value = v),
});

const SIX = [0, 1, 2, 3, 4, 5];
/** Headless kits leave the boxes to the site: their docs draw them 40 px square. */
const BOX = 'width:40px;height:40px;text-align:center';

const WIDGETS: Record<string, VueWidget> = {
  'vue3-otp-input': {
    initial: '',
    render: (m) =>
      h(VOtpInput3 as Component, { numInputs: 6, ...vModel(m, 'value'), onOnChange: (v: string) => (m.value = v) }),
  },
  'vue-input-otp': {
    initial: '',
    render: (m) =>
      h(
        OTPInput as Component,
        { maxlength: 6, ...vModel(m) },
        {
          default: ({ slots }: { slots: { char: string | null }[] }) =>
            h(
              'div',
              { style: 'display:flex;gap:4px' },
              slots.map((s) => h('div', { class: 'slot' }, s.char ?? '')),
            ),
        },
      ),
  },
  'reka-pin-input': {
    initial: [],
    render: (m) =>
      h(PinInputRoot, { ...vModel(m) }, () => SIX.map((i) => h(PinInputInput, { key: i, index: i, style: BOX }))),
  },
  'primevue-input-otp': {
    initial: '',
    install: (app) => app.use(PrimeVue, { theme: { preset: Aura } }),
    render: (m) => h(InputOtp, { length: 6, ...vModel(m) }),
  },
  'vuetify-otp-input': {
    initial: '',
    install: (app) => app.use(createVuetify()),
    render: (m) => h(VOtpInput, { ...vModel(m) }),
  },
  'naive-ui-input-otp': {
    initial: [],
    render: (m) => h(NInputOtp, { ...vModel(m, 'value') }),
  },
  'element-plus-input-otp': {
    initial: '',
    render: (m) => h(ElInputOtp, { ...vModel(m) }),
  },
};

const widget = WIDGETS[document.body.dataset.widget ?? ''];
if (widget) {
  const App = defineComponent({
    setup() {
      const model = ref<unknown>(widget.initial);
      const code = () => (Array.isArray(model.value) ? model.value.join('') : String(model.value ?? ''));
      return () =>
        h('form', { onSubmit: (e: Event) => e.preventDefault() }, [
          widget.render(model),
          h('output', { id: 'state' }, code()),
        ]);
    },
  });
  const app = createApp(App);
  widget.install?.(app);
  app.mount('#root');
}
