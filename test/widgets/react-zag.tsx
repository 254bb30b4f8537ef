/**
 * PinInputs built on zag's state machine: Chakra UI v3, Ark UI, and @zag-js/pin-input used
 * directly, each as its documentation shows.
 */
import { PinInput as ArkPin } from '@ark-ui/react/pin-input';
import { ChakraProvider, PinInput, defaultSystem } from '@chakra-ui/react';
import * as pinInput from '@zag-js/pin-input';
import { normalizeProps, useMachine } from '@zag-js/react';
import { useId } from 'react';
import { BOX } from './react-kits';
import type { WidgetProps } from './react-state';

const SIX = [0, 1, 2, 3, 4, 5];

export function ChakraPin({ onState }: WidgetProps) {
  return (
    <ChakraProvider value={defaultSystem}>
      <PinInput.Root count={6} onValueChange={(e) => onState(e.valueAsString)}>
        <PinInput.HiddenInput />
        <PinInput.Control>
          {SIX.map((i) => (
            <PinInput.Input key={i} index={i} />
          ))}
        </PinInput.Control>
      </PinInput.Root>
    </ChakraProvider>
  );
}

export function ArkPinInput({ onState }: WidgetProps) {
  return (
    <ArkPin.Root count={6} onValueChange={(e) => onState(e.valueAsString)}>
      <ArkPin.Control>
        {SIX.map((i) => (
          <ArkPin.Input key={i} index={i} style={BOX} />
        ))}
      </ArkPin.Control>
      <ArkPin.HiddenInput />
    </ArkPin.Root>
  );
}

export function ZagPinInput({ onState }: WidgetProps) {
  const service = useMachine(pinInput.machine, {
    id: useId(),
    count: 6,
    onValueChange: (e) => onState(e.valueAsString),
  });
  const api = pinInput.connect(service, normalizeProps);
  return (
    <div {...api.getRootProps()}>
      <div {...api.getControlProps()}>
        {SIX.map((i) => (
          <input key={i} {...api.getInputProps({ index: i })} style={BOX} />
        ))}
      </div>
      <input {...api.getHiddenInputProps()} />
    </div>
  );
}
