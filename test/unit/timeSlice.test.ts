// Background slices (the analysis store's 1 ms, the index's 8 ms): how many steps a slice runs for
// its budget, on a clock that steps advance, and that requests waiting get their turn in between.
import * as assert from 'assert';
import { once } from 'events';
import * as net from 'net';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { nextSlice, runSlice } from '../../server/src/state/timeSlice';

const CASES: { name: string; budgetMs: number; stepMs: number; units: number; steps: number; more: boolean }[] = [
  { name: 'the index: 8 ms of 1 ms steps, more left', budgetMs: 8, stepMs: 1, units: 20, steps: 8, more: true },
  { name: 'the store: 1 ms of quarter-millisecond paragraphs', budgetMs: 1, stepMs: 0.25, units: 10, steps: 4, more: true },
  { name: 'the work ends before the budget', budgetMs: 8, stepMs: 1, units: 3, steps: 3, more: false },
  { name: 'the work ends with the budget', budgetMs: 8, stepMs: 1, units: 8, steps: 8, more: false },
  { name: 'a step longer than the budget runs alone', budgetMs: 1, stepMs: 5, units: 3, steps: 1, more: true },
];

describe('time slices (state/timeSlice)', () => {
  for (const c of CASES) {
    it(c.name, () => {
      let clock = 100;
      let left = c.units;
      let steps = 0;
      const more = runSlice(
        c.budgetMs,
        () => {
          steps++;
          clock += c.stepMs;
          return --left > 0;
        },
        () => clock,
      );
      assert.deepStrictEqual({ steps, more }, { steps: c.steps, more: c.more });
    });
  }

  it('a request that came in during a slice is answered before the next slice', async () => {
    const order: string[] = [];
    let clock = 0;
    let left = 3;
    await new Promise<void>((done) => {
      const slice = () => {
        order.push('slice');
        if (left === 3) setImmediate(() => order.push('request'));
        // Each step spends the whole budget: one step a slice.
        const more = runSlice(
          1,
          () => {
            clock += 1;
            return --left > 0;
          },
          () => clock,
        );
        if (more) nextSlice(slice);
        else done();
      };
      slice();
    });
    assert.deepStrictEqual(order, ['slice', 'request', 'slice', 'slice']);
  });

  // As the server reads it: over a socket (as stdio), through vscode-jsonrpc's read lock, message
  // queue and write lock, while slices of 5 ms of work follow one another (each in a setImmediate,
  // as every slice of the server's loops runs).
  it('a request read during a slice is answered before the next slice (vscode-jsonrpc over a socket)', async () => {
    const listener = net.createServer();
    listener.listen(0, '127.0.0.1');
    await once(listener, 'listening');
    const client = net.connect((listener.address() as net.AddressInfo).port, '127.0.0.1');
    const [[socket]] = (await Promise.all([once(listener, 'connection'), once(client, 'connect')])) as [[net.Socket], unknown];
    const order: string[] = [];
    const write = socket.write.bind(socket) as (...args: unknown[]) => boolean;
    (socket as unknown as { write: (...args: unknown[]) => boolean }).write = (...args) => {
      if (order[order.length - 1] !== 'answered') order.push('answered');
      return write(...args);
    };
    const connection = createProtocolConnection(new StreamMessageReader(socket), new StreamMessageWriter(socket));
    connection.onRequest('ping', () => {
      order.push('handled');
      return 'pong';
    });
    connection.listen();
    const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'ping', params: {} });
    let left = 3;
    await new Promise<void>((done) => {
      const slice = () => {
        order.push('slice');
        if (left === 3) client.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
        const more = runSlice(5, () => {
          const until = performance.now() + 5;
          while (performance.now() < until);
          return --left > 0;
        });
        if (more) nextSlice(slice);
        else done();
      };
      setImmediate(slice);
    });
    connection.dispose();
    client.destroy();
    socket.destroy();
    listener.close();
    assert.deepStrictEqual(order, ['slice', 'handled', 'answered', 'slice', 'slice']);
  });
});
