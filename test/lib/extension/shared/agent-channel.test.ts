import { describe, expect, it, vi } from 'vitest';
import { createAgentChannel } from '../../../../lib/extension/shared/agent-channel';
import type { AgentReply } from '../../../../lib/extension/shared/agent-protocol';
import { type FakePort, fakePort } from '../popup/fakes';

function setup() {
  const ports: FakePort[] = [];
  const replies: AgentReply[] = [];
  const channel = createAgentChannel(
    () => {
      const port = fakePort();
      ports.push(port);
      return port;
    },
    (reply) => replies.push(reply),
  );
  return { channel, ports, replies };
}

describe('the popup’s port to the background', () => {
  it('connects on first use and passes on the replies that parse', () => {
    const { channel, ports, replies } = setup();
    expect(ports).toHaveLength(0);
    channel.send({ type: 'search', id: 1, q: 'a' });
    channel.send({ type: 'tenant', id: 2, tenant: 'qics-demo' });
    expect(ports).toHaveLength(1);
    ports[0]?.reply({ type: 'results', id: 1, tenants: 'none' });
    ports[0]?.reply({ type: 'results', id: 1, tenants: [] });
    expect(replies).toEqual([{ type: 'results', id: 1, tenants: [] }]);
  });

  it('sends unanswered requests once more after a service-worker restart, then reports them lost', () => {
    const { channel, ports, replies } = setup();
    channel.send({ type: 'search', id: 1, q: 'a' });
    channel.send({ type: 'search', id: 2, q: 'ab' });
    ports[0]?.drop();
    // Only the latest search is worth sending again: the background had aborted the older one.
    expect(ports[1]?.sent).toEqual([{ type: 'search', id: 2, q: 'ab' }]);
    ports[1]?.drop();
    expect(replies).toEqual([
      { type: 'failed', id: 2, error: expect.objectContaining({ code: 'no-answer' }) },
    ]);
  });

  it('sends nothing again once answered', () => {
    const { channel, ports } = setup();
    channel.send({ type: 'search', id: 1, q: 'a' });
    ports[0]?.reply({ type: 'results', id: 1, tenants: [] });
    ports[0]?.drop();
    expect(ports).toHaveLength(1);
  });

  it('reports a request lost when no port can be opened', () => {
    const replies: AgentReply[] = [];
    const connect = vi.fn(() => {
      throw new Error('Extension context invalidated.');
    });
    createAgentChannel(connect, (reply) => replies.push(reply)).send({ type: 'search', id: 7, q: 'a' });
    expect(connect).toHaveBeenCalledTimes(2);
    expect(replies).toMatchObject([{ type: 'failed', id: 7, error: { code: 'no-answer' } }]);
  });

  it('disconnects on close and forgets what was pending', () => {
    const { channel, ports, replies } = setup();
    channel.send({ type: 'search', id: 1, q: 'a' });
    channel.close();
    expect(ports[0]?.disconnect).toHaveBeenCalled();
    ports[0]?.drop();
    expect(ports).toHaveLength(1);
    expect(replies).toEqual([]);
  });
});
