import { describe, expect, it } from 'vitest';
import { workspaceDisplayName } from '../../../renderer/lib/workspaceName';

describe('workspaceDisplayName', () => {
  it('shows the file name without workspace extensions', () => {
    expect(workspaceDisplayName('/home/me/workspaces/Acme audit.csm.db')).toBe('Acme audit');
    expect(workspaceDisplayName('C:\\Users\\me\\demo.sqlite')).toBe('demo');
    expect(workspaceDisplayName('/tmp/plain')).toBe('plain');
  });
  it('never returns an empty name', () => {
    expect(workspaceDisplayName('/tmp/.db')).toBe('.db');
    expect(workspaceDisplayName('')).toBe('Workspace');
  });
});
