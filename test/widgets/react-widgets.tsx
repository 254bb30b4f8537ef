/**
 * Real OTP widgets from npm, rendered the way sites use them. Each mirrors the value it reports
 * itself (onChange, onValueChange...) into <output id="state">, so that a test sees what the widget
 * holds, not just the DOM values. Which widget: the page's `data-widget` attribute on <body>.
 */
import { OTPInput as InputOtp, type SlotProps } from 'input-otp';
import { useState, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import AuthCode from 'react-auth-code-input';
import ReactOtpInput, { type OTPInputProps } from 'react-otp-input';
import PinField from 'react-pin-field';
import VerificationInputModule from 'react-verification-input';
import { AntdOtp, BOX, MantinePin, MuiOtp, RadixOtpField } from './react-kits';
import type { WidgetProps } from './react-state';
import { ArkPinInput, ChakraPin, ZagPinInput } from './react-zag';

// react-otp-input types its return as the global JSX.Element, which Vuetify's types (in the same
// program, for vue-widgets.ts) redeclare: name its real type.
const OtpInput = ReactOtpInput as unknown as ComponentType<OTPInputProps>;
// Its CommonJS build nests the component under `default` when a bundler imports it as a module.
const VerificationInput =
  (VerificationInputModule as unknown as { default?: typeof VerificationInputModule }).default ??
  VerificationInputModule;

function Slot(props: SlotProps) {
  return <div className="slot">{props.char ?? ''}</div>;
}

function InputOtpWidget({ onState }: WidgetProps) {
  const [value, setValue] = useState('');
  const change = (v: string) => {
    setValue(v);
    onState(v);
  };
  return (
    <InputOtp
      maxLength={6}
      value={value}
      onChange={change}
      render={({ slots }) => (
        <div style={{ display: 'flex', gap: 4 }}>
          {slots.map((slot, i) => (
            <Slot key={i} {...slot} />
          ))}
        </div>
      )}
    />
  );
}

function ReactOtpWidget({ onState }: WidgetProps) {
  const [value, setValue] = useState('');
  const change = (v: string) => {
    setValue(v);
    onState(v);
  };
  return <OtpInput value={value} onChange={change} numInputs={6} renderInput={(props) => <input {...props} />} />;
}

const WIDGETS: Record<string, ComponentType<WidgetProps>> = {
  'input-otp': InputOtpWidget,
  'react-otp-input': ReactOtpWidget,
  'react-verification-input': ({ onState }) => <VerificationInput onChange={onState} />,
  'react-auth-code-input': ({ onState }) => <AuthCode onChange={onState} />,
  'react-pin-field': ({ onState }) => <PinField length={6} onChange={onState} style={BOX} />,
  'radix-one-time-password-field': RadixOtpField,
  'antd-input-otp': AntdOtp,
  'mantine-pin-input': MantinePin,
  'mui-one-time-password-input': MuiOtp,
  'chakra-pin-input': ChakraPin,
  'ark-pin-input': ArkPinInput,
  'zag-pin-input': ZagPinInput,
};

function Page({ Widget }: { Widget: ComponentType<WidgetProps> }) {
  const [state, setState] = useState('');
  return (
    <form onSubmit={(e) => e.preventDefault()}>
      <Widget onState={setState} />
      <output id="state">{state}</output>
    </form>
  );
}

const Widget = WIDGETS[document.body.dataset.widget ?? ''];
if (Widget) createRoot(document.getElementById('root')!).render(<Page Widget={Widget} />);
