/**
 * The OTP / PIN inputs of React component kits, each as its documentation mounts it (with the
 * kit's provider where it needs one); `onState` receives the value the widget itself reports.
 */
import { MantineProvider, PinInput as MantinePinInput } from '@mantine/core';
import '@mantine/core/styles.css';
import * as OneTimePasswordField from '@radix-ui/react-one-time-password-field';
import { Input } from 'antd';
import { MuiOtpInput } from 'mui-one-time-password-input';
import { useState } from 'react';
import type { WidgetProps } from './react-state';

/** Headless kits leave the boxes to the site: their docs draw them 40 px square. */
export const BOX = { width: 40, height: 40, textAlign: 'center' } as const;

export function RadixOtpField({ onState }: WidgetProps) {
  return (
    <OneTimePasswordField.Root onValueChange={onState}>
      {[0, 1, 2, 3, 4, 5].map((i) => (
        <OneTimePasswordField.Input key={i} style={BOX} />
      ))}
      <OneTimePasswordField.HiddenInput />
    </OneTimePasswordField.Root>
  );
}

export function AntdOtp({ onState }: WidgetProps) {
  return <Input.OTP onChange={onState} />;
}

export function MantinePin({ onState }: WidgetProps) {
  return (
    <MantineProvider>
      <MantinePinInput length={6} onChange={onState} />
    </MantineProvider>
  );
}

export function MuiOtp({ onState }: WidgetProps) {
  const [value, setValue] = useState('');
  return (
    <MuiOtpInput
      value={value}
      length={6}
      onChange={(v) => {
        setValue(v);
        onState(v);
      }}
    />
  );
}
