/** vue3-otp-input rendered with Vue 3; its v-model value is mirrored into <output id="state">. */
import { createApp, defineComponent, h, ref } from 'vue';
import VOtpInput from 'vue3-otp-input';

const App = defineComponent({
  setup() {
    const value = ref('');
    return () =>
      h('form', [
        h('p', 'Two-factor authentication: enter your verification code'),
        h(VOtpInput, {
          numInputs: 6,
          inputType: 'tel',
          value: value.value,
          'onUpdate:value': (v: string) => (value.value = v),
          onOnChange: (v: string) => (value.value = v),
        }),
        h('output', { id: 'state' }, value.value),
      ]);
  },
});

createApp(App).mount('#root');
