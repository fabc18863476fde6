import t from 'tap';
import fc from 'fast-check';
import { smallJson, smallJsonMembers } from '../../src/protocol/small-json.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 2000);

t.test("small-json - gives exactly JSON.stringify's text, or nothing", async (t) => {
  // Keys and strings that need escaping, lone surrogates, integer-like keys (ordered first by both).
  const key = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('0', '7', '12', '"q"', 'a\\b', '\u2028', '\ud800', 'é\u{1F600}', '__proto__x'));
  const leaf = fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.constantFrom('\ud83d', 'tab\there', 'nl\n', '\u0000', '\u007f', '"', 'é\u{1F600}'),
    fc.double(),
    fc.integer(),
    fc.constantFrom(0, -0, 1_700_000_000_123, 1e21, 1e-7, NaN, Infinity, -Infinity),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
  );
  const value = fc.letrec((tie) => ({
    v: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('arr'), tie('obj')),
    arr: fc.array(tie('v'), { maxLength: 6 }),
    obj: fc.dictionary(key, tie('v'), { maxKeys: 8 }),
  })).v;
  let handled = 0;
  let membersHandled = 0;
  fc.assert(
    fc.property(value, (v) => {
      const mine = smallJson(v);
      if (mine !== undefined) {
        handled++;
        if (mine !== JSON.stringify(v)) throw new Error(`${mine} !== ${JSON.stringify(v)}`);
      }
      // The members alone (what encodeReply splices into the reply): the builtin's text without its braces.
      if (typeof v !== 'object' || v === null) return;
      const members = smallJsonMembers(v);
      if (members === undefined) return;
      membersHandled++;
      if (Array.isArray(v)) throw new Error(`an array gave members: ${members}`);
      if (`{${members}}` !== JSON.stringify(v)) throw new Error(`{${members}} !== ${JSON.stringify(v)}`);
    }),
    { numRuns: RUNS },
  );
  t.ok(handled > RUNS / 4, `most small values are handled here (${handled} of ${RUNS})`);
  t.ok(membersHandled > RUNS / 20, `and many objects' members (${membersHandled} of ${RUNS} values)`);
});

t.test('small-json - leaves to JSON.stringify what it does not handle', async (t) => {
  class Point {
    constructor(readonly x: number) {}
  }
  t.equal(smallJson({ at: new Date(0) }), undefined, 'class instances (Date has toJSON)');
  t.equal(smallJson(new Point(1)), undefined);
  t.equal(smallJson({ toJSON: () => 1 }), undefined, 'toJSON');
  t.equal(smallJson({ n: 1n }), undefined, 'bigint: the builtin throws, with its own message');
  t.equal(smallJson({ a: { b: { c: { d: { e: 1 } } } } }), undefined, 'deeper than 4');
  t.equal(smallJson({ l: [1, 2, 3, 4, 5] }), undefined, 'arrays over 4 items');
  t.equal(smallJson(Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`k${i}`, i]))), undefined, 'over 24 keys and items');
  t.equal(smallJson({ pong: { time: 1_700_000_000_123 } }), '{"pong":{"time":1700000000123}}');
  t.equal(smallJson(Object.assign(Object.create(null) as object, { a: 1 })), '{"a":1}', 'null-prototype objects are plain');
  t.equal(smallJson({ f: () => 1, s: Symbol('x'), u: undefined, n: null }), '{"n":null}', 'skipped as the builtin skips them');
  t.equal(smallJson([() => 1, undefined]), '[null,null]', 'in arrays they are null');
  t.equal(smallJsonMembers({ pong: { time: 5 }, ok: true }), '"pong":{"time":5},"ok":true');
  t.equal(smallJsonMembers({}), '', 'no members');
  t.equal(smallJsonMembers([1]), undefined, 'an array has no members');
  t.equal(smallJsonMembers(new Date(0)), undefined, 'nor a class instance');
  t.equal(smallJsonMembers({ l: [1, 2, 3, 4, 5] }), undefined, 'nor what smallJson leaves to the builtin');
});
