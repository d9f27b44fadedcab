import { describe, expect, it } from 'vitest';
import { Workspace } from '../../src/align/workspace.js';

describe('Workspace', () => {
  it('lends the same memory to a role again, as a view of the asked length', () => {
    const workspace = new Workspace();
    const first = workspace.float64('best', 100);
    first[99] = 7;
    const second = workspace.float64('best', 50);
    expect(second.length).toBe(50);
    expect(second.buffer).toBe(first.buffer);
    expect(workspace.float64('best', 100)[99]).toBe(7);
  });

  it('keeps roles apart and allocates anew when a role needs more than it holds', () => {
    const workspace = new Workspace();
    const masks = workspace.uint32('masks', 10);
    expect(workspace.uint32('targetAnyMask', 10).buffer).not.toBe(masks.buffer);
    const larger = workspace.uint32('masks', 1000);
    expect(larger.length).toBe(1000);
    expect(larger.buffer).not.toBe(masks.buffer);
  });
});
