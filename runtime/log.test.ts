import { afterEach, describe, expect, it } from 'vitest';
import { createLogger, logSink, pseudonym } from './log.js';

const captured: string[] = [];
const write = logSink.write;
afterEach(() => {
  logSink.write = write;
  captured.length = 0;
});
const capture = () => {
  logSink.write = (line) => void captured.push(line);
};

describe('what a log line may carry', () => {
  it('cuts long strings, so text from a request cannot grow the log without bound', () => {
    capture();
    createLogger('test').error('e', { message: 'x'.repeat(900_000), nested: { list: Array.from({ length: 1000 }, () => 'y'.repeat(1000)) } });
    expect(captured).toHaveLength(1);
    expect(captured[0]!.length).toBeLessThan(20_000);
    expect(captured[0]).toContain('…(899500 more characters)');
  });

  it('replaces a valid IIN anywhere in a string by its pseudonym, and leaves other digits', () => {
    capture();
    createLogger('test').warn('e', { message: 'Unknown operation named "Q850314301234x" 123456789012', at: ['x850314301234'] });
    expect(captured[0]).not.toContain('850314301234');
    expect(captured[0]).toContain(`iin:${pseudonym('850314301234')}`);
    expect(captured[0]).toContain('123456789012');
  });

  it('escapes what could forge a line or hide text in a viewer, and stays one JSON line', () => {
    capture();
    createLogger('test').info('e', { client: 'a\nb\u2028c\u202ed\u0085' });
    expect(captured[0]).not.toMatch(/[\n\u2028\u202e\u0085]/);
    expect(JSON.parse(captured[0]!).client).toBe('a\nb\u2028c\u202ed\u0085');
  });
});

describe('lines as pino writes them', () => {
  it('is one JSON object a line: level by name, ISO time, component, the fields, and the event', () => {
    capture();
    createLogger('gateway').info('request', { requestId: 'r-1', durationMs: 12.5 });
    expect(captured).toHaveLength(1);
    expect(captured[0]).not.toContain('\n');
    const line = JSON.parse(captured[0]!);
    expect(line).toEqual({
      level: 'info',
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      component: 'gateway',
      requestId: 'r-1',
      durationMs: 12.5,
      event: 'request',
    });
  });

  it('writes names, addresses and tokens as [redacted], at the top of a line and one level down', () => {
    capture();
    createLogger('test').warn('e', {
      name: 'Ivanov Ivan',
      address: 'Almaty, Abay 1',
      authorization: 'Bearer eyJhbGciOi',
      headers: { authorization: 'Bearer eyJhbGciOi', 'x-dossier-caller': 'signed' },
      person: { fullName: 'Ivanov Ivan', iin: '850314301234' },
      subgraph: 'vehicles',
    });
    expect(captured[0]).not.toMatch(/Ivanov|Abay|eyJhbGciOi|signed|850314301234/);
    const line = JSON.parse(captured[0]!);
    expect(line).toMatchObject({
      name: '[redacted]',
      address: '[redacted]',
      authorization: '[redacted]',
      headers: { authorization: '[redacted]', 'x-dossier-caller': '[redacted]' },
      person: { fullName: '[redacted]', iin: `iin:${pseudonym('850314301234')}` },
      subgraph: 'vehicles',
    });
  });

  it('writes nothing below LOG_LEVEL', () => {
    capture();
    const level = process.env.LOG_LEVEL;
    process.env.LOG_LEVEL = 'warn';
    try {
      const log = createLogger('test');
      log.info('quiet');
      log.warn('loud');
      expect(log.enabled('info')).toBe(false);
    } finally {
      process.env.LOG_LEVEL = level;
    }
    expect(captured.map((l) => JSON.parse(l).event)).toEqual(['loud']);
  });
});
