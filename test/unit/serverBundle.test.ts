import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { forwarderSource } from '../../scripts/serverBundle';

describe('forwarderSource', () => {
  it('forwards this and every argument to the bundle', () => {
    const code = `var __suki = { add: function (a, b, c) { return [this.tag, a + b + c, arguments.length]; } };
${forwarderSource('__suki', ['add'])}
add.call({ tag: 'me' }, 1, 2, 3);`;
    expect(runInNewContext(code)).toEqual(['me', 6, 3]);
  });
});
