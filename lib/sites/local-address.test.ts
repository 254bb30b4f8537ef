import { describe, expect, it } from 'vitest';
import { isLocalAddress, isLoopback } from './local-address';

const hostname = (url: string) => new URL(url).hostname;

describe('isLocalAddress', () => {
  it.each([
    'http://localhost:8000',
    'http://skyvern.localhost',
    'http://127.0.0.1',
    'http://0x7f.1', // the URL parser makes it 127.0.0.1
    'http://10.1.2.3',
    'http://172.16.0.1',
    'http://172.31.255.255',
    'http://192.168.1.20:8000',
    'http://169.254.0.9',
    'http://[::1]:8000',
    'http://[fd12:3456::1]',
    'http://[fe80::1]',
    'http://nas.local',
    'http://skyvern.home.arpa',
    'http://skyvern.internal',
  ])('%s is local', (url) => expect(isLocalAddress(hostname(url))).toBe(true));

  it.each([
    'http://10.evil.example',
    'http://192.168.evil.example',
    'http://127.0.0.1.evil.example',
    'http://localhost.evil.example',
    'http://172.32.0.1',
    'http://8.8.8.8',
    'http://[2001:db8::1]',
    'http://example.com',
    'http://local',
  ])('%s is not local', (url) => expect(isLocalAddress(hostname(url))).toBe(false));
});

describe('isLoopback', () => {
  it('is this computer only', () => {
    expect(isLoopback('127.0.0.1')).toBe(true);
    expect(isLoopback('localhost')).toBe(true);
    expect(isLoopback('[::1]')).toBe(true);
    expect(isLoopback('192.168.1.2')).toBe(false);
    expect(isLoopback('127.0.0.1.evil.example')).toBe(false);
  });
});
