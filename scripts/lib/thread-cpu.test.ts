import { afterEach, describe, expect, it, vi } from 'vitest';
import { threadCpuMicros } from './thread-cpu.ts';

// Both readings stubbed with figures of their own: which one threadCpuMicros took shows in its
// answer, on any Node (a spin loop and a "greater than before" passed by either reading).
const own = Object.getOwnPropertyDescriptor(process, 'threadCpuUsage');
afterEach(() => {
  vi.restoreAllMocks();
  if (own) Object.defineProperty(process, 'threadCpuUsage', own);
  else Reflect.deleteProperty(process, 'threadCpuUsage');
});

describe('threadCpuMicros', () => {
  it("reads this thread's CPU where Node has process.threadCpuUsage, not the process's", () => {
    Object.defineProperty(process, 'threadCpuUsage', { value: () => ({ user: 300, system: 20 }), configurable: true, writable: true });
    vi.spyOn(process, 'cpuUsage').mockReturnValue({ user: 9_000, system: 900 });
    expect(threadCpuMicros()).toBe(320);
  });

  it("falls back to the process's CPU on a Node without it (22.12 to 23.8, which engines allow)", () => {
    // As Node 22.12 has it: no such property.
    Reflect.deleteProperty(process, 'threadCpuUsage');
    expect(typeof (process as { threadCpuUsage?: unknown }).threadCpuUsage).toBe('undefined');
    vi.spyOn(process, 'cpuUsage').mockReturnValue({ user: 9_000, system: 900 });
    expect(threadCpuMicros()).toBe(9_900);
  });
});
