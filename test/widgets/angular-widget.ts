/**
 * ng-otp-input rendered with Angular (zone.js, compiled in the page by Angular's JIT compiler, as the
 * library ships partially compiled); the value its onInputChange reports is mirrored into <output id="state">.
 */
import '@angular/compiler';
import 'zone.js';
import { Component } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { NgOtpInputComponent } from 'ng-otp-input';

const App = Component({
  selector: 'otp-app',
  imports: [NgOtpInputComponent],
  template: `<form>
    <p>Two-factor authentication: enter your verification code</p>
    <ng-otp-input [config]="config" (onInputChange)="value = $event"></ng-otp-input>
    <output id="state">{{ value }}</output>
  </form>`,
})(
  class {
    config = { length: 6, allowNumbersOnly: true };
    value = '';
  },
);

document.getElementById('root')!.append(document.createElement('otp-app'));
bootstrapApplication(App).catch((error: unknown) => console.error(error));
