/**
 * Real OTP widgets from npm, rendered the way sites use them. Each mirrors its own React state into
 * <output id="state"> so that a test can see what the widget itself holds (not just the DOM values).
 * Which widget: the page's `data-widget` attribute on <body>.
 */
import { OTPInput as InputOtp, type SlotProps } from 'input-otp';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import OtpInput from 'react-otp-input';

function Slot(props: SlotProps) {
  return <div className="slot">{props.char ?? ''}</div>;
}

function InputOtpWidget() {
  const [value, setValue] = useState('');
  return (
    <form>
      <label htmlFor="code">Verification code</label>
      <InputOtp
        id="code"
        maxLength={6}
        value={value}
        onChange={setValue}
        containerClassName="otp"
        render={({ slots }) => (
          <div style={{ display: 'flex', gap: 4 }}>
            {slots.map((slot, i) => (
              <Slot key={i} {...slot} />
            ))}
          </div>
        )}
      />
      <output id="state">{value}</output>
    </form>
  );
}

function ReactOtpWidget() {
  const [value, setValue] = useState('');
  return (
    <form>
      <p>Enter the 6-digit code from your authenticator app</p>
      <OtpInput
        value={value}
        onChange={setValue}
        numInputs={6}
        inputType="tel"
        renderInput={(props) => <input {...props} />}
      />
      <output id="state">{value}</output>
    </form>
  );
}

const widget = document.body.dataset.widget;
createRoot(document.getElementById('root')!).render(widget === 'input-otp' ? <InputOtpWidget /> : <ReactOtpWidget />);
