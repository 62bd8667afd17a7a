import { describe, expect, it } from 'vitest';
import { threadCpuMicros } from './thread-cpu.ts';

describe('threadCpuMicros', () => {
  it("reads this thread's CPU where Node has process.threadCpuUsage", () => {
    const before = threadCpuMicros();
    let spin = 0;
    for (let i = 0; i < 2e6; i++) spin += i % 7;
    expect(spin).toBeGreaterThan(0);
    expect(threadCpuMicros()).toBeGreaterThan(before);
  });

  it("falls back to the process's CPU on a Node without it (22.12 to 23.8, which engines allow)", () => {
    const own = Object.getOwnPropertyDescriptor(process, 'threadCpuUsage');
    // As Node 22.12 has it: no such property.
    Reflect.deleteProperty(process, 'threadCpuUsage');
    try {
      expect(typeof (process as { threadCpuUsage?: unknown }).threadCpuUsage).toBe('undefined');
      const micros = threadCpuMicros();
      const { user, system } = process.cpuUsage();
      expect(micros).toBeGreaterThan(0);
      expect(micros).toBeLessThanOrEqual(user + system);
    } finally {
      if (own) Object.defineProperty(process, 'threadCpuUsage', own);
    }
  });
});
