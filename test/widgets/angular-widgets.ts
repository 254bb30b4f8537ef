/**
 * Angular OTP inputs (zone.js, compiled in the page by Angular's JIT compiler, as the libraries ship
 * partially compiled): ng-otp-input and PrimeNG's InputOtp. The value each reports itself
 * (onInputChange, the ngModel) is mirrored into <output id="state">.
 */
import '@angular/compiler';
import 'zone.js';
import { Component, type Type } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { bootstrapApplication } from '@angular/platform-browser';
import { NgOtpInputComponent } from 'ng-otp-input';
import Aura from '@primeuix/themes/aura';
import { providePrimeNG } from 'primeng/config';
import { InputOtp } from 'primeng/inputotp';

const NgOtp = Component({
  selector: 'otp-app',
  imports: [NgOtpInputComponent],
  template: `<form>
    <ng-otp-input [config]="config" (onInputChange)="value = $event"></ng-otp-input>
    <output id="state">{{ value }}</output>
  </form>`,
})(
  class {
    config = { length: 6, allowNumbersOnly: true };
    value = '';
  },
);

const PrimeNgOtp = Component({
  selector: 'otp-app',
  imports: [FormsModule, InputOtp],
  template: `<form>
    <p-inputotp [(ngModel)]="value" name="code" [length]="6" />
    <output id="state">{{ value }}</output>
  </form>`,
})(
  class {
    value = '';
  },
);

const WIDGETS: Record<string, Type<unknown>> = { 'ng-otp-input': NgOtp, 'primeng-input-otp': PrimeNgOtp };
const root = WIDGETS[document.body.dataset.widget ?? ''];
if (root) {
  document.getElementById('root')!.append(document.createElement('otp-app'));
  bootstrapApplication(root, { providers: [providePrimeNG({ theme: { preset: Aura } })] }).catch((error: unknown) =>
    console.error(error),
  );
}
