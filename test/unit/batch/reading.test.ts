// The editor and the runner must agree on which operations a string references, or a file could
// validate cleanly and then fail to plan (or the other way round); and on which {{token:NAME}}
// placeholders a run fills, or a run would ask for a token it never sends (or send one unfilled).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { placeholderNames } from '../../../src/core/batch';
import { scanOperation } from '../../../src/core/batch/references';
import { parseBatchDocument } from '../../../src/core/document/parse';
import type { OperationModel } from '../../../src/core/document/model';
import { toBatchSpec } from '../../../src/core/document/to-spec';
import type { OperationSpec } from '../../../src/core/batch/spec';

const OPERATIONS = [
  '{"method":"GET","relative_url":"?ids={result=a:$.id}"}',
  '{"method":"GET","relative_url":"?ids=%7Bresult%3Da%3A%24.id%7D"}',
  '{"method":"GET","relative_url":"?ids=%7bresult%3da:$.id%7d+{result=b:$.id}"}',
  '{"method":"POST","relative_url":"me/feed","body":"m=%7Bresult%3Da%3A%24.x%7D&n={result=b:$.y}"}',
  '{"method":"POST","relative_url":"me/feed","body":{"m":"%7Bresult%3Da%3A%24.x%7D","n":"{result=b:$.y}","o":{"deep":"{result=a:$.z}"}}}',
  '{"method":"GET","relative_url":"me","headers":["X-A: {result=a:$.id}","X-B: %7Bresult%3Db%3A%24.id%7D"]}',
  '{"method":"GET","relative_url":"me/%7Bresult=a:$.id%7D?x=100%25"}',
  '{"method":"POST","relative_url":"me/feed","body":{"{result=a:$.id}":"x","o":{"{result=b:$.id}":1,"l":["{result=c:$.id}"]}}}',
];

const PLACEHOLDERS = [
  '{"method":"GET","relative_url":"me?access_token={{token:a}}","name":"{{token:not-sent}}"}',
  '{"method":"POST","relative_url":"me/feed","body":"m=1&access_token={{token:a}}"}',
  '{"method":"POST","relative_url":"me/feed","body":{"access_token":"{{token:a}}","{{token:field-name}}":"x"}}',
  '{"method":"POST","relative_url":"me/feed","body":{"o":{"deep":"{{token:b}}","{{token:c}}":1,"l":["{{token:d}}",true]}}}',
  '{"method":"GET","relative_url":"me","headers":["Authorization: OAuth {{token:e}}"]}',
];

/** One test per operation: the names the editor finds in it and those the runner finds must be the same. */
function agree(title: string, operations: readonly string[], editor: (op: OperationModel) => readonly { name: string }[], runner: (op: OperationSpec) => Iterable<string>): void {
  describe(title, () => {
    for (const operation of operations) {
      test(operation, () => {
        const doc = parseBatchDocument(`[${operation}]`);
        const names = (list: Iterable<string>): string[] => [...new Set(list)].sort();
        assert.deepEqual(names(runner(toBatchSpec(doc).operations[0])), names(editor(doc.operations[0]).map((found) => found.name)));
      });
    }
  });
}

agree('the editor and the runner read references alike', OPERATIONS, (op) => op.references, (op) => scanOperation(op).referenced);
agree('the editor and the runner see the same token placeholders', PLACEHOLDERS, (op) => op.tokenPlaceholders, (op) => placeholderNames([op]));
